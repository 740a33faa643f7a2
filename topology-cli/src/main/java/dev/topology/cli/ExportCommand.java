package dev.topology.cli;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.formats.backstage.BackstageExport;
import dev.topology.formats.backstage.BackstageOptions;
import dev.topology.formats.backstage.BackstageWriter;
import dev.topology.formats.structurizr.StructurizrExport;
import dev.topology.formats.structurizr.StructurizrOptions;
import dev.topology.formats.structurizr.StructurizrWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code export}: the chosen topology in the library's JSON format (the default), as a Backstage
 * catalog or as a Structurizr DSL workspace.
 *
 * <p>JSON is canonical (services by name, dependencies and aliases sorted), so that a team can
 * start its own file from the catalog or from a Compose file and read it back with {@code
 * --topology}. Without deployment options it is written as declared, conditions included. With
 * them ({@code --choose}, {@code --profile}, {@code --externalize}, or the {@code
 * COMPOSE_PROFILES} of a Compose project's {@code .env}) it is written as that deployment has
 * it: absent services dropped, conditions settled, and no choices, since that installation has
 * none left to make.
 *
 * <p>Backstage and Structurizr have no conditions: those formats are always written for one
 * deployment, the default one unless the options choose another. Names those formats refuse
 * are changed, and each change is said on standard error. The text is the same with or without
 * {@code --json} (which wraps it with the format and the renames), and never coloured.
 */
@Command(name = "export", description = {
    "Print the topology in the library's JSON format (the default), as a Backstage catalog or as"
        + " a Structurizr DSL workspace.",
    "JSON is canonical, to start a file of your own: without deployment options as declared,"
        + " conditions included; with them (--choose, --profile, --externalize,"
        + " COMPOSE_PROFILES), as that deployment has it. Read it back with --topology FILE.",
    "Backstage and Structurizr describe one deployment (the default unless chosen); names"
        + " they refuse are changed, each change said on standard error. Read a Backstage"
        + " catalog back with --backstage FILE."})
final class ExportCommand extends QueryCommand {
  /** The formats the command writes. */
  enum Format {
    JSON,
    BACKSTAGE,
    STRUCTURIZR
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json, backstage or structurizr (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--owner", paramLabel = "REF",
      description = "With --format backstage: the owner of every entity, such as team-a or"
          + " group:default/team-a (default: unknown).")
  private String owner;

  @Option(names = "--system", paramLabel = "NAME",
      description = "With --format backstage: the system every entity belongs to (default:"
          + " none). With --format structurizr: the software system's name (default:"
          + " Services).")
  private String system;

  @Option(names = "--lifecycle", paramLabel = "NAME",
      description = "With --format backstage: the Backstage lifecycle of every Component, such"
          + " as production or experimental (default: production).")
  private String lifecycle;

  @Option(names = "--namespace", paramLabel = "NAME",
      description = "With --format backstage: the namespace of every entity (default:"
          + " default).")
  private String namespace;

  @Spec
  private CommandSpec spec;

  /** What was written: the text, and each name that had to change. */
  private record Written(String text, Map<String, String> renames) {}

  private Written written(Query query) {
    refuseOptions();
    switch (format) {
      case BACKSTAGE: {
        BackstageOptions.Builder options = BackstageOptions.builder()
            .deployment(query.deployment());
        if (owner != null) {
          options.owner(owner);
        }
        if (system != null) {
          options.system(system);
        }
        if (lifecycle != null) {
          options.lifecycle(lifecycle);
        }
        if (namespace != null) {
          options.namespace(namespace);
        }
        BackstageExport export = BackstageWriter.write(query.topology(), options.build());
        export.renames().forEach((name, entity) -> root().note("The service '" + name
            + "' is the Backstage entity '" + entity + "': Backstage names are letters and"
            + " digits separated by one of - _ ."));
        return new Written(export.text(), export.renames());
      }
      case STRUCTURIZR: {
        StructurizrOptions.Builder options = StructurizrOptions.builder()
            .deployment(query.deployment());
        if (system != null) {
          options.systemName(system);
        }
        StructurizrExport export = StructurizrWriter.write(query.topology(), options.build());
        export.identifiers().forEach((name, id) -> root().note("The service '" + name
            + "' has the Structurizr identifier '" + id + "': identifiers are letters,"
            + " digits, - and _, and not keywords."));
        return new Written(export.text(), export.identifiers());
      }
      default:
        return new Written(json(query.deployment(), query), Map.of());
    }
  }

  private void refuseOptions() {
    String backstageOnly = owner != null ? "--owner" : lifecycle != null ? "--lifecycle"
        : namespace != null ? "--namespace" : null;
    if (backstageOnly != null && format != Format.BACKSTAGE) {
      throw new ParameterException(spec.commandLine(), backstageOnly + " applies to --format"
          + " backstage.");
    }
    if (system != null && format == Format.JSON) {
      throw new ParameterException(spec.commandLine(), "--system applies to --format backstage"
          + " and --format structurizr.");
    }
  }

  private static String json(Deployment deployment, Query query) {
    if (deployment.equals(Deployment.defaults())) {
      return TopologyJson.write(query.topology().canonical());
    }
    return TopologyJson.write(Topology.of(List.of(), query.resolved().services()).canonical());
  }

  @Override
  Object json(Query query) {
    Written written = written(query);
    if (format == Format.JSON) {
      // A mapper only when asked: building one at class load would slow every command's start.
      JsonNode tree = JsonMapper.builder().build().readTree(written.text());
      return tree;
    }
    ObjectNode root = JsonOutput.object();
    root.put("format", format.name());
    root.put("text", written.text());
    ObjectNode renames = root.putObject("renames");
    written.renames().forEach(renames::put);
    return root;
  }

  @Override
  void print(Query query, Printer out) {
    String text = written(query).text();
    out.raw(text.endsWith("\n") ? text : text + "\n");
  }
}
