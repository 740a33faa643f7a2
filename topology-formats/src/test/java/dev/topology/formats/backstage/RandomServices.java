package dev.topology.formats.backstage;

import dev.topology.api.BroadDependents;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Readiness;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random topologies that use every field the Backstage annotations carry, with names that
 * Backstage refuses (slashes, colons, accents, case twins, more than 63 characters) and text
 * that YAML must quote. Built from a seed, so a failing seed can be replayed.
 */
public final class RandomServices {
  private static final String[] NAMES = {"svc%d", "Svc_%d", "lib/x%d", "a.b-%d", "é%d",
      "x:%d", "SVC%d", "%d", "n--%d..", "L".repeat(62) + "%d"};
  private static final String[] TEXTS = {"", "plain", "with: colon", "# not a comment",
      "quotes ' and \"", "line\nbreak", "  leading space", "trailing space ", "---", "true",
      "1.10", "null", "ünïcödé ✓", "tab\there", "{not: json}",
      "back\\slash \\\" and last \\"};

  private RandomServices() {}

  /**
   * Returns the topology of a seed.
   *
   * @param seed the seed
   * @return the topology
   */
  public static Topology topology(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(12);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(String.format(NAMES[random.nextInt(NAMES.length)], i));
    }
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Service.Builder service = Service.builder().name(names.get(i))
          .severity(Severity.values()[random.nextInt(3)])
          .lifecycle(Lifecycle.values()[random.nextInt(3)])
          .role(text(random)).failureEffect(text(random));
      if (random.nextBoolean()) {
        service.addAliases("alias-" + i, "Alias/" + i);
      }
      if (random.nextBoolean()) {
        service.image("registry.example/image:" + i);
      }
      boolean externalizable = random.nextBoolean();
      service.externalizable(externalizable).external(externalizable && random.nextBoolean())
          .startupGate(random.nextInt(5) == 0);
      if (random.nextBoolean()) {
        service.reliability(reliability(random));
      }
      if (random.nextBoolean()) {
        service.label("team", text(random)).label("dev.topology.backstage.kind",
            random.nextBoolean() ? "resource" : "component");
      }
      if (random.nextInt(4) == 0) {
        service.broadDependents(BroadDependents.of(DependencyKind.values()[random.nextInt(2)],
            "Everything needs it " + i + "."));
      }
      for (int j = 0; j < n; j++) {
        if (j == i || random.nextInt(3) != 0) {
          continue;
        }
        String target = random.nextInt(4) == 0 && random.nextBoolean() ? names.get(j)
            : names.get(j);
        int kinds = random.nextInt(3);
        if (kinds != 1) {
          service.addDependencies(edge(random, target, DependencyKind.STARTUP));
        }
        if (kinds != 0) {
          service.addDependencies(edge(random, target, DependencyKind.RUNTIME));
        }
      }
      services.add(service.build());
    }
    return aliased(Topology.of(services), random);
  }

  /** Some dependencies name their target by an alias, as the catalog's do. */
  private static Topology aliased(Topology topology, Random random) {
    List<Service> services = new ArrayList<>();
    for (Service service : topology.services()) {
      List<Dependency> edges = new ArrayList<>();
      for (Dependency edge : service.dependencies()) {
        Service target = topology.service(edge.target());
        boolean byAlias = !target.aliases().isEmpty() && random.nextBoolean();
        edges.add(byAlias ? edge.toBuilder().target(target.aliases().get(1)).build() : edge);
      }
      services.add(service.toBuilder().dependencies(edges).build());
    }
    return Topology.of(services);
  }

  private static Dependency edge(Random random, String target, DependencyKind kind) {
    Dependency.Builder edge = Dependency.builder().target(target).kind(kind)
        .required(random.nextInt(3) != 0)
        .readiness(Readiness.values()[random.nextInt(3)])
        .onlyIfPresent(random.nextInt(4) == 0).restartsWith(random.nextInt(4) == 0);
    String citation = text(random);
    if (!citation.isBlank()) {
      edge.citation(citation);
    }
    return edge.build();
  }

  private static Reliability reliability(Random random) {
    switch (random.nextInt(3)) {
      case 0:
        return Reliability.of(random.nextInt(2) == 0 ? 1.0 : 1 - random.nextDouble() * 0.5);
      case 1:
        return Reliability.of(Duration.ofMinutes(1 + random.nextInt(100_000)),
            Duration.ofSeconds(1 + random.nextInt(10_000)));
      default:
        return Reliability.builder().availability(0.99 + random.nextInt(1000) / 100_000.0)
            .mttr(Duration.ofMinutes(1 + random.nextInt(90))).build();
    }
  }

  private static String text(Random random) {
    return TEXTS[random.nextInt(TEXTS.length)];
  }
}
