package dev.topology.formats.compose;

import dev.topology.api.Problem;
import dev.topology.api.internal.Quoting;
import dev.topology.formats.internal.HardenedYaml;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compose's variable interpolation over one value, from the variables the caller gave and
 * nothing else: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}} (unset or empty),
 * {@code ${VAR-default}} (unset), {@code ${VAR:?error}} and {@code ${VAR?error}} (required),
 * {@code ${VAR:+other}} and {@code ${VAR+other}} (replacement when set), {@code $$} for a
 * literal {@code $}. Defaults may hold further interpolations.
 *
 * <p>A variable that is unset and has no default becomes empty text, as Compose makes it; where
 * the value names something (a service, a profile), the caller asks for it to be a problem
 * instead. A required variable that is missing fails as compose-go's {@code template} package
 * fails it ({@code withRequired}: "required variable NAME is missing a value: REASON"), and
 * {@link #check} applies that to every string of a file, as Compose interpolates the whole
 * file, keys it does not map included.
 */
final class Interpolation {
  private static final int MAX_NESTING = 16;
  private final Function<String, String> variables;

  Interpolation(Map<String, String> variables) {
    this.variables = variables::get;
  }

  /** Interpolation from a lookup that answers null for an unset variable. */
  Interpolation(Function<String, String> lookup) {
    this.variables = lookup;
  }

  /**
   * Interpolates {@code text}, reporting problems at {@code path}.
   *
   * @param mustBeSet whether an unset variable without a default is a problem
   * @return the text, or null if a problem was reported
   */
  String apply(String text, String path, boolean mustBeSet, List<Problem> problems) {
    return apply(text, path, mustBeSet, problems, 0);
  }

  private String apply(String text, String path, boolean mustBeSet,
      List<Problem> problems, int level) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    if (level > MAX_NESTING) {
      problems.add(Problems.at(Problem.Kind.LIMIT_EXCEEDED, path,
          "The value nests interpolations more than " + MAX_NESTING + " deep."));
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 == text.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{') {
        int end = closing(text, i + 2);
        if (end < 0) {
          problems.add(Problems.at(path, "The value " + Quoting.quote(text) + " opens '${' without"
              + " closing it with '}'; write $$ for a literal $."));
          return null;
        }
        String braced = braced(text.substring(i + 2, end), text, path, mustBeSet, problems,
            level);
        if (braced == null) {
          return null;
        }
        out.append(braced);
        i = end + 1;
      } else if (isNameStart(next)) {
        int end = i + 1;
        while (end < text.length() && isNamePart(text.charAt(end))) {
          end++;
        }
        String name = text.substring(i + 1, end);
        String value = variables.apply(name);
        if (value == null && mustBeSet) {
          problems.add(unset(path, name));
          return null;
        }
        out.append(value == null ? "" : value);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The value of {@code ${expression}}, or null after reporting a problem. */
  private String braced(String expression, String text, String path, boolean mustBeSet,
      List<Problem> problems, int level) {
    int n = 0;
    while (n < expression.length() && (n == 0 ? isNameStart(expression.charAt(n))
        : isNamePart(expression.charAt(n)))) {
      n++;
    }
    String name = expression.substring(0, n);
    String rest = expression.substring(n);
    if (name.isEmpty()) {
      problems.add(Problems.at(path, "The value " + Quoting.quote(text) + " holds ${" + expression
          + "}, which names no variable; a name is letters, digits and _, not starting with a"
          + " digit."));
      return null;
    }
    String value = variables.apply(name);
    if (rest.isEmpty()) {
      if (value == null && mustBeSet) {
        problems.add(unset(path, name));
        return null;
      }
      return value == null ? "" : value;
    }
    boolean colon = rest.startsWith(":");
    String operator = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
    String argument = rest.substring(operator.length());
    boolean missing = value == null || (colon && value.isEmpty());
    switch (operator) {
      case ":-", "-" -> {
        return missing ? apply(argument, path, mustBeSet, problems, level + 1) : value;
      }
      case ":?", "?" -> {
        if (missing) {
          // compose-go template.withRequired: the reason is itself interpolated, and the
          // message is "required variable NAME is missing a value: REASON".
          String reason = apply(argument, path, false, problems, level + 1);
          if (reason == null) {
            return null;
          }
          problems.add(Problems.at(Problem.Kind.UNSET_VARIABLE, path,
              "required variable " + name + " is missing a value"
                  + (reason.isEmpty() ? "." : ": " + reason)));
          return null;
        }
        return value;
      }
      case ":+", "+" -> {
        return missing ? "" : apply(argument, path, mustBeSet, problems, level + 1);
      }
      default -> {
        problems.add(Problems.at(path, "The value " + Quoting.quote(text) + " holds ${"
            + expression + "}, which is not an interpolation Compose knows; use ${NAME},"
            + " ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}, ${NAME:+other}"
            + " or ${NAME+other}."));
        return null;
      }
    }
  }

  /**
   * Interpolates every string value of a parsed file (not its keys, as compose-go's {@code
   * interpolation} package does), reporting required variables that are missing and values that
   * are not interpolations Compose knows. A container shared through YAML aliases is walked
   * once, so the cost is linear in the nodes of the text.
   *
   * @param root the file's values: maps, lists, strings and other scalars
   * @param problems receives each problem, at its dotted path
   */
  void check(Object root, List<Problem> problems) {
    java.util.Set<Object> seen = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    java.util.Deque<Object[]> stack = new java.util.ArrayDeque<>();
    stack.push(new Object[] {root, ""});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      Object value = top[0];
      String path = (String) top[1];
      if (value instanceof String text) {
        apply(text, path, false, problems);
      } else if (value instanceof HardenedYaml.Replace replace) {
        stack.push(new Object[] {replace.value(), path});
      } else if (value instanceof Map<?, ?> map && seen.add(map)) {
        List<Map.Entry<?, ?>> entries = new java.util.ArrayList<>(map.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
          String key = String.valueOf(entries.get(i).getKey());
          stack.push(new Object[] {entries.get(i).getValue(),
              path.isEmpty() ? key : path + "." + key});
        }
      } else if (value instanceof List<?> list && seen.add(list)) {
        for (int i = list.size() - 1; i >= 0; i--) {
          stack.push(new Object[] {list.get(i), path + "[" + i + "]"});
        }
      }
    }
  }

  /** The position of the '}' that closes a '${' whose content starts at {@code from}, or -1. */
  private static int closing(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  private static Problem unset(String path, String name) {
    return Problems.at(Problem.Kind.UNSET_VARIABLE, path, "The variable " + Quoting.quote(name)
        + " is not set and has no default; give it a value, or a default with ${" + name
        + ":-value}.");
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
