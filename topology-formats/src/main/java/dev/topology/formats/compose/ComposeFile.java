package dev.topology.formats.compose;

import dev.topology.api.TopologyException;

/**
 * One Compose file given to {@link ComposeReader#read(java.util.List)}: how the caller names it,
 * and its text.
 *
 * <p>The path is {@code /}-separated, relative (such as {@code compose.override.yaml} or {@code
 * deploy/compose.yaml}) or absolute. The reader uses it in messages, and resolves the relative
 * paths the file names ({@code extends.file}, {@code include}) from its folder, as Compose
 * does. It is never opened: the library does no I/O.
 *
 * @param path how the caller names the file; not empty
 * @param text the file's text
 */
public record ComposeFile(String path, String text) {
  /**
   * Creates a file.
   *
   * @param path how the caller names the file; not empty
   * @param text the file's text
   * @throws TopologyException if a value is null or the path is empty
   */
  public ComposeFile {
    if (path == null || text == null || path.isEmpty()) {
      throw new TopologyException("A Compose file needs a path (not empty) and a text, not null"
          + " (path " + (path == null ? "null" : Interpolation.quote(path)) + ").");
    }
  }

  /**
   * Returns a file.
   *
   * @param path how the caller names the file; not empty
   * @param text the file's text
   * @return the file
   * @throws TopologyException if a value is null or the path is empty
   */
  public static ComposeFile of(String path, String text) {
    return new ComposeFile(path, text);
  }

  /**
   * Returns the path and the length of the text, not the text.
   *
   * @return such as {@code ComposeFile[compose.yaml, 1234 characters]}
   */
  @Override
  public String toString() {
    return "ComposeFile[" + path + ", " + text.length() + " characters]";
  }
}
