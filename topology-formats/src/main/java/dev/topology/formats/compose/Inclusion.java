package dev.topology.formats.compose;

import dev.topology.api.internal.Quoting;
import dev.topology.formats.compose.ComposeLoading.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A file's top-level {@code include}, applied as compose-spec {@code 14-include.md} and
 * compose-go {@code loader/include.go} say: each entry ({@code - other.yml}, or {@code - path:
 * other.yml} or {@code path: [a.yml, b.yml]}, merged in order) is loaded as a project of its own,
 * its relative paths resolved from its own folder, its own includes and extends applied; its
 * services are then added to the including file. A service that the including file (or an
 * earlier include) defines differently is an error, as in Compose; the same definition twice is
 * not. A file that includes itself, directly or through others, is an error.
 *
 * <p>The long syntax's {@code project_directory} and {@code env_file} are not read: the reader
 * has no folders, and takes its variables from the caller alone.
 */
final class Inclusion {
  /** The deepest nesting of included files. */
  static final int MAX_DEPTH = 100;
  private final ComposeLoading loading;
  private final Source source;
  private final List<String> including;
  /** The files of the entry being included, as written, for messages. */
  private String named = "";

  /**
   * @param including the paths of the files being included, the outermost first, to find cycles
   */
  Inclusion(ComposeLoading loading, Source source, List<String> including) {
    this.loading = loading;
    this.source = source;
    this.including = including;
  }

  /** Adds the services of every file {@code include} names to {@code services}. */
  void include(Object include, Map<Object, Object> services) {
    if (!(include instanceof List<?> entries)) {
      loading.problem(source, "include", "'include' is a list of files, not "
          + Values.kind(include) + ".");
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      String place = "include[" + i + "]";
      Object document = entry(entries.get(i), place);
      if (document instanceof Map<?, ?> root && root.get("services") instanceof Map<?, ?> own) {
        add(own, services, place);
      }
    }
  }

  /** The merged document of one entry's files; null after a problem. */
  private Object entry(Object entry, String place) {
    Object paths = entry instanceof Map<?, ?> settings ? settings.get("path") : entry;
    List<?> files = paths instanceof List<?> list ? list : List.of(paths == null ? "" : paths);
    if (files.isEmpty() || (entry instanceof Map<?, ?> && paths == null)) {
      loading.problem(source, place, "An entry of 'include' is a file, or a mapping whose"
          + " 'path' is a file or a list of files.");
      return null;
    }
    named = String.join(", ", files.stream().map(f -> Quoting.quote(Values.key(f)))
        .toList());
    Object merged = null;
    for (Object file : files) {
      String name = loading.text(file, source, place);
      if (name == null) {
        return null;
      }
      if (name.isEmpty()) {
        loading.problem(source, place, "An entry of 'include' names a file, not empty text.");
        return null;
      }
      String path = loading.resolve(source, name);
      if (including.contains(path)) {
        List<String> cycle = new ArrayList<>(including.subList(including.indexOf(path),
            including.size()));
        cycle.add(path);
        loading.problem(source, place, "'include' forms a cycle: " + String.join(" -> ", cycle)
            + "; a file cannot include itself, directly or through others.");
        return null;
      }
      if (including.size() > MAX_DEPTH) {
        loading.problem(source, place, "'include' nests files more than " + MAX_DEPTH
            + " deep; that is the limit.");
        return null;
      }
      Source included = loading.source(path, source, place);
      if (included == null) {
        return null;
      }
      List<String> deeper = new ArrayList<>(including);
      deeper.add(path);
      Object document = loading.expand(included, deeper);
      merged = merged == null ? document : loading.merge(included).documents(merged, document);
    }
    return ComposeMerge.settled(merged);
  }

  private void add(Map<?, ?> included, Map<Object, Object> services, String place) {
    for (Map.Entry<?, ?> service : included.entrySet()) {
      Object present = services.get(service.getKey());
      if (present == null && !services.containsKey(service.getKey())) {
        services.put(service.getKey(), service.getValue());
      } else if (!ComposeLoading.same(present, service.getValue())) {
        loading.problem(source, place, named + " defines the service '"
            + Values.key(service.getKey()) + "', which is defined here already; Compose refuses"
            + " a service defined differently by a file and one it includes (rename one, or"
            + " change it in an override file).");
      }
    }
  }

  @Override
  public String toString() {
    return "Inclusion[" + source.display() + "]";
  }
}
