package dev.topology.graph;

import static dev.topology.api.Severity.HIGH;
import static dev.topology.api.Severity.LOW;
import static dev.topology.api.Severity.MEDIUM;

import dev.topology.api.BroadDependents;
import dev.topology.api.Condition;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The CircleCI Server 2.x services machine (39 containers), built from the reference table for
 * the scenario tests until the catalog module ships it. To switch to the real catalog, make
 * {@link #topology()} return the catalog's topology; nothing else refers to this class.
 *
 * <p>Rows are copied from the reference table in its order: container, image, severity,
 * externalizable mark, role, failure effect, startup dependencies as written (so {@code
 * vault-cci} and {@code federations-service-migrator} stay as the source spells them). The
 * source's notes are then applied on top.
 */
final class CatalogFixture {
  private final Map<String, Service.Builder> rows = new LinkedHashMap<>();

  private CatalogFixture() {}

  /** The catalog, every condition still open; resolve it with a deployment. */
  static Topology topology() {
    return new CatalogFixture().build();
  }

  private Topology build() {
    row("api-service", null, HIGH, false,
        "Provides a GraphQL API that provides much of the data to render the web frontend.",
        "Many parts of the UI (e.g. Contexts) will fail completely.",
        "postgres", "frontend", "contexts-service-migrator", "contexts-service", "vault-cci");
    row("audit-log-service", null, LOW, false,
        "Persists audit log events to blob storage for long term storage.",
        "Some events may not be recorded.",
        "postgres", "frontend");
    row("contexts-service", null, MEDIUM, false,
        "Stores and provides encrypted contexts.",
        "All builds using Contexts will fail.",
        "postgres", "frontend", "contexts-service-migrator", "vault-cci");
    row("contexts-service-migrator", null, LOW, false,
        "Runs postgresql migrations for the contexts-service.",
        "Only runs at startup.",
        "postgres", "frontend");
    row("cron-service", null, MEDIUM, false,
        "Triggers scheduled workflows.",
        "Scheduled workflows will not run.",
        "postgres", "frontend", "cron-service-migrator");
    row("cron-service-migrator", null, LOW, false,
        "Runs postgresql migrations for the cron-service.",
        "Only runs at startup.",
        "postgres", "frontend");
    row("domain-service", null, HIGH, false,
        "Stores and provides information about our domain model.",
        "Workflows will fail to start and some REST API calls may fail causing 500 errors in the "
          + "CircleCI UI.",
        "postgres", "frontend", "domain-service-migrator");
    row("domain-service-migrator", null, LOW, false,
        "Runs postgresql migrations for the domain-service.",
        "Only runs at startup.",
        "postgres", "frontend");
    row("exim", null, LOW, false,
        "Mail Transfer Agent (MTA) used to send all outbound SMTP.",
        "No email notifications will be sent.");
    row("federation-service", null, HIGH, false,
        "Stores user identities (LDAP)",
        "If LDAP authentication is in use, all logins will fail and some REST API calls might "
          + "fail.",
        "postgres", "frontend", "federations-service-migrator");
    row("federation-service-migrator", null, LOW, false,
        "Runs postgresql migrations for the federations-service.",
        "Only runs at statup.",
        "postgres", "frontend");
    row("fileserved", null, HIGH, false,
        "File storage service used as a replacement for S3 when CircleCI Server is run outside "
          + "of AWS. Not used if Server is configured to use S3. Stores step output logs, "
          + "artifacts, test results, caches and workspaces.",
        "If not using S3, builds will produce no outputand some REST API calls might fail.");
    row("frontend", null, MEDIUM, false,
        "CircleCI web app and www-api proxy.",
        "The UI and REST API will be unavailable and no jobs will be triggered by "
          + "Github/Enterprise. Running builds will be OK but no updates will be seen.",
        "postgres");
    row("mongo", null, HIGH, true,
        "Mongo data store.",
        "Potential total data loss. All running builds will fail and the UI will not work.",
        "mongodb-upgrader");
    row("nomad-metrics", null, LOW, false,
        "Queries the nomad server for stats and sends them to statsd.",
        "Nomad metrics will be lost, but everything else should run as normal.");
    row("output-processor", "output-processing", HIGH, false,
        "Receives job output & status updates and writes them to MongoDB. Also provides an API "
          + "to running jobs to access caches, workspaces, store caches, workspaces, artifacts, "
          + "& test results.",
        "All running builds will either fail or be left in an unfixable, inconsistent state. "
          + "There will also be data loss in terms of step output, test results and artifacts.");
    row("permissions-service", null, MEDIUM, false,
        "Provides the CircleCI permissions interface.",
        "Workflows will fail to start and some REST API calls may fail, causing 500 errors in "
          + "the UI.",
        "postgres", "frontend", "permissions-service-migrator");
    row("permissions-service-migrator", null, LOW, false,
        "Runs postgresql migrations for the permissions-service",
        "Only runs at startup.",
        "postgres", "frontend");
    row("picard-dispatcher", null, MEDIUM, false,
        "Splits a job into tasks and sends them to schedulerer to be run.",
        "No jobs will be sent to Nomad, the run queue will increase in size but there should be "
          + "no meaningful loss of data.");
    row("postgres", "postgres-script-enhance", HIGH, true,
        "Basic postgresql with enhancements for creating required databases when containers are "
          + "launched.",
        "Potential total data loss. All running builds will fail and the UI will not work");
    row("rabbitmq", "rabbitmq-delayed", HIGH, true,
        "Runs the RabbitMQ server. Most of our services use RabbitMQ for queueing.",
        "Potential total data loss. All running builds will fail and the UI will not work.");
    row("outputRunningRedis", "redis", MEDIUM, true,
        "The Redis key/value store.",
        "Lose output from currently-running job steps. API calls out to github may also fail.");
    row("schedulerer", null, MEDIUM, false,
        "Sends tasks to server-nomad to run.",
        "No jobs will be sent to Nomad, the run queue will increase in size but there should be "
          + "no meaningful loss of data.");
    row("mongodb-upgrader", "server-mongo-upgrader", LOW, false,
        "Used to run any mongo conversion/upgrade scripts during mongo version upgrade.",
        "Not required to run all the time");
    row("nomad_server", "server-nomad", HIGH, true,
        "Nomad primary service.",
        "No 2.0 build jobs will run.");
    row("ready-agent", "server-ready-agent", LOW, false,
        "Called by Replicated to check whether other containers are ready.",
        "Only required on startup. If unavailable on startup the whole system will fail.");
    row("server-usage-stats", null, LOW, false,
        "Sends the user count to the internal CircleCI \"phone home\" endpoint.",
        "CircleCI will not receive usage stats for your install but no affect on operation.");
    row("shutdown-hook-poller", null, LOW, false,
        "Checks the frontend container for 1.0 Builder shutdown requests. If a request is found, "
          + "the 1.0 Builder is shut down.",
        "1.0 Builder lifecycles will not be properly managed, but jobs will continue to run.");
    row("slanger", null, LOW, false,
        "Provides real-time events to the CircleCI app.",
        "Live UI updates will stop but hard refreshes will still work.");
    row("telegraf", null, LOW, false,
        "This is the statsd forwarding agent that our local services write to and can be "
          + "configured to forward to an external metrics service.",
        "Metics will stop working but jobs will continue to run.");
    row("tutum/logrotate", null, MEDIUM, false,
        "Used to manage log rotations for all containers on the services machine.",
        "If this stays down for a long period the Services machine disk will eventually run out "
          + "of space and other services will fail.");
    row("test-results", null, LOW, false,
        "Parses test result files and stores data.",
        "There will be no test failure or timing data for jobs, but this will be back-filled "
          + "once the service is restarted.");
    row("contexts-vault", "vault-cci", MEDIUM, true,
        "Instance of Hashicorp's Vault - an encryption service that provides key-management, "
          + "secure storage, and other encryption related services. Used to handle the "
          + "encryption and key store for the contexts-service.",
        "contexts-service will stop working, and all jobs that use contexts-service will fail.");
    row("vm-gc", null, LOW, false,
        "Periodically check for stale machine and remote Docker instances and request that "
          + "vm-service remove them.",
        "Old vm-service instances might not be destroyed until this service is restarted.",
        "vm-service-db-migrator");
    row("vm-scaler", null, MEDIUM, false,
        "Periodically requests that vm-service provision more instances for running machine and "
          + "remote Docker jobs.",
        "VM instances for machine and Remote Docker might not be provisioned causing you to run "
          + "out of capacity to run jobs with these executors.",
        "vm-service-db-migrator");
    row("vm-service", null, MEDIUM, false,
        "Inventory of available vm-service instances, and provisioning of new instances.",
        "Jobs that use machine or remote Docker will fail.",
        "vm-service-db-migrator");
    row("vm-service-db-migrator", null, LOW, false,
        "Used to run database migrations for vm-service.",
        "Only runs at startup.");
    row("workflows-conductor", null, HIGH, false,
        "Coordinates and provides information about workflows.",
        "No new workflows will start, currently running workflows might end up in an "
          + "inconsistent state, and some REST and GraphQL API requests will fail.",
        "postgres", "frontend", "workflows-conductor-migrator");
    row("workflows-conductor-migrator", null, LOW, false,
        "Runs postgreSQL migrations for the workflows-conductor.",
        "Only runs on startup.",
        "postgres", "frontend");
    notes();
    runtimeInteractions();
    broadStatements();
    return Topology.of(rows.values().stream().map(Service.Builder::build).toList());
  }

  /** The notes under the source's table. */
  private void notes() {
    for (String migrator : List.of("contexts-service-migrator", "cron-service-migrator",
        "domain-service-migrator", "federation-service-migrator", "permissions-service-migrator",
        "vm-service-db-migrator", "workflows-conductor-migrator", "mongodb-upgrader")) {
      change(migrator, b -> b.lifecycle(Lifecycle.ONE_SHOT));
    }
    change("ready-agent", b -> b.lifecycle(Lifecycle.STARTUP_ONLY).startupGate(true));
    // federation-service's dependency column spells its migrator "federations-service-migrator".
    change("federation-service-migrator", b -> b.addAliases("federations-service-migrator"));
    change("fileserved", b -> b.presentWhen(Condition.S3_NOT_IN_USE)
        .severityCondition(Condition.S3_NOT_IN_USE));
    // "HIGH only if LDAP in use"; without LDAP the service holds no identities that logins need,
    // so its failure is taken as minor there.
    change("federation-service", b -> b.severityCondition(Condition.LDAP_IN_USE)
        .severityOtherwise(Severity.LOW));
  }

  /** The runtime interactions stated in the roles (the reference README's table). */
  private void runtimeInteractions() {
    talks("picard-dispatcher", "schedulerer",
        "Splits a job into tasks and sends them to schedulerer to be run.");
    talks("schedulerer", "server-nomad", "Sends tasks to server-nomad to run.");
    talks("nomad-metrics", "nomad_server",
        "Queries the nomad server for stats and sends them to statsd.");
    talks("nomad-metrics", "telegraf",
        "Queries the nomad server for stats and sends them to statsd.");
    talks("output-processor", "mongo",
        "Receives job output & status updates and writes them to MongoDB.");
    talks("shutdown-hook-poller", "frontend",
        "Checks the frontend container for 1.0 Builder shutdown requests.");
    talks("vm-gc", "vm-service", "Periodically check for stale machine and remote Docker"
        + " instances and request that vm-service remove them.");
    talks("vm-scaler", "vm-service", "Periodically requests that vm-service provision more"
        + " instances for running machine and remote Docker jobs.");
    talks("contexts-service", "vault-cci",
        "Used to handle the encryption and key store for the contexts-service.");
    rows.get("audit-log-service").addDependencies(Dependency.runtime("fileserved",
        "Persists audit log events to blob storage for long term storage.")
        .when(Condition.S3_NOT_IN_USE));
    rows.get("output-processor").addDependencies(Dependency.runtime("fileserved",
        "Stores step output logs, artifacts, test results, caches and workspaces.")
        .when(Condition.S3_NOT_IN_USE));
  }

  /** Sentences that name no particular dependent: notes, never edges. */
  private void broadStatements() {
    change("rabbitmq", b -> b.broadDependents(BroadDependents.of(DependencyKind.RUNTIME,
        "Most of our services use RabbitMQ for queueing.")));
    change("telegraf", b -> b.broadDependents(BroadDependents.of(DependencyKind.RUNTIME,
        "This is the statsd forwarding agent that our local services write to.")));
    change("tutum/logrotate", b -> b.broadDependents(BroadDependents.of(DependencyKind.RUNTIME,
        "If this stays down for a long period the Services machine disk will eventually run"
            + " out of space and other services will fail.")));
  }

  private void row(String name, String image, Severity severity, boolean externalizable,
      String role, String failureEffect, String... startupDependencies) {
    Service.Builder builder = Service.builder().name(name).severity(severity)
        .externalizable(externalizable).role(role).failureEffect(failureEffect);
    if (image != null) {
      builder.image(image);
    }
    for (String target : startupDependencies) {
      builder.addDependencies(Dependency.startup(target));
    }
    rows.put(name, builder);
  }

  private void change(String name, UnaryOperator<Service.Builder> change) {
    change.apply(rows.get(name));
  }

  private void talks(String from, String to, String citation) {
    rows.get(from).addDependencies(Dependency.runtime(to, citation));
  }
}
