package dev.topology.catalog;

import static dev.topology.catalog.Rows.row;

import dev.topology.api.BroadDependents;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import java.util.List;

/** Mail, metrics, logs, live updates and the agents that watch over the machine. */
final class SupportServices {
  private SupportServices() {}

  static List<Service> services() {
    return List.of(
        row("exim", Severity.LOW,
            "Mail Transfer Agent (MTA) used to send all outbound SMTP.",
            "No email notifications will be sent.")
            .build(),
        row("nomad-metrics", Severity.LOW,
            "Queries the nomad server for stats and sends them to statsd.",
            "Nomad metrics will be lost, but everything else should run as normal.")
            // telegraf is "the statsd forwarding agent", so "statsd" here names it.
            .addDependencies(
                Dependency.runtime("nomad_server",
                    "Queries the nomad server for stats and sends them to statsd."),
                Dependency.runtime("telegraf",
                    "Queries the nomad server for stats and sends them to statsd."))
            .build(),
        // No row lists ready-agent as a startup dependency, so its reach is a statement about
        // the whole system rather than edges from particular services.
        row("ready-agent", Severity.LOW,
            "Called by Replicated to check whether other containers are ready.",
            "Only required on startup. If unavailable on startup the whole system will fail.")
            .image("server-ready-agent").addAliases("server-ready-agent")
            .lifecycle(Lifecycle.STARTUP_ONLY)
            .startupGate(true)
            .broadDependents(BroadDependents.of(DependencyKind.STARTUP,
                "If unavailable on startup the whole system will fail."))
            .build(),
        row("server-usage-stats", Severity.LOW,
            "Sends the user count to the internal CircleCI \"phone home\" endpoint.",
            "CircleCI will not receive usage stats for your install but no effect on operation.")
            .build(),
        row("shutdown-hook-poller", Severity.LOW,
            "Checks the frontend container for 1.0 Builder shutdown requests. If a request is"
                + " found, the 1.0 Builder is shut down.",
            "1.0 Builder lifecycles will not be properly managed, but jobs will continue to run.")
            .addDependencies(Dependency.runtime("frontend",
                "Checks the frontend container for 1.0 Builder shutdown requests."))
            .build(),
        row("slanger", Severity.LOW,
            "Provides real-time events to the CircleCI app.",
            "Live UI updates will stop but hard refreshes will still work.")
            .build(),
        row("telegraf", Severity.LOW,
            "This is the statsd forwarding agent that our local services write to and can be"
                + " configured to forward to an external metrics service.",
            "Metrics will stop working but jobs will continue to run.")
            .broadDependents(BroadDependents.of(DependencyKind.RUNTIME,
                "This is the statsd forwarding agent that our local services write to and can be"
                    + " configured to forward to an external metrics service."))
            .build(),
        row("tutum/logrotate", Severity.MEDIUM,
            "Used to manage log rotations for all containers on the services machine.",
            "If this stays down for a long period the Services machine disk will eventually run"
                + " out of space and other services will fail.")
            .broadDependents(BroadDependents.of(DependencyKind.RUNTIME,
                "If this stays down for a long period the Services machine disk will eventually"
                    + " run out of space and other services will fail."))
            .build());
  }
}
