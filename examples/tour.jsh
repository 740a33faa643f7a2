// A tour of the Topology SDK. From the repository root:
//   ./mvnw -q -DskipTests package
//   jshell --class-path examples/target/examples.jar examples/tour.jsh
import dev.topology.api.*;
import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.formats.diagram.Exports;
import dev.topology.graph.*;
import dev.topology.graph.availability.*;
import dev.topology.graph.diff.*;
import dev.topology.graph.impact.*;
import dev.topology.graph.startup.*;
import dev.topology.graph.triage.*;

// The bundled catalog: the 39 containers of the CircleCI Server 2.x services machine.
Topology catalog = CircleCiServer2.topology();
System.out.println(catalog);

// Every name of a service finds it: vault-cci, the image of contexts-vault, is also an alias.
System.out.println(catalog.service("vault-cci"));

// The settings an installation of the catalog chooses, each with its values and default.
System.out.println(catalog.settings());

// The engine over the default installation, and its startup plan.
TopologyGraph graph = TopologyGraph.of(catalog);
System.out.println(graph.startupPlan());

// What postgres takes down if it fails while the system starts.
Impact impact = graph.impact(Phase.STARTUP, "postgres");
System.out.println(impact);

// What must restart after postgres restarts, and who to suspect when two services fail.
System.out.println(graph.restartPlan("postgres"));
System.out.println(graph.rootCauses(Phase.RUNTIME, "api-service", "cron-service"));

// A misspelt name: the error says what to type instead.
try {
  graph.impact(Phase.RUNTIME, "fronted");
} catch (NoSuchServiceException e) {
  System.out.println(e.getMessage());
  System.out.println("suggestions: " + e.suggestions());
}

// An installation of your own: LDAP on, S3 instead of fileserved, postgres outside.
// (jshell ends a statement at a line that could end it, so a chain stays on one line.)
Deployment.Builder builder = Deployment.builder().choose("ldap", "on").choose("objectStorage", "s3");
Deployment mine = builder.addExternalized("postgres").build();
TopologyGraph myGraph = TopologyGraph.of(catalog, mine);
System.out.println(myGraph);

// How that installation differs from the default one.
System.out.println(TopologyDiff.of(graph, myGraph));

System.out.println("Try: graph.prerequisites(\"api-service\"), graph.blastRadius(Phase.STARTUP),"
    + " graph.lint(), Exports.mermaid(graph), TopologyJson.write(catalog)");

// Triage from what is running: postgres exited (137), the one-shot tasks completed, the rest
// runs. (Read real output with dev.topology.formats.docker.DockerPs.read(text, catalog).)
Observation seen = Observation.of(graph.topology().services().stream().map(s -> s.name().equals("postgres") ? ObservedContainer.of("postgres", ContainerState.EXITED, 137) : s.lifecycle() == Lifecycle.ONE_SHOT ? ObservedContainer.of(s.name(), ContainerState.EXITED, 0) : ObservedContainer.of(s.name(), ContainerState.RUNNING)).toList());
Triage triage = graph.triage(seen);
System.out.println(triage.summary());
System.out.println(triage.recoveryWaves());

// Availability: the catalog has no reliability figures, so give a default for every service
// and postgres a figure of its own (it fails every 90 days, and takes 15 minutes to repair).
AvailabilityInputs inputs = AvailabilityInputs.fromModel().withDefault(Reliability.parse("99.9% mttr=10m")).withFigure("postgres", Reliability.parse("mttf=90d mttr=15m"));
AvailabilityModel availability = graph.availability(inputs);
System.out.println(availability.steadyState().high());
System.out.println(availability.importance().get(0));
System.out.println(availability.whatIf("postgres", Reliability.parse("99.99%")).steadyState().high());
System.out.println(availability.recovery("postgres"));
