package dev.topology.formats.compose;

import java.util.Optional;

/**
 * Gives the reader the text of a file that a Compose file names: the file of an {@code extends}
 * and each file of an {@code include}. The library does no I/O; the caller decides which files
 * may be read, and reads them.
 *
 * <p>The path is normalized by the reader, as text only: {@code /}-separated, without {@code .}
 * segments, {@code ..} resolved where it can be, no repeated {@code /}. A relative path is
 * relative to the folder of the <em>first</em> file of the project (the project folder), so a
 * path that leaves that folder starts with {@code ../}; an absolute path stays absolute. The
 * reader asks for each file once per read.
 *
 * <pre>{@code
 * Map<String, String> files = Map.of("common/base.yml", baseYaml);
 * ComposeReader reader = ComposeReader.builder()
 *     .resolver(path -> Optional.ofNullable(files.get(path)))
 *     .build();
 * }</pre>
 *
 * <p>An implementation may be called from any thread that reads with the reader.
 */
@FunctionalInterface
public interface ComposeFileResolver {
  /**
   * Returns the text of a file.
   *
   * @param path the normalized path, relative to the project folder or absolute
   * @return the file's text, or empty if there is no such file
   * @throws ComposeFileException to refuse the path (one outside the project folder, say); the
   *     reader reports each of its problems' messages at the place that names the path
   */
  Optional<String> read(String path);
}
