package dev.topology.catalog;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;

/** Shorthands that keep each row of the source table readable as one block. */
final class Rows {
  /** The setting of LDAP authentication: {@code off} or {@code on}. */
  static final Setting LDAP_SETTING = Setting.onOff("ldap")
      .describedAs("Whether LDAP authentication is in use.");

  /** The setting of object storage: the bundled {@code fileserved}, or S3. */
  static final Setting OBJECT_STORAGE_SETTING = Setting.of("objectStorage", "fileserved", "s3")
      .describedAs("Where step output, artifacts, test results, caches and workspaces are kept:"
          + " the bundled fileserved, or S3.");

  /** The source's "only if LDAP in use". */
  static final SettingCondition LDAP = SettingCondition.when("ldap", Setting.ON);

  /** The source's "if not using S3": the bundled {@code fileserved} keeps the blobs. */
  static final SettingCondition FILESERVED = SettingCondition.when("objectStorage", "fileserved");

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
