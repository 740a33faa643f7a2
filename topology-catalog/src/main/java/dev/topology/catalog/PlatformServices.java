package dev.topology.catalog;

import static dev.topology.catalog.Rows.oneShot;
import static dev.topology.catalog.Rows.row;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import java.util.List;

/**
 * The web frontend and the services behind its APIs, each with the migrator of its postgres
 * database.
 */
final class PlatformServices {
  private PlatformServices() {}

  static List<Service> services() {
    return List.of(
        row("api-service", Severity.HIGH,
            "Provides a GraphQL API that provides much of the data to render the web frontend.",
            "Many parts of the UI (e.g. Contexts) will fail completely.",
            "postgres", "frontend", "contexts-service-migrator", "contexts-service", "vault-cci")
            .build(),
        row("audit-log-service", Severity.LOW,
            "Persists audit log events to blob storage for long term storage.",
            "Some events may not be recorded.",
            "postgres", "frontend")
            .addDependencies(Dependency.runtime("fileserved",
                    "Persists audit log events to blob storage for long term storage.")
                .when(Rows.FILESERVED))
            .build(),
        row("contexts-service", Severity.MEDIUM,
            "Stores and provides encrypted contexts.",
            "All builds using Contexts will fail.",
            "postgres", "frontend", "contexts-service-migrator", "vault-cci")
            .addDependencies(Dependency.runtime("vault-cci",
                "Used to handle the encryption and key store for the contexts-service."))
            .build(),
        oneShot("contexts-service-migrator",
            "Runs postgresql migrations for the contexts-service.",
            "Only runs at startup.",
            "postgres", "frontend")
            .build(),
        row("cron-service", Severity.MEDIUM,
            "Triggers scheduled workflows.",
            "Scheduled workflows will not run.",
            "postgres", "frontend", "cron-service-migrator")
            .build(),
        oneShot("cron-service-migrator",
            "Runs postgresql migrations for the cron-service.",
            "Only runs at startup.",
            "postgres", "frontend")
            .build(),
        row("domain-service", Severity.HIGH,
            "Stores and provides information about our domain model.",
            "Workflows will fail to start and some REST API calls may fail causing 500 errors in"
                + " the CircleCI UI.",
            "postgres", "frontend", "domain-service-migrator")
            .build(),
        oneShot("domain-service-migrator",
            "Runs postgresql migrations for the domain-service.",
            "Only runs at startup.",
            "postgres", "frontend")
            .build(),
        // Without LDAP only "some REST API calls might fail": some functioning is lost, so not
        // LOW, but no data and no major functionality, so not HIGH. See CircleCiServer2.
        row("federation-service", Severity.HIGH,
            "Stores user identities (LDAP)",
            "If LDAP authentication is in use, all logins will fail and some REST API calls might"
                + " fail.",
            "postgres", "frontend", "federations-service-migrator")
            .severityCondition(Rows.LDAP)
            .severityOtherwise(Severity.MEDIUM)
            // The migrator's role calls this service "the federations-service".
            .addAliases("federations-service")
            .build(),
        oneShot("federation-service-migrator",
            "Runs postgresql migrations for the federations-service.",
            "Only runs at startup.",
            "postgres", "frontend")
            // federation-service's dependency column spells the migrator this way.
            .addAliases("federations-service-migrator")
            .build(),
        row("frontend", Severity.MEDIUM,
            "CircleCI web app and www-api proxy.",
            "The UI and REST API will be unavailable and no jobs will be triggered by"
                + " GitHub/Enterprise. Running builds will be OK but no updates will be seen.",
            "postgres")
            .build(),
        row("permissions-service", Severity.MEDIUM,
            "Provides the CircleCI permissions interface.",
            "Workflows will fail to start and some REST API calls may fail, causing 500 errors in"
                + " the UI.",
            "postgres", "frontend", "permissions-service-migrator")
            .build(),
        oneShot("permissions-service-migrator",
            "Runs postgresql migrations for the permissions-service",
            "Only runs at startup.",
            "postgres", "frontend")
            .build(),
        row("workflows-conductor", Severity.HIGH,
            "Coordinates and provides information about workflows.",
            "No new workflows will start, currently running workflows might end up in an"
                + " inconsistent state, and some REST and GraphQL API requests will fail.",
            "postgres", "frontend", "workflows-conductor-migrator")
            .build(),
        oneShot("workflows-conductor-migrator",
            "Runs postgreSQL migrations for the workflows-conductor.",
            "Only runs on startup.",
            "postgres", "frontend")
            .build());
  }
}
