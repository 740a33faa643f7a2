package dev.topology.formats.compose;

import dev.topology.api.Problem;

/**
 * The problems of a Compose file, placed by the dotted path of their key and, once known, by
 * their file; an empty path or file means none.
 */
final class Problems {
  private Problems() {}

  /** A problem of the document's form at {@code path}. */
  static Problem at(String path, String message) {
    return at(Problem.Kind.INVALID_DOCUMENT, path, message);
  }

  /** A problem of a kind at {@code path}. */
  static Problem at(Problem.Kind kind, String path, String message) {
    Problem.Builder problem = Problem.builder().kind(kind).message(message);
    if (!path.isEmpty()) {
      problem.path(path);
    }
    return problem.build();
  }

  /** A problem of the document's form at {@code path} of {@code file}. */
  static Problem in(String file, String path, String message) {
    return in(Problem.Kind.INVALID_DOCUMENT, file, path, message);
  }

  /** A problem of a kind at {@code path} of {@code file}. */
  static Problem in(Problem.Kind kind, String file, String path, String message) {
    return at(kind, path, message).inFile(file);
  }

  /** A problem of the model, placed at {@code path} of the document unless it is empty. */
  static Problem placed(Problem problem, String path) {
    return path.isEmpty() ? problem : problem.toBuilder().path(path).build();
  }

  /** The dotted path of a problem; empty for the document as a whole. */
  static String path(Problem problem) {
    return problem.path().orElse("");
  }

  /** The file of a problem; empty when it has none. */
  static String file(Problem problem) {
    return problem.file().orElse("");
  }
}
