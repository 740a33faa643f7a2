package dev.topology.formats.diagram;

import dev.topology.api.Severity;
import dev.topology.formats.internal.Palette;

/**
 * Writes a {@link Drawing} as Graphviz DOT. Every name is a quoted ID, with {@code \} and
 * {@code "} escaped, so any name is accepted and shown as it is; legend IDs hold a space, which
 * no service name can. Nodes are written group by group, each group after a {@code node [...]}
 * statement that sets its style, so that a node costs one short line.
 */
final class DotWriter {
  private static final String[] SHAPES = {
    "shape=box, style=\"rounded,filled\"", "shape=parallelogram, style=filled",
    "shape=hexagon, style=filled", "shape=cylinder, style=filled"};
  private static final String[] EDGES = {
    "style=solid, color=\"" + Palette.STARTUP_EDGE + "\", penwidth=1",
    "style=dashed, color=\"" + Palette.RUNTIME_EDGE + "\", penwidth=1",
    "style=dotted, color=\"" + Palette.GATE_EDGE + "\", penwidth=2",
    "style=solid, color=\"" + Palette.OPTIONAL_EDGE + "\", penwidth=1, arrowhead=odot"};

  private DotWriter() {}

  static String write(Drawing d, boolean impact, boolean legend) {
    StringBuilder out = new StringBuilder(64 + 40 * d.nodes.length + 30 * d.from.length);
    out.append("// ").append(d.title).append('\n')
        .append("digraph ").append(impact ? "impact" : "topology").append(" {\n")
        .append("  rankdir=BT;\n")
        .append("  node [fontname=\"Helvetica\", fontsize=11, fontcolor=\"#000000\"];\n")
        .append("  edge [arrowsize=0.7];\n");
    if (legend) {
      legend(out, impact, d.hasOptionalEdges());
    }
    nodes(out, d);
    for (int kind = 0; kind < EDGES.length; kind++) {
      if (d.start[kind] < d.start[kind + 1]) {
        out.append("  edge [").append(EDGES[kind]).append("];\n");
      }
      for (int i = d.start[kind]; i < d.start[kind + 1]; i++) {
        out.append("  ").append(id(d.name(d.from[i]))).append(" -> ")
            .append(id(d.name(d.to[i]))).append(";\n");
      }
    }
    return out.append("}\n").toString();
  }

  private static void nodes(StringBuilder out, Drawing d) {
    Severity[] levels = Severity.values();
    for (int failed = 0; failed < 2; failed++) {
      for (Drawing.Shape shape : Drawing.Shape.values()) {
        for (int l = levels.length - 1; l >= 0; l--) {
          boolean header = false;
          for (int v : d.nodes) {
            if (d.failed[v] == (failed == 1) && d.shape(v) == shape
                && d.service(v).severity() == levels[l]) {
              if (!header) {
                header = true;
                out.append("  node [").append(style(shape, levels[l], failed == 1))
                    .append("];\n");
              }
              out.append("  ").append(id(d.name(v))).append(";\n");
            }
          }
        }
      }
    }
  }

  private static String style(Drawing.Shape shape, Severity severity, boolean failed) {
    return SHAPES[shape.ordinal()] + ", fillcolor=\"" + Palette.fill(severity) + "\", color=\""
        + (failed ? Palette.FAILED_STROKE : Palette.stroke(severity)) + "\", penwidth="
        + (failed ? 3 : 1);
  }

  private static void legend(StringBuilder out, boolean impact, boolean optional) {
    out.append("  subgraph cluster_legend {\n    label=\"Legend\";\n    fontname=\"Helvetica\";\n"
        + "    color=\"")
        .append(Palette.PLAIN_STROKE).append("\";\n");
    Severity[] levels = Severity.values();
    for (int l = levels.length - 1; l >= 0; l--) {
      key(out, levels[l].name(), Palette.severityLabel(levels[l]),
          style(Drawing.Shape.SERVICE, levels[l], false));
    }
    String plain = ", fillcolor=\"" + Palette.PLAIN_FILL + "\", color=\"" + Palette.PLAIN_STROKE
        + "\", penwidth=1";
    key(out, "one-shot", Palette.ONE_SHOT, SHAPES[1] + plain);
    key(out, "startup-only", Palette.STARTUP_ONLY, SHAPES[2] + plain);
    key(out, "external", Palette.EXTERNAL, SHAPES[3] + plain);
    if (impact) {
      key(out, "failed", Palette.FAILED, SHAPES[0] + ", fillcolor=\"" + Palette.PLAIN_FILL
          + "\", color=\"" + Palette.FAILED_STROKE + "\", penwidth=3");
    }
    String[] words = {Palette.NEEDS, Palette.TALKS, Palette.GATE, Palette.WANTS};
    for (int kind = 0; kind < words.length; kind++) {
      if (kind == Drawing.GATE && !impact || kind == Drawing.OPTIONAL && !optional) {
        continue;
      }
      key(out, "from " + kind, "a", SHAPES[0] + plain);
      key(out, "to " + kind, "b", SHAPES[0] + plain);
      out.append("    \"legend: from ").append(kind).append("\" -> \"legend: to ").append(kind)
          .append("\" [label=\"").append(words[kind])
          .append("\", fontname=\"Helvetica\", fontsize=9, ").append(EDGES[kind]).append("];\n");
    }
    out.append("  }\n");
  }

  private static void key(StringBuilder out, String id, String label, String style) {
    out.append("    \"legend: ").append(id).append("\" [label=\"").append(label).append("\", ")
        .append(style).append("];\n");
  }

  /** A quoted DOT ID; the default label shows the name as it is. */
  static String id(String name) {
    StringBuilder text = new StringBuilder(name.length() + 2).append('"');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"' || c == '\\') {
        text.append('\\');
      }
      text.append(c);
    }
    return text.append('"').toString();
  }
}
