package dev.topology.cli;

import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Setting;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.Edge;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.diff.Change;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.startup.Phase;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code diff}: how a second installation differs from the first: services, severities,
 * dependencies, startup waves and blast radii.
 *
 * <p>The first ("before") side is what the shared options choose, as for every command. The
 * second ("after") side is the same except where an {@code --against} option says otherwise,
 * so that comparing two topology files keeps one deployment, and changing one choice of the
 * deployment keeps the others.
 */
@Command(name = "diff", description = {
    "Compare two installations: another deployment, or another topology file.",
    "Services added and removed, severities, dependencies, startup waves and blast radii."
        + " The first installation is chosen by the shared options; the second is the same"
        + " except where the --against options say otherwise."})
final class DiffCommand extends QueryCommand {
  @Option(names = "--against", paramLabel = "FILE",
      description = "The second side's topology file; - reads standard input (default: the"
          + " first side's topology).")
  private Path file;

  @Option(names = "--against-choose", paramLabel = "NAME=VALUE",
      description = "Set a deployment choice on the second side (repeatable; default: as the"
          + " first side).")
  private Map<String, String> choices;

  @Option(names = "--against-ldap", negatable = true,
      description = "Shorthand for --against-choose ldap=on (or ldap=off when negated), for"
          + " topologies that declare that choice.")
  private Boolean ldap;

  @Option(names = "--against-s3", negatable = true,
      description = "Shorthand for --against-choose objectStorage=s3 (or objectStorage=fileserved"
          + " when negated), for topologies that declare that choice.")
  private Boolean s3;

  @Option(names = "--against-externalize", paramLabel = "NAME", split = ",",
      description = "The services the second side runs outside, comma-separated, instead of the"
          + " first side's; an empty value for none (default: as the first side).")
  private List<String> externalized;

  @Spec
  private CommandSpec spec;

  /** The second side: the first one, changed where an {@code --against} option says. */
  private Query against(Query before) {
    if (file == null && choices == null && ldap == null && s3 == null && externalized == null) {
      throw new ParameterException(spec.commandLine(), "Nothing to compare with: give"
          + " --against FILE or an --against-choose, --against-ldap, --against-s3 or"
          + " --against-externalize option.");
    }
    Topology topology = file == null ? before.topology() : TopologyFiles.read(file, root());
    Deployment.Builder deployment = before.deployment().toBuilder();
    if (ldap != null) {
      String value = ldap ? Setting.ON : Setting.OFF;
      SourceOptions.declared(topology, "--against-ldap", "ldap", value);
      deployment.choose("ldap", value);
    }
    if (s3 != null) {
      String value = s3 ? "s3" : "fileserved";
      SourceOptions.declared(topology, "--against-s3", "objectStorage", value);
      deployment.choose("objectStorage", value);
    }
    if (choices != null) {
      deployment.chooseAll(choices);
    }
    if (externalized != null) {
      deployment.externalized(externalized.stream().filter(name -> !name.isEmpty()).toList());
    }
    return new Query(topology, deployment.build(), file == null ? before.file() : file);
  }

  /** The diff; a mistake in the second installation says which installation it is in. */
  private static TopologyDiff diff(Query before, Query after) {
    before.graph();
    try {
      after.graph();
    } catch (RuntimeException e) {
      String message = Errors.userMessage(e);
      if (message == null) {
        throw e;
      }
      throw new UserError("In the second installation: " + message);
    }
    return TopologyDiff.of(before.graph(), after.graph());
  }

  /**
   * What each side is (its file and deployment, which the tool chose), then the engine's diff
   * as the library writes it.
   */
  @Override
  Object json(Query before) {
    Query after = against(before);
    TopologyDiff diff = diff(before, after);
    // No method of this class names a JSON type: picocli reads its methods when it runs the
    // command, which would load the JSON classes for a table too.
    ObjectNode root = JsonOutput.object();
    List<Query> sides = List.of(before, after);
    for (int k = 0; k < 2; k++) {
      Query side = sides.get(k);
      ObjectNode node = root.putObject(k == 0 ? "before" : "after");
      node.put("topology", side.file() == null ? null : side.file().toString());
      node.set("deployment", JsonOutput.deployment(side));
    }
    root.setAll((ObjectNode) JsonOutput.tree(diff));
    return root;
  }

  @Override
  void print(Query before, Printer out) {
    Query after = against(before);
    TopologyDiff diff = diff(before, after);
    Table table = Table.of("CHANGE", "SERVICE", "BEFORE", "AFTER");
    diff.addedServices().forEach(name ->
        table.row("service added", name, "", after.graph().topology().service(name).severity()));
    diff.removedServices().forEach(name ->
        table.row("service removed", name, before.graph().topology().service(name).severity(),
            ""));
    for (Change<Severity> change : diff.severityChanges()) {
      table.row("severity", change.service(), change.before(), change.after());
    }
    diff.addedEdges().forEach(edge ->
        table.row("dependency added", edge.from(), "", needs(edge)));
    diff.removedEdges().forEach(edge ->
        table.row("dependency removed", edge.from(), needs(edge), ""));
    for (Change<OptionalInt> change : diff.waveChanges()) {
      table.row("startup wave", change.service(), wave(change.before()), wave(change.after()));
    }
    for (Phase phase : Phase.values()) {
      for (Change<ServiceBlast> change : diff.blastRadiusChanges(phase)) {
        table.row("blast radius at " + phase.name().toLowerCase(Locale.ROOT), change.service(),
            blast(change.before()), blast(change.after()));
      }
    }
    out.line("Diff of two installations: " + (table.isEmpty() ? "no differences"
        : Counts.of(table.size(), "difference")));
    out.line(out.dim("Before: " + before.source()));
    before.deploymentWords().ifPresent(words -> out.line(out.dim("  deployment: " + words)));
    out.line(out.dim("After:  " + after.source()));
    after.deploymentWords().ifPresent(words -> out.line(out.dim("  deployment: " + words)));
    if (!table.isEmpty()) {
      out.line();
      table.print(out);
    }
  }

  private static String needs(Edge edge) {
    return (edge.required() ? "needs " : "wants ") + edge.to()
        + (edge.kind() == DependencyKind.STARTUP ? " to start" : " while running");
  }

  private static String wave(OptionalInt wave) {
    return wave.isPresent() ? "wave " + wave.getAsInt() : "external";
  }

  private static String blast(ServiceBlast blast) {
    return "takes down " + blast.takesDown()
        + blast.propagatedSeverity().map(s -> " (worst " + s + ")").orElse("");
  }
}
