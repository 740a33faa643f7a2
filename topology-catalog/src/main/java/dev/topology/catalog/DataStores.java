package dev.topology.catalog;

import static dev.topology.catalog.Rows.oneShot;
import static dev.topology.catalog.Rows.row;

import dev.topology.api.BroadDependents;
import dev.topology.api.DependencyKind;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import java.util.List;

/** The stores of the services machine: databases, queue, cache, vault, blob storage. */
final class DataStores {
  /**
   * The labels that make a store a Backstage Resource of a type when the catalog is written
   * as a Backstage catalog (topology-formats' EntityClass.byLabels reads them); free metadata to
   * the engine.
   */
  private static final String BACKSTAGE_KIND = "dev.topology.backstage.kind";
  private static final String BACKSTAGE_TYPE = "dev.topology.backstage.type";

  private DataStores() {}

  static List<Service> services() {
    return List.of(
        row("fileserved", Severity.HIGH,
            "File storage service used as a replacement for S3 when CircleCI Server is run outside"
                + " of AWS. Not used if Server is configured to use S3. Stores step output logs,"
                + " artifacts, test results, caches and workspaces.",
            "If not using S3, builds will produce no output and some REST API calls might fail.")
            // With S3 the service does not run at all, so its severity has no otherwise.
            .severityCondition(Rows.FILESERVED)
            .presentWhen(Rows.FILESERVED)
            .label(BACKSTAGE_KIND, "resource").label(BACKSTAGE_TYPE, "storage")
            .build(),
        row("mongo", Severity.HIGH,
            "Mongo data store.",
            "Potential total data loss. All running builds will fail and the UI will not work.",
            "mongodb-upgrader")
            .externalizable(true)
            .label(BACKSTAGE_KIND, "resource").label(BACKSTAGE_TYPE, "database")
            .build(),
        row("postgres", Severity.HIGH,
            "Basic postgresql with enhancements for creating required databases when containers"
                + " are launched.",
            "Potential total data loss. All running builds will fail and the UI will not work")
            .image("postgres-script-enhance").addAliases("postgres-script-enhance")
            .externalizable(true)
            .label(BACKSTAGE_KIND, "resource").label(BACKSTAGE_TYPE, "database")
            .build(),
        row("rabbitmq", Severity.HIGH,
            "Runs the RabbitMQ server. Most of our services use RabbitMQ for queueing.",
            "Potential total data loss. All running builds will fail and the UI will not work.")
            .image("rabbitmq-delayed").addAliases("rabbitmq-delayed")
            .externalizable(true)
            .broadDependents(BroadDependents.of(DependencyKind.RUNTIME,
                "Most of our services use RabbitMQ for queueing."))
            .label(BACKSTAGE_KIND, "resource").label(BACKSTAGE_TYPE, "queue")
            .build(),
        row("outputRunningRedis", Severity.MEDIUM,
            "The Redis key/value store.",
            "Lose output from currently-running job steps. API calls out to github may also fail.")
            .image("redis").addAliases("redis")
            .externalizable(true)
            .label(BACKSTAGE_KIND, "resource").label(BACKSTAGE_TYPE, "database")
            .build(),
        oneShot("mongodb-upgrader",
            "Used to run any mongo conversion/upgrade scripts during mongo version upgrade.",
            "Not required to run all the time")
            .image("server-mongo-upgrader").addAliases("server-mongo-upgrader")
            .build(),
        row("contexts-vault", Severity.MEDIUM,
            "Instance of Hashicorp's Vault - an encryption service that provides key-management,"
                + " secure storage, and other encryption related services. Used to handle the"
                + " encryption and key store for the contexts-service.",
            "contexts-service will stop working, and all jobs that use contexts-service will fail.")
            .image("vault-cci").addAliases("vault-cci")
            .externalizable(true)
            .label(BACKSTAGE_KIND, "resource").label(BACKSTAGE_TYPE, "secret-store")
            .build());
  }
}
