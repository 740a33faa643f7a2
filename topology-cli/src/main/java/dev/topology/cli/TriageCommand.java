package dev.topology.cli;

import dev.topology.api.Coverage;
import dev.topology.api.Observation;
import dev.topology.formats.docker.ComposePs;
import dev.topology.formats.docker.DockerOutputException;
import dev.topology.formats.docker.DockerPs;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.ForeignObservationException;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageOptions;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triage --docker-ps FILE|-} or {@code --compose-ps FILE|-}: what the captured state of
 * the containers says: failed services, root causes, what is at risk, and what to restart in
 * which order. Exit code 0 whenever the question is answered, whatever the state; 2 when the
 * input is empty or not of the topology (most containers match no service, or their Compose
 * project is another), with the topology to pass instead.
 *
 * <p>The observation of {@code --compose-ps} is complete, that of {@code --docker-ps} partial,
 * unless {@code --coverage} says otherwise. With {@code --compose}, containers labelled with
 * another Compose project than the file's (its {@code name:}, else its folder, or {@code
 * --project}) are refused; on the bundled catalog, containers of any Compose project are.
 */
@Command(name = "triage", description = {
    "Triage captured container state: what failed, the root causes, what is at risk and what"
        + " to restart in which order.",
    "Give the output of 'docker ps -a --format json' or 'docker compose ps -a --format json'"
        + " (- for standard input)."})
final class TriageCommand extends QueryCommand {
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

  @Option(names = "--coverage", paramLabel = "COVERAGE",
      description = "complete (every container of the installation is listed) or partial."
          + " Default: complete for --compose-ps, partial for --docker-ps.")
  private Coverage coverage;

  @Option(names = "--project", paramLabel = "NAME",
      description = "With --compose: the Compose project the containers belong to (docker"
          + " compose -p), when the file's name: key or its folder does not give it.")
  private String project;

  /** One standard input: a capture and a topology cannot both come from it. */
  @Override
  void refuse(SourceOptions source) {
    boolean docker = input.dockerPs != null;
    String file = docker ? input.dockerPs : input.composePs;
    Path topology = source.composeFile() != null ? source.composeFile() : source.topologyFile();
    if ("-".equals(file) && topology != null && TopologyFiles.isStdin(topology)) {
      throw new UserError((docker ? "--docker-ps" : "--compose-ps") + " - and "
          + (source.composeFile() != null ? "--compose" : "--topology") + " - both name standard"
          + " input, which can be read once; give one of them as a file.");
    }
  }

  private Triage triage(Query query) {
    boolean docker = input.dockerPs != null;
    String file = docker ? input.dockerPs : input.composePs;
    Path path;
    try {
      path = Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UserError("'" + file + "' is not a file name: " + e.getReason() + ".");
    }
    if (project != null && !query.isCompose()) {
      throw new UserError("--project names a Compose project; give it with --compose FILE.");
    }
    String text = TopologyFiles.contents(path, root());
    Observation seen;
    try {
      seen = docker ? DockerPs.read(text, query.graph().topology()) : ComposePs.read(text);
    } catch (DockerOutputException e) {
      throw new TopologyFiles.FileProblem(path, e);
    }
    if (coverage != null) {
      seen = seen.withCoverage(coverage);
    }
    TriageOptions options = TriageOptions.inferred();
    if (phase != null) {
      options = options.withPhase(phase);
    }
    if (project != null) {
      options = options.withProject(project);
    } else if (query.isCompose()) {
      options = query.project().map(options::withProject).orElse(options);
    } else if (query.file() == null) {
      options = options.withoutProject();
    }
    try {
      return query.graph().triage(seen, options);
    } catch (ForeignObservationException e) {
      throw new UserError(TopologyFiles.name(path) + ": " + e.getMessage() + " "
          + hint(query, e.projects()));
    } catch (InvalidQueryException e) {
      if (seen.containers().isEmpty()) {
        throw new TopologyFiles.FileProblem(path, e);
      }
      throw e;
    }
  }

  /**
   * Which topology to pass instead of the one asked about. {@code --project} wins over the
   * file's {@code name:} and its folder, as {@code docker compose -p} does (Docker's
   * "Specify a project name", precedence from highest: the {@code -p} flag, {@code
   * COMPOSE_PROJECT_NAME}, the top-level {@code name:}, the project folder's base name), so
   * the file may be the right one, run under another name.
   */
  private static String hint(Query query, List<String> projects) {
    if (query.isCompose()) {
      String name = projects.size() == 1 ? projects.get(0) : "NAME";
      return "Pass the Compose file of their project with --compose FILE, or, if this file is"
          + " theirs run under another name, add --project " + name + ": it overrides the"
          + " file's name: and its folder's name, as docker compose -p does.";
    }
    return "Triage used " + (query.file() == null ? "the " : "") + query.source() + "; pass"
        + " the topology the containers belong to with --compose FILE or --topology FILE.";
  }

  @Override
  Object json(Query query) {
    return triage(query);
  }

  @Override
  void print(Query query, Printer out) {
    Triage triage = triage(query);
    lines(out, triage.summary());
    // The heading shows the deployment the verdicts are of: with the profiles switched on.
    Query used = query.withChoices(triage.switchedOn());
    used.heading(out, "Phase: " + triage.phase().name().toLowerCase(java.util.Locale.ROOT)
        + (triage.phaseInferred() ? " (inferred from the containers)" : " (as given)"));
    Table failed = Table.of("FAILED", "SEVERITY", "VERDICT", "WHY");
    triage.services().stream().filter(s -> s.verdict().failed()).forEach(s ->
        failed.row(s.service(), s.severity(), s.verdict().words(), s.reason()));
    section(out, failed);
    Table causes = Table.of("ROOT CAUSE", "SEVERITY", "EXPLAINS");
    triage.causes().forEach(c -> causes.row(c.service(), c.severity(),
        c.explains().isEmpty() ? "itself only" : names(c.explains(), out)));
    triage.unexplained().forEach(u -> causes.row(u, "", "unexplained"));
    section(out, causes);
    Table risk = Table.of("AT RISK", "SEVERITY", "VERDICT");
    triage.atRisk().forEach(name -> triage.service(name).ifPresent(s ->
        risk.row(s.service(), s.severity(), s.verdict().words())));
    section(out, risk);
    Table recovery = Table.of("WAVE", "ACTION", "SERVICE", "WHY");
    triage.recovery().forEach(step -> recovery.row(String.valueOf(step.wave()),
        step.action().word(), step.service(), step.reason()));
    section(out, recovery);
    if (!triage.unobserved().isEmpty()) {
      out.line();
      lines(out, "Not observed (partial input; not counted down): "
          + names(triage.unobserved(), out));
    }
    Table guesses = Table.of("MATCHED BY IMAGE ONLY", "IMAGE", "AS SERVICE");
    triage.guessedMatches().forEach(g -> guesses.row(g.container(), g.image(), g.service()));
    section(out, guesses);
    if (!triage.switchedOn().isEmpty()) {
      List<String> choices = new java.util.ArrayList<>();
      triage.switchedOn().forEach((choice, value) -> choices.add(choice + "=" + value));
      out.line();
      lines(out, "Switched on for this triage, as containers of their services were"
          + " seen: " + String.join(", ", choices) + (query.isCompose() ? " ("
          + sameOptions(used.profilesOn()) + ")" : "") + ".");
    }
    Table unknown = Table.of("UNKNOWN CONTAINER", "STATE");
    triage.unknownContainers().forEach(c -> unknown.row(c.name(), c.state().docker()));
    triage.externalContainers().forEach(c -> unknown.row(c.name(),
        c.state().docker() + " (external service " + c.service() + ", ignored)"));
    section(out, unknown);
    for (ImpactNote note : triage.notes()) {
      out.line();
      for (String line : Wrap.lines("Note, " + note.service() + ": \"" + note.citation() + "\"",
          out.width(), "")) {
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

  /**
   * The names joined; past {@value #NAMES_SHOWN}, the first ones and a count of the others,
   * unless {@code --wide} asks for everything in full.
   */
  private static String names(List<String> names, Printer out) {
    if (names.size() <= NAMES_SHOWN || out.width() > Printer.WIDTH) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and "
        + (names.size() - NAMES_SHOWN) + " more";
  }

  /** The options that ask for these profiles, every one in effect, with their verb. */
  private static String sameOptions(List<String> profiles) {
    return "--profile " + String.join(" --profile ", profiles)
        + (profiles.size() == 1 ? " asks" : " ask") + " the same";
  }

  /**
   * Prints the text wrapped at spaces within the printer's width, continuation lines not
   * indented, so that a paragraph reads as one; with {@code --wide}, on one line.
   */
  private static void lines(Printer out, String text) {
    for (String line : Wrap.lines(text, out.width(), "")) {
      out.line(line);
    }
  }
}
