package dev.topology.formats.structurizr;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.formats.internal.Palette;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a topology as a Structurizr DSL workspace.
 *
 * <p>The workspace holds one software system ({@link StructurizrOptions#systemName()}) with a
 * {@code container} per service of the topology resolved against {@link
 * StructurizrOptions#deployment()} (the DSL has no conditions): named as the service, described
 * by its role, its technology the image. A relationship stands for each dependency, described as
 * the topology means it:
 *
 * <ul>
 *   <li>{@code requires}: a required startup dependency;
 *   <li>{@code optional}: an optional one (it orders startup but takes nothing down);
 *   <li>{@code startup only}: a required startup dependency on a one-shot task or a service
 *       needed only at startup (it matters while the system starts, not after);
 *   <li>{@code talks to} (or {@code talks to, optional}): a runtime interaction, tagged {@code
 *       runtime} and drawn dashed.
 * </ul>
 *
 * <p>Each container is tagged with its severity ({@code HIGH severity}) and, where they apply,
 * {@code one-shot task}, {@code needed only at startup}, {@code run outside the installation}
 * and {@code startup gate}; relationships with {@code startup} or {@code runtime}, {@code
 * optional} and {@code startup only}. The container view includes everything with {@code
 * autoLayout lr}, and its styles colour each severity as the DOT and Mermaid writers do (red
 * HIGH, amber MEDIUM, green LOW).
 *
 * <p>DSL identifiers hold letters, digits, {@code -} and {@code _} only, compare without case,
 * and must not be keywords: a service whose name is not such an identifier gets one made of its
 * name (other characters become {@code _}, a keyword gets {@code s_} before it, and {@code _2},
 * {@code _3}... follow where taken), reported in {@link StructurizrExport#identifiers()}.
 * Text is quoted with {@code \"} for a quote and a space for a line break, since the DSL reads
 * one statement per line; a backslash that would stand before the closing quote is followed by
 * a space.
 *
 * <p>Stateless and thread-safe. Cost: O(V + E) after resolving.
 */
public final class StructurizrWriter {
  /** The identifier of the software system. */
  static final String SYSTEM = "system";
  static final String GATE = "startup gate";
  private static final String INDENT = "    ";
  private static final Set<String> KEYWORDS = Set.of("workspace", "model", "views", "styles",
      "element", "relationship", "person", "softwaresystem", "container", "component", "group",
      "enterprise", "deploymentenvironment", "deploymentgroup", "deploymentnode",
      "infrastructurenode", "softwaresysteminstance", "containerinstance", "healthcheck",
      "tags", "tag", "description", "technology", "url", "properties", "perspectives", "this",
      "include", "exclude", "autolayout", "animation", "title", "theme", "themes", "branding",
      "terminology", "configuration", "users", "systemlandscape", "systemcontext", "filtered",
      "dynamic", "deployment", "custom", "image", "documentation", "decisions", "instances",
      "name", "archetypes", "extends", "impliedrelationships", "identifiers", "docs", "adrs",
      "constant", "const", "var", "ref", "script", "plugin", SYSTEM);

  private StructurizrWriter() {}

  /**
   * Writes a topology with the {@linkplain StructurizrOptions#defaults() default options}.
   *
   * @param topology the topology
   * @return the text and the identifiers that differ from the names
   * @throws StructurizrException if the topology is null
   * @throws dev.topology.api.InvalidTopologyException if the topology does not resolve against
   *     the default deployment
   */
  public static StructurizrExport write(Topology topology) {
    return write(topology, StructurizrOptions.defaults());
  }

  /**
   * Writes a topology as a Structurizr DSL workspace.
   *
   * @param topology the topology
   * @param options the system's name and the deployment
   * @return the text and the identifiers that differ from the names
   * @throws StructurizrException if a value is null
   * @throws dev.topology.api.InvalidTopologyException if the topology does not resolve against
   *     the options' deployment
   */
  public static StructurizrExport write(Topology topology, StructurizrOptions options) {
    if (topology == null || options == null) {
      throw new StructurizrException("A Structurizr workspace is written from a topology and"
          + " options, not null.");
    }
    Topology resolved = topology.resolve(options.deployment());
    Map<String, String> ids = identifiers(resolved.names());
    StringBuilder text = new StringBuilder();
    String system = quote(options.systemName());
    text.append("workspace ").append(system).append(' ')
        .append(quote(resolved.size() + " services and their dependencies.")).append(" {\n\n");
    text.append(INDENT).append("model {\n");
    text.append(INDENT.repeat(2)).append(SYSTEM).append(" = softwareSystem ").append(system)
        .append(" {\n");
    for (Service service : resolved.services()) {
      text.append(INDENT.repeat(3)).append(ids.get(service.name())).append(" = container ")
          .append(quote(service.name())).append(' ').append(quote(service.role())).append(' ')
          .append(quote(service.image().orElse(""))).append(' ')
          .append(quote(String.join(",", tags(service)))).append('\n');
    }
    text.append(INDENT.repeat(2)).append("}\n\n");
    for (Service service : resolved.services()) {
      for (Dependency dependency : service.dependencies()) {
        Service target = resolved.service(dependency.target());
        text.append(INDENT.repeat(2)).append(ids.get(service.name())).append(" -> ")
            .append(ids.get(target.name())).append(' ')
            .append(quote(description(dependency, target))).append(" \"\" ")
            .append(quote(String.join(",", tags(dependency, target)))).append('\n');
      }
    }
    text.append(INDENT).append("}\n\n");
    views(text);
    text.append("}\n");
    Map<String, String> renamed = new TreeMap<>();
    ids.forEach((name, id) -> {
      if (!name.equals(id)) {
        renamed.put(name, id);
      }
    });
    return StructurizrExport.of(text.toString(), renamed);
  }

  private static void views(StringBuilder text) {
    String in = INDENT.repeat(2);
    text.append(INDENT).append("views {\n");
    text.append(in).append("container ").append(SYSTEM).append(" \"Containers\" {\n");
    text.append(in).append(INDENT).append("include *\n");
    text.append(in).append(INDENT).append("autoLayout lr\n");
    text.append(in).append("}\n\n");
    text.append(in).append("styles {\n");
    for (Severity severity : Severity.values()) {
      style(text, "element", Palette.severityLabel(severity), "background " + Palette.fill(
          severity), "stroke " + Palette.stroke(severity), "color #000000");
    }
    style(text, "element", Palette.ONE_SHOT, "border dashed");
    style(text, "element", Palette.STARTUP_ONLY, "border dashed");
    style(text, "element", Palette.EXTERNAL, "border dotted", "opacity 60");
    style(text, "relationship", "startup", "color " + Palette.STARTUP_EDGE, "dashed false");
    style(text, "relationship", "runtime", "color " + Palette.RUNTIME_EDGE, "dashed true");
    style(text, "relationship", "optional", "color " + Palette.OPTIONAL_EDGE, "dashed true");
    style(text, "relationship", GATE, "color " + Palette.GATE_EDGE);
    text.append(in).append("}\n");
    text.append(INDENT).append("}\n");
  }

  private static void style(StringBuilder text, String what, String tag, String... lines) {
    String in = INDENT.repeat(3);
    text.append(in).append(what).append(' ').append(quote(tag)).append(" {\n");
    for (String line : lines) {
      text.append(in).append(INDENT).append(line).append('\n');
    }
    text.append(in).append("}\n");
  }

  private static List<String> tags(Service service) {
    List<String> tags = new ArrayList<>();
    tags.add(Palette.severityLabel(service.severity()));
    if (service.lifecycle() == Lifecycle.ONE_SHOT) {
      tags.add(Palette.ONE_SHOT);
    } else if (service.lifecycle() == Lifecycle.STARTUP_ONLY) {
      tags.add(Palette.STARTUP_ONLY);
    }
    if (service.external()) {
      tags.add(Palette.EXTERNAL);
    }
    if (service.startupGate()) {
      tags.add(GATE);
    }
    return tags;
  }

  /** What the relationship says, as the class lists it. */
  static String description(Dependency dependency, Service target) {
    if (dependency.kind() == DependencyKind.RUNTIME) {
      return dependency.required() ? "talks to" : "talks to, optional";
    }
    if (!dependency.required()) {
      return "optional";
    }
    return target.lifecycle() == Lifecycle.LONG_RUNNING ? "requires" : "startup only";
  }

  private static List<String> tags(Dependency dependency, Service target) {
    List<String> tags = new ArrayList<>();
    tags.add(dependency.kind().name().toLowerCase(Locale.ROOT));
    if (!dependency.required()) {
      tags.add("optional");
    }
    if (dependency.kind() == DependencyKind.STARTUP && dependency.required()
        && target.lifecycle() != Lifecycle.LONG_RUNNING) {
      tags.add("startup only");
    }
    if (target.startupGate() && dependency.kind() == DependencyKind.STARTUP) {
      tags.add(GATE);
    }
    return tags;
  }

  /** Identifiers by service name, in the order given: valid names kept, the rest made valid. */
  static Map<String, String> identifiers(List<String> names) {
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    taken.add(SYSTEM);
    for (String name : names) {
      if (name.matches("[a-zA-Z0-9_-]+")
          && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT))
          && taken.add(name.toLowerCase(Locale.ROOT))) {
        ids.put(name, name);
      }
    }
    for (String name : names) {
      if (ids.containsKey(name)) {
        continue;
      }
      String base = name.replaceAll("[^a-zA-Z0-9_-]", "_");
      if (KEYWORDS.contains(base.toLowerCase(Locale.ROOT))) {
        base = "s_" + base;
      }
      String candidate = base;
      for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
        candidate = base + "_" + n;
      }
      ids.put(name, candidate);
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    names.forEach(n -> ordered.put(n, ids.get(n)));
    return ordered;
  }

  /**
   * Text as a DSL string: quotes escaped, line breaks as spaces. The DSL reads {@code \"} as a
   * quote and every other backslash as itself, so a backslash that would stand before a quote
   * (the text's last character, or one before a quote of the text) is followed by a space.
   */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted.append('\\').append(c);
      } else if (c == '\\') {
        quoted.append(c);
        if (i + 1 == text.length() || text.charAt(i + 1) == '"') {
          quoted.append(' ');
        }
      } else if (c == '\n' || c == '\r' || Character.isISOControl(c)) {
        quoted.append(' ');
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
