package dev.topology.formats.compose;

import dev.topology.api.TopologyException;
import dev.topology.api.internal.Quoting;
import org.immutables.value.Value;

/**
 * One Compose file given to {@link ComposeReader#read(java.util.List)}: how the caller names it,
 * and its text.
 *
 * <pre>{@code
 * ComposeFile.of("compose.override.yaml", text);
 * }</pre>
 *
 * <p>The path is {@code /}-separated, relative (such as {@code compose.override.yaml} or {@code
 * deploy/compose.yaml}) or absolute. The reader uses it in messages, and resolves the relative
 * paths the file names ({@code extends.file}, {@code include}) from its folder, as Compose
 * does. It is never opened: the library does no I/O. Immutable.
 */
@Value.Immutable
public abstract class ComposeFile {
  ComposeFile() {}

  /**
   * Returns how the caller names the file.
   *
   * @return the path; not empty
   */
  public abstract String path();

  /**
   * Returns the file's text.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns a file.
   *
   * @param path how the caller names the file; not empty
   * @param text the file's text
   * @return the file
   * @throws TopologyException if a value is null or the path is empty
   */
  public static ComposeFile of(String path, String text) {
    return builder().path(path).text(text).build();
  }

  /**
   * Returns an empty builder; {@link Builder#path(String)} and {@link Builder#text(String)} are
   * required.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this file's path and text.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Refuses a missing value and an empty path. */
  @Value.Check
  protected void check() {
    String path = path();
    if (path == null || text() == null || path.isEmpty()) {
      throw new TopologyException("A Compose file needs a path (not empty) and a text, not null"
          + " (path " + Quoting.quote(path) + ").");
    }
  }

  /**
   * Returns the path and the length of the text, not the text.
   *
   * @return such as {@code ComposeFile[compose.yaml, 1234 characters]}
   */
  @Override
  public String toString() {
    return "ComposeFile[" + path() + ", " + text().length() + " characters]";
  }

  /** Builds a {@link ComposeFile}. */
  public static final class Builder extends ImmutableComposeFile.Builder {
    Builder() {}
  }
}
