package dev.topology.examples.cli;

import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.formats.docker.ComposePs;
import dev.topology.formats.docker.DockerPs;
import dev.topology.graph.ImpactNote;
import dev.topology.graph.Phase;
import dev.topology.graph.RecoveryStep;
import dev.topology.graph.ServiceStatus;
import dev.topology.graph.Triage;
import dev.topology.graph.TriageCause;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code triage --docker-ps FILE|-} or {@code --compose-ps FILE|-}: what the captured state of
 * the containers says: failed services, root causes, what is at risk, and what to restart in
 * which order. Exit code 0 whenever the question is answered, whatever the state.
 */
@Command(name = "triage", description = {
    "Triage captured container state: what failed, the root causes, what is at risk and what"
        + " to restart in which order.",
    "Give the output of 'docker ps -a --format json' or 'docker compose ps -a --format json'"
        + " (- for standard input)."})
final class TriageCommand extends QueryCommand {
  private static final int WIDTH = 100;
  private static final int NAMES_SHOWN = 4;

  static final class Input {
    @Option(names = "--docker-ps", paramLabel = "FILE",
        description = "Output of docker ps -a --format json, or - for standard input.")
    String dockerPs;

    @Option(names = "--compose-ps", paramLabel = "FILE",
        description = "Output of docker compose ps -a --format json, or - for standard input.")
    String composePs;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Input input;

  @Option(names = "--phase", paramLabel = "PHASE",
      description = "startup or runtime, instead of inferring it from the containers.")
  private Phase phase;

  private Triage triage(Query query) {
    boolean docker = input.dockerPs != null;
    String file = docker ? input.dockerPs : input.composePs;
    String text;
    try {
      text = TopologyFiles.contents(Path.of(file), root());
    } catch (java.nio.file.InvalidPathException e) {
      throw new UserError("'" + file + "' is not a file name: " + e.getReason() + ".");
    }
    Observation seen = docker ? DockerPs.read(text, query.graph().topology())
        : ComposePs.read(text);
    return phase == null ? query.graph().triage(seen) : query.graph().triage(seen, phase);
  }

  @Override
  JsonNode json(Query query) {
    Triage triage = triage(query);
    ObjectNode root = JsonOutput.object();
    root.put("summary", triage.summary());
    root.put("phase", triage.phase().name());
    root.put("phaseInferred", triage.phaseInferred());
    root.put("severity", triage.severity().map(Enum::name).orElse(null));
    root.put("wholeSystemDown", triage.wholeSystemDown());
    root.set("failed", JsonOutput.names(triage.failed()));
    ArrayNode causes = root.putArray("causes");
    for (TriageCause cause : triage.causes()) {
      ObjectNode node = causes.addObject();
      node.put("service", cause.service());
      node.put("severity", cause.severity().name());
      node.set("explains", JsonOutput.names(cause.explains()));
    }
    root.set("unexplained", JsonOutput.names(triage.unexplained()));
    root.set("atRisk", JsonOutput.names(triage.atRisk()));
    ArrayNode recovery = root.putArray("recovery");
    for (RecoveryStep step : triage.recovery()) {
      ObjectNode node = recovery.addObject();
      node.put("wave", step.wave());
      node.put("action", step.action().word());
      node.put("service", step.service());
      node.put("reason", step.reason());
    }
    ArrayNode services = root.putArray("services");
    for (ServiceStatus status : triage.services()) {
      ObjectNode node = services.addObject();
      node.put("service", status.service());
      node.put("verdict", status.verdict().name());
      node.put("containersUp", status.containersUp());
      node.put("containers", status.containers().size());
      node.put("reason", status.reason());
    }
    ArrayNode notes = root.putArray("notes");
    for (ImpactNote note : triage.notes()) {
      notes.addObject().put("service", note.service()).put("citation", note.citation());
    }
    root.set("unknownContainers", containers(triage.unknownContainers()));
    root.set("externalContainers", containers(triage.externalContainers()));
    return root;
  }

  private static ArrayNode containers(List<ObservedContainer> list) {
    ArrayNode array = JsonOutput.array();
    for (ObservedContainer c : list) {
      array.addObject().put("name", c.name()).put("service", c.service())
          .put("state", c.state().docker());
    }
    return array;
  }

  @Override
  void print(Query query, Printer out) {
    Triage triage = triage(query);
    for (String line : wrap(triage.summary())) {
      out.line(line);
    }
    query.heading(out, "Phase: " + triage.phase().name().toLowerCase(java.util.Locale.ROOT)
        + (triage.phaseInferred() ? " (inferred from the containers)" : " (as given)"));
    Table failed = Table.of("FAILED", "SEVERITY", "VERDICT", "WHY");
    triage.services().stream().filter(s -> s.verdict().failed()).forEach(s ->
        failed.row(s.service(), s.severity(), s.verdict().words(), cut(s.reason(), 50)));
    section(out, failed);
    Table causes = Table.of("ROOT CAUSE", "SEVERITY", "EXPLAINS");
    triage.causes().forEach(c -> causes.row(c.service(), c.severity(),
        c.explains().isEmpty() ? "itself only" : names(c.explains())));
    triage.unexplained().forEach(u -> causes.row(u, "", "unexplained"));
    section(out, causes);
    Table risk = Table.of("AT RISK", "SEVERITY", "VERDICT");
    triage.atRisk().forEach(name -> triage.service(name).ifPresent(s ->
        risk.row(s.service(), s.severity(), s.verdict().words())));
    section(out, risk);
    Table recovery = Table.of("WAVE", "ACTION", "SERVICE", "WHY");
    triage.recovery().forEach(step -> recovery.row(String.valueOf(step.wave()),
        step.action().word(), step.service(), cut(step.reason(), 50)));
    section(out, recovery);
    Table unknown = Table.of("UNKNOWN CONTAINER", "STATE");
    triage.unknownContainers().forEach(c -> unknown.row(cut(c.name(), 60), c.state().docker()));
    triage.externalContainers().forEach(c -> unknown.row(cut(c.name(), 60),
        c.state().docker() + " (external service " + c.service() + ", ignored)"));
    section(out, unknown);
    for (ImpactNote note : triage.notes()) {
      out.line();
      for (String line : wrap("Note, " + note.service() + ": \"" + note.citation() + "\"")) {
        out.line(out.dim(line));
      }
    }
  }

  private static void section(Printer out, Table table) {
    if (!table.isEmpty()) {
      out.line();
      table.print(out);
    }
  }

  private static String names(List<String> names) {
    if (names.size() <= NAMES_SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and "
        + (names.size() - NAMES_SHOWN) + " more";
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }

  /** Words wrapped at {@value #WIDTH} columns. */
  static List<String> wrap(String text) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(cut(word, WIDTH));
    }
    lines.add(line.toString());
    return lines;
  }
}
