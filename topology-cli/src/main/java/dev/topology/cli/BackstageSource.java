package dev.topology.cli;

import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.formats.backstage.BackstageException;
import dev.topology.formats.backstage.BackstageImport;
import dev.topology.formats.backstage.BackstageReadOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The topology of {@code --backstage FILE}: the file's Components and Resources, with what the
 * reader assumed or left out said on standard error.
 */
final class BackstageSource {
  private BackstageSource() {}

  static Topology read(Path file, Severity defaultSeverity, boolean missingAsExternal,
      TopologyCli cli) {
    String text = TopologyFiles.contents(file, cli);
    BackstageImport read;
    try {
      read = dev.topology.formats.backstage.BackstageReader.read(text,
          BackstageReadOptions.builder().defaultSeverity(defaultSeverity)
              .missingAsExternal(missingAsExternal).build());
    } catch (BackstageException e) {
      throw new TopologyFiles.FileProblem(file, e);
    }
    String shown = TopologyFiles.name(file);
    if (!read.assumedSeverity().isEmpty()) {
      cli.note(read.assumedSeverity().size() + " services of " + shown + " state no severity"
          + " and took " + defaultSeverity.name().toLowerCase(java.util.Locale.ROOT) + ": "
          + String.join(", ", read.assumedSeverity()) + ".");
    }
    if (!read.placeholders().isEmpty()) {
      cli.note(read.placeholders().size() + " entities that " + shown + " refers to but does"
          + " not have are external placeholders: " + String.join(", ", read.placeholders())
          + ".");
    }
    if (!read.ignored().isEmpty()) {
      cli.note(shown + " also holds entities of other kinds, which carry no dependencies: "
          + read.ignored().entrySet().stream().map(BackstageSource::count)
              .collect(Collectors.joining(", ")) + ".");
    }
    return read.topology();
  }

  private static String count(Map.Entry<String, Integer> kind) {
    return kind.getValue() + " " + kind.getKey();
  }
}
