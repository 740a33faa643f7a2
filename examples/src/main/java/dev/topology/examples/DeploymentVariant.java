package dev.topology.examples;

import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Severity;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.Edge;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.diff.Change;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A deployment variant of the bundled catalog, with LDAP, S3 and an external postgres, and how
 * it differs from the default installation: services present, severities, dependencies, what
 * runs outside, the startup waves and what each failure takes down.
 */
public final class DeploymentVariant {
  private DeploymentVariant() {}

  /**
   * Builds both installations and prints their differences.
   *
   * @param args none: a program that takes no arguments refuses any, exit code 2
   */
  public static void main(String[] args) {
    ExampleMain.noArguments("DeploymentVariant", args);
    Deployment variant = Deployment.builder()
        .choose("ldap", "on")
        .choose("objectStorage", "s3")
        .externalized(List.of("postgres"))
        .build();
    TopologyGraph standard = TopologyGraph.of(CircleCiServer2.topology());
    TopologyGraph mine = TopologyGraph.of(CircleCiServer2.topology(), variant);
    System.out.println(standard);
    System.out.println(mine);
    differences(standard, mine).forEach(System.out::println);
  }

  /**
   * Lists how one installation differs from another, one line per difference, as the engine's
   * {@link TopologyDiff} finds them: services present, severities, dependencies, startup waves
   * (a service run outside has none) and what each failure takes down.
   *
   * @param before the installation compared against
   * @param after the installation compared
   * @return the differences, by kind, then by service name; last, the number of waves
   */
  public static List<String> differences(TopologyGraph before, TopologyGraph after) {
    TopologyDiff diff = TopologyDiff.of(before, after);
    List<String> lines = new ArrayList<>();
    diff.addedServices().forEach(name -> lines.add("+ " + name + " is present"));
    diff.removedServices().forEach(name -> lines.add("- " + name + " is absent"));
    for (Change<Severity> change : diff.severityChanges()) {
      lines.add("~ " + change.service() + " severity " + change.before() + " -> "
          + change.after());
    }
    diff.addedEdges().forEach(edge -> lines.add("+ " + needs(edge)));
    diff.removedEdges().forEach(edge -> lines.add("- " + needs(edge)));
    diff.waveChanges().forEach(change -> lines.add("~ " + change.service() + wave(change)));
    for (Phase phase : Phase.values()) {
      for (Change<ServiceBlast> change : diff.blastRadiusChanges(phase)) {
        lines.add("~ " + change.service() + " failing at " + phase.name().toLowerCase(Locale.ROOT)
            + " takes down " + blast(change.after()) + ", was " + blast(change.before()));
      }
    }
    lines.add("waves: " + before.startupPlan().waves().size() + " -> "
        + after.startupPlan().waves().size());
    return lines;
  }

  private static String wave(Change<OptionalInt> change) {
    if (change.after().isEmpty()) {
      return " runs outside";
    }
    int wave = change.after().getAsInt();
    return change.before().isEmpty() ? " runs inside, in wave " + wave
        : " starts in wave " + wave + ", was " + change.before().getAsInt();
  }

  private static String blast(ServiceBlast blast) {
    return blast.takesDown()
        + blast.propagatedSeverity().map(s -> " (worst " + s + ")").orElse("");
  }

  private static String needs(Edge edge) {
    return edge.from() + " needs " + edge.to()
        + (edge.kind() == DependencyKind.STARTUP ? " to start" : " while running");
  }
}
