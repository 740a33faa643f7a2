package dev.topology.examples;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.api.TopologyException;
import dev.topology.api.json.TopologyJson;

/** A first look: build a small topology, look a service up, print it as JSON. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args none: a program that takes no arguments refuses any, exit code 2
   */
  public static void main(String[] args) {
    ExampleMain.noArguments("QuickStart", args);
    Topology topology = Topology.of(
        Service.builder().name("postgres").image("postgres-script-enhance")
            .addAliases("db").severity(Severity.HIGH).externalizable(true).build(),
        Service.of("frontend", Severity.MEDIUM, "postgres"),
        Service.builder().name("cron-service").severity(Severity.MEDIUM)
            .addDependencies(Dependency.startup("db"),
                Dependency.startup("frontend"))
            .build());
    System.out.println(topology);
    System.out.println(topology.service("db"));
    try {
      topology.service("fronted");
    } catch (TopologyException e) {
      System.out.println(e.getMessage());
    }
    System.out.println(TopologyJson.write(topology));
  }
}
