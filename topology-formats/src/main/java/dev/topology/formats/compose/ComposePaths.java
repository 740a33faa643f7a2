package dev.topology.formats.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths of files as text: {@code /}-separated, normalized without touching a file system, as the
 * reader hands them to a {@link ComposeFileResolver}.
 */
final class ComposePaths {
  private ComposePaths() {}

  /** Without {@code .} segments, repeated {@code /} or a {@code ..} that can be resolved. */
  static String normalize(String path) {
    boolean absolute = path.startsWith("/");
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..") && !segments.isEmpty()
          && !segments.get(segments.size() - 1).equals("..")) {
        segments.remove(segments.size() - 1);
      } else if (!(segment.equals("..") && absolute)) {
        segments.add(segment);
      }
    }
    String joined = String.join("/", segments);
    return absolute ? "/" + joined : joined;
  }

  /** The folder of a normalized path: empty for a file of the current folder. */
  static String folder(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : slash == 0 ? "/" : path.substring(0, slash);
  }

  /** {@code path} resolved from {@code folder}, normalized; an absolute path stays as it is. */
  static String resolve(String folder, String path) {
    if (path.startsWith("/") || folder.isEmpty()) {
      return normalize(path);
    }
    return normalize(folder + "/" + path);
  }

  /** {@code path} relative to {@code folder}, both normalized; absolute if they differ so. */
  static String relative(String folder, String path) {
    if (folder.startsWith("/") != path.startsWith("/")) {
      return path;
    }
    List<String> from = segments(folder);
    List<String> to = segments(path);
    int common = 0;
    while (common < from.size() && common < to.size()
        && from.get(common).equals(to.get(common))) {
      common++;
    }
    if (from.subList(common, from.size()).contains("..")) {
      return path;
    }
    List<String> result = new ArrayList<>();
    for (int i = common; i < from.size(); i++) {
      result.add("..");
    }
    result.addAll(to.subList(common, to.size()));
    return String.join("/", result);
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }
}
