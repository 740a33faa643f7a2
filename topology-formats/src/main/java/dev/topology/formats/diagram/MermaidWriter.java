package dev.topology.formats.diagram;

import dev.topology.api.Severity;
import dev.topology.formats.internal.Palette;

/**
 * Writes a {@link Drawing} as a Mermaid flowchart. Node IDs are {@code s} and the service's
 * index in name order, safe identifiers that no keyword ({@code end}, {@code graph}) can
 * collide with; the name is the quoted label, with {@code # " < > & `} written as entity codes.
 * Legend IDs start with {@code key}, so they cannot collide either.
 */
final class MermaidWriter {
  private static final String[] OPEN = {"(\"", "[/\"", "{{\"", "[(\""};
  private static final String[] CLOSE = {"\")", "\"/]", "\"}}", "\")]"};
  private static final String[] ARROWS = {" --> ", " -.-> ", " ==> ", " --o "};

  private MermaidWriter() {}

  static String write(Drawing d, boolean impact, boolean legend) {
    StringBuilder out = new StringBuilder(256 + 36 * d.nodes.length + 16 * d.from.length);
    out.append("%% ").append(d.title).append('\n').append("flowchart BT\n");
    classes(out);
    if (legend) {
      legend(out, impact, d.hasOptionalEdges());
    }
    for (int v : d.nodes) {
      Severity severity = d.service(v).severity();
      int shape = d.shape(v).ordinal();
      out.append("  s").append(v).append(OPEN[shape]);
      label(out, d.name(v));
      out.append(CLOSE[shape]).append(":::").append(className(severity, d.failed[v]))
          .append('\n');
    }
    for (int kind = 0; kind < ARROWS.length; kind++) {
      for (int i = d.start[kind]; i < d.start[kind + 1]; i++) {
        out.append("  s").append(d.from[i]).append(ARROWS[kind]).append('s').append(d.to[i])
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String className(Severity severity, boolean failed) {
    return severity.name().toLowerCase(java.util.Locale.ROOT) + (failed ? "Failed" : "");
  }

  private static void classes(StringBuilder out) {
    for (Severity severity : Severity.values()) {
      String common = "fill:" + Palette.fill(severity) + ",color:#000000,stroke:";
      out.append("  classDef ").append(className(severity, false)).append(' ').append(common)
          .append(Palette.stroke(severity)).append(",stroke-width:1px\n");
      out.append("  classDef ").append(className(severity, true)).append(' ').append(common)
          .append(Palette.FAILED_STROKE).append(",stroke-width:4px\n");
    }
    out.append("  classDef key fill:").append(Palette.PLAIN_FILL).append(",color:#000000,stroke:")
        .append(Palette.PLAIN_STROKE).append(",stroke-width:1px\n");
    out.append("  classDef keyFailed fill:").append(Palette.PLAIN_FILL)
        .append(",color:#000000,stroke:").append(Palette.FAILED_STROKE)
        .append(",stroke-width:4px\n");
  }

  private static void legend(StringBuilder out, boolean impact, boolean optional) {
    out.append("  subgraph keys [\"Legend\"]\n");
    for (Severity severity : Severity.values()) {
      key(out, "key" + severity.name(), 0, Palette.severityLabel(severity),
          className(severity, false));
    }
    key(out, "keyOneShot", 1, Palette.ONE_SHOT, "key");
    key(out, "keyStartupOnly", 2, Palette.STARTUP_ONLY, "key");
    key(out, "keyExternal", 3, Palette.EXTERNAL, "key");
    if (impact) {
      key(out, "keyFailed", 0, Palette.FAILED, "keyFailed");
    }
    String[] words = {Palette.NEEDS, Palette.TALKS, Palette.GATE, Palette.WANTS};
    for (int kind = 0; kind < words.length; kind++) {
      if (kind == Drawing.GATE && !impact || kind == Drawing.OPTIONAL && !optional) {
        continue;
      }
      key(out, "keyFrom" + kind, 0, "a", "key");
      key(out, "keyTo" + kind, 0, "b", "key");
      out.append("    keyFrom").append(kind).append(ARROWS[kind].stripTrailing()).append("|\"")
          .append(words[kind]).append("\"| keyTo").append(kind).append('\n');
    }
    out.append("  end\n");
  }

  private static void key(StringBuilder out, String id, int shape, String label, String type) {
    out.append("    ").append(id).append(OPEN[shape]).append(label).append(CLOSE[shape])
        .append(":::").append(type).append('\n');
  }

  private static void label(StringBuilder out, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '`' -> out.append("#96;");
        default -> out.append(c);
      }
    }
  }
}
