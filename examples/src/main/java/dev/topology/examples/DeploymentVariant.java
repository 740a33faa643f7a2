package dev.topology.examples;

import dev.topology.api.Deployment;
import dev.topology.api.ObjectStorage;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.StartupPlan;
import dev.topology.graph.TopologyGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * A deployment variant of the bundled catalog, with LDAP, S3 and an external postgres, and how
 * it differs from the default installation: services present, severities, what runs outside,
 * and the startup waves.
 */
public final class DeploymentVariant {
  private DeploymentVariant() {}

  /**
   * Builds both installations and prints their differences.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Deployment variant = Deployment.builder()
        .ldap(true)
        .objectStorage(ObjectStorage.S3)
        .externalized(List.of("postgres"))
        .build();
    TopologyGraph standard = TopologyGraph.of(CircleCiServer2.topology());
    TopologyGraph mine = TopologyGraph.of(CircleCiServer2.topology(), variant);
    System.out.println(standard);
    System.out.println(mine);
    differences(standard, mine).forEach(System.out::println);
  }

  /**
   * Lists how one installation differs from another, one line per difference, by service name.
   *
   * <p>The engine is to gain a diff of two topologies; this method reads the differences off
   * what both engines show today, and is the one place to switch to it.
   *
   * @param before the installation compared against
   * @param after the installation compared
   * @return the differences, sorted by service name within each kind
   */
  public static List<String> differences(TopologyGraph before, TopologyGraph after) {
    Topology was = before.topology();
    Topology is = after.topology();
    List<String> lines = new ArrayList<>();
    TreeSet<String> all = new TreeSet<>(was.names());
    all.addAll(is.names());
    for (String name : all) {
      if (!is.contains(name)) {
        lines.add("- " + name + " is absent");
      } else if (!was.contains(name)) {
        lines.add("+ " + name + " is present");
      } else {
        compare(was.service(name), is.service(name), lines);
        compareWaves(name, before.startupPlan(), after.startupPlan(), lines);
      }
    }
    lines.add("waves: " + before.startupPlan().waves().size() + " -> "
        + after.startupPlan().waves().size());
    return lines;
  }

  private static void compare(Service was, Service is, List<String> lines) {
    if (was.severity() != is.severity()) {
      lines.add("~ " + is.name() + " severity " + was.severity() + " -> " + is.severity());
    }
    if (was.external() != is.external()) {
      lines.add("~ " + is.name() + (is.external() ? " runs outside" : " runs inside"));
    }
  }

  private static void compareWaves(
      String name, StartupPlan before, StartupPlan after, List<String> lines) {
    OptionalInt was = before.waveOf(name);
    OptionalInt is = after.waveOf(name);
    if (was.isPresent() && is.isPresent() && was.getAsInt() != is.getAsInt()) {
      lines.add("~ " + name + " starts in wave " + is.getAsInt() + ", was " + was.getAsInt());
    }
  }
}
