package dev.topology.catalog;

import static dev.topology.catalog.Rows.oneShot;
import static dev.topology.catalog.Rows.row;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import java.util.List;

/** The services that schedule and run jobs, take their output, and manage VM capacity. */
final class BuildServices {
  private BuildServices() {}

  static List<Service> services() {
    return List.of(
        row("output-processor", Severity.HIGH,
            "Receives job output & status updates and writes them to MongoDB. Also provides an API"
                + " to running jobs to access caches, workspaces, store caches, workspaces,"
                + " artifacts, & test results.",
            "All running builds will either fail or be left in an unfixable, inconsistent state."
                + " There will also be data loss in terms of step output, test results and"
                + " artifacts.")
            .image("output-processing").addAliases("output-processing")
            .addDependencies(
                Dependency.runtime("mongo",
                    "Receives job output & status updates and writes them to MongoDB."),
                Dependency.runtime("fileserved",
                        "Stores step output logs, artifacts, test results, caches and workspaces.")
                    .when(Rows.FILESERVED))
            .build(),
        row("picard-dispatcher", Severity.MEDIUM,
            "Splits a job into tasks and sends them to schedulerer to be run.",
            "No jobs will be sent to Nomad, the run queue will increase in size but there should"
                + " be no meaningful loss of data.")
            .addDependencies(Dependency.runtime("schedulerer",
                "Splits a job into tasks and sends them to schedulerer to be run."))
            .build(),
        row("schedulerer", Severity.MEDIUM,
            "Sends tasks to server-nomad to run.",
            "No jobs will be sent to Nomad, the run queue will increase in size but there should"
                + " be no meaningful loss of data.")
            .addDependencies(Dependency.runtime("server-nomad",
                "Sends tasks to server-nomad to run."))
            .build(),
        row("nomad_server", Severity.HIGH,
            "Nomad primary service.",
            "No 2.0 build jobs will run.")
            .image("server-nomad").addAliases("server-nomad")
            .externalizable(true)
            .build(),
        row("test-results", Severity.LOW,
            "Parses test result files and stores data.",
            "There will be no test failure or timing data for jobs, but this will be back-filled"
                + " once the service is restarted.")
            .build(),
        row("vm-gc", Severity.LOW,
            "Periodically check for stale machine and remote Docker instances and request that"
                + " vm-service remove them.",
            "Old vm-service instances might not be destroyed until this service is restarted.",
            "vm-service-db-migrator")
            .addDependencies(Dependency.runtime("vm-service",
                "Periodically check for stale machine and remote Docker instances and request"
                    + " that vm-service remove them."))
            .build(),
        row("vm-scaler", Severity.MEDIUM,
            "Periodically requests that vm-service provision more instances for running machine"
                + " and remote Docker jobs.",
            "VM instances for machine and Remote Docker might not be provisioned causing you to"
                + " run out of capacity to run jobs with these executors.",
            "vm-service-db-migrator")
            .addDependencies(Dependency.runtime("vm-service",
                "Periodically requests that vm-service provision more instances for running"
                    + " machine and remote Docker jobs."))
            .build(),
        row("vm-service", Severity.MEDIUM,
            "Inventory of available vm-service instances, and provisioning of new instances.",
            "Jobs that use machine or remote Docker will fail.",
            "vm-service-db-migrator")
            .build(),
        oneShot("vm-service-db-migrator",
            "Used to run database migrations for vm-service.",
            "Only runs at startup.")
            .build());
  }
}
