package dev.topology.catalog;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;

/** Shorthands that keep each row of the source table readable as one block. */
final class Rows {
  private Rows() {}

  /**
   * Starts a long-running service with its startup dependencies written as the source writes
   * them, in the source's order.
   */
  static Service.Builder row(String name, Severity severity, String role, String failureEffect,
      String... startupDependencies) {
    Service.Builder builder = Service.builder()
        .name(name)
        .severity(severity)
        .role(role)
        .failureEffect(failureEffect);
    for (String target : startupDependencies) {
      builder.addDependencies(Dependency.startup(target));
    }
    return builder;
  }

  /**
   * Starts a task that runs once at startup and exits. The source lists every such task as LOW
   * because it only runs at startup, and notes that the services connected to a migrator fail
   * if it is down then: that is what their startup dependencies on it say.
   */
  static Service.Builder oneShot(String name, String role, String failureEffect,
      String... startupDependencies) {
    return row(name, Severity.LOW, role, failureEffect, startupDependencies)
        .lifecycle(Lifecycle.ONE_SHOT);
  }
}
