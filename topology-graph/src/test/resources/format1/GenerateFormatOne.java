// Writes the format-1 regression documents and 0.1.0's answers for them. Not part of the build:
// run it with release 0.1.0's jars on the class path, as README.md in this directory says.
import dev.topology.api.Condition;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.ObjectStorage;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.Phase;
import dev.topology.graph.TopologyGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

public class GenerateFormatOne {
  private static Path out;
  private static final StringBuilder cases = new StringBuilder();

  public static void main(String[] args) throws Exception {
    out = Path.of(args[0]);
    Map<String, Deployment> deployments = new TreeMap<>(Map.of(
        "default", CircleCiServer2.defaultDeployment(), "ldap", CircleCiServer2.ldapDeployment(),
        "s3", CircleCiServer2.s3Deployment(),
        "externalized", CircleCiServer2.externalizedDeployment()));
    write("catalog.json", TopologyJson.write(CircleCiServer2.topology()));
    for (Map.Entry<String, Deployment> d : deployments.entrySet()) {
      write("deployment-" + d.getKey() + ".json", TopologyJson.writeDeployment(d.getValue()));
      answer("catalog-in-" + d.getKey(), "catalog.json", "deployment-" + d.getKey() + ".json",
          CircleCiServer2.topology(), d.getValue());
      String resolved = "catalog-resolved-" + d.getKey() + ".json";
      Topology concrete = CircleCiServer2.topology().resolve(d.getValue());
      write(resolved, TopologyJson.write(concrete));
      answer("catalog-resolved-" + d.getKey(), resolved, "-", concrete, Deployment.defaults());
    }
    Random random = new Random(20260101L);
    List<Deployment> choices = List.of(Deployment.defaults(),
        Deployment.builder().ldap(true).build(),
        Deployment.builder().objectStorage(ObjectStorage.S3).build(),
        Deployment.builder().ldap(true).objectStorage(ObjectStorage.S3).build());
    for (int made = 0; made < 6; ) {
      Topology topology;
      Deployment deployment = choices.get(made % 4);
      try {
        topology = randomTopology(random, 8 + random.nextInt(20));
        TopologyGraph.of(topology, deployment).startupPlan();
      } catch (RuntimeException e) {
        continue;
      }
      String name = "random-" + made;
      write(name + ".json", TopologyJson.write(topology));
      write(name + ".deployment.json", TopologyJson.writeDeployment(deployment));
      answer(name, name + ".json", name + ".deployment.json", topology, deployment);
      made++;
    }
    write("cases.tsv", cases.toString());
  }

  /** Services s0..s(n-1), each depending only on earlier ones (no cycle), by name or image. */
  private static Topology randomTopology(Random random, int n) {
    Condition[] conditions = Condition.values();
    Lifecycle[] lifecycles = Lifecycle.values();
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Service.Builder s = Service.builder().name("s" + i)
          .severity(Severity.values()[random.nextInt(3)])
          .lifecycle(random.nextInt(4) == 0 ? lifecycles[1 + random.nextInt(2)]
              : Lifecycle.LONG_RUNNING)
          .startupGate(random.nextInt(15) == 0);
      if (random.nextInt(3) == 0) {
        s.image("image-" + i);
      }
      if (random.nextInt(5) == 0) {
        Condition c = conditions[random.nextInt(4)];
        s.presentWhen(c).severityCondition(c);
      } else if (random.nextInt(6) == 0) {
        s.severityCondition(conditions[random.nextInt(4)]).severityOtherwise(Severity.LOW);
      }
      TreeSet<String> used = new TreeSet<>();
      int count = i == 0 ? 0 : random.nextInt(Math.min(i, 4) + 1);
      for (int k = 0; k < count; k++) {
        int target = random.nextInt(i);
        Service t = services.get(target);
        String by = t.image().isPresent() && random.nextBoolean() ? t.image().get() : t.name();
        DependencyKind kind = random.nextInt(3) == 0 ? DependencyKind.RUNTIME
            : DependencyKind.STARTUP;
        if (!used.add(t.name() + kind)) {
          continue;
        }
        Optional<Condition> when = t.presentWhen().isPresent() ? t.presentWhen()
            : random.nextInt(6) == 0 ? Optional.of(conditions[random.nextInt(4)])
            : Optional.empty();
        s.addDependencies(new Dependency(by, kind, when,
            kind == DependencyKind.RUNTIME ? Optional.of("Talks to " + t.name() + ".")
                : Optional.empty()));
      }
      services.add(s.build());
    }
    return Topology.of(services);
  }

  private static void answer(String name, String document, String deployment, Topology topology,
      Deployment chosen) throws Exception {
    TopologyGraph graph = TopologyGraph.of(topology, chosen);
    StringBuilder text = new StringBuilder();
    List<List<String>> waves = graph.startupPlan().waves();
    for (int i = 0; i < waves.size(); i++) {
      text.append("wave\t").append(i).append('\t')
          .append(String.join(",", new TreeSet<>(waves.get(i)))).append('\n');
    }
    for (String service : topology.resolve(chosen).names()) {
      for (Phase phase : Phase.values()) {
        text.append("impact\t").append(phase).append('\t').append(service).append('\t')
            .append(String.join(",", new TreeSet<>(graph.impact(phase, service).affectedNames())))
            .append('\n');
      }
    }
    write(name + ".answers.tsv", text.toString());
    cases.append(name).append('\t').append(document).append('\t').append(deployment).append('\t')
        .append(name).append(".answers.tsv\n");
  }

  private static void write(String file, String text) throws Exception {
    Files.writeString(out.resolve(file), text);
  }
}
