package dev.topology.cli;

import dev.topology.api.Topology;
import dev.topology.api.TopologyException;
import dev.topology.api.internal.Quoting;
import dev.topology.api.json.TopologyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a topology file in the library's JSON format, refusing what cannot be read safely.
 *
 * <p>A file named {@code -} is standard input, as for most command-line tools.
 *
 * <p>The file is read only up to {@link TopologyJson#MAX_DOCUMENT_LENGTH} bytes, whatever it
 * claims to hold, so a huge file, a growing one or a device such as {@code /dev/zero} costs
 * bounded memory. The text must be UTF-8; a leading byte order mark is skipped.
 */
final class TopologyFiles {
  private static final long LIMIT = TopologyJson.MAX_DOCUMENT_LENGTH;

  private TopologyFiles() {}

  /**
   * Reads and validates the topology in a file.
   *
   * @throws UserError if the file cannot be read, is too large or is not UTF-8
   * @throws FileProblem wrapping the library's exception when the content is not a valid
   *     topology, so that the message can say which file
   */
  static Topology read(Path file, TopologyCli cli) {
    String text = contents(file, cli);
    try {
      return TopologyJson.read(text);
    } catch (TopologyException e) {
      throw new FileProblem(file, e);
    }
  }

  /** The text of a file option's file, or of standard input for {@code -}. */
  static String contents(Path file, TopologyCli cli) {
    return isStdin(file) ? stdinText(file, cli.stdin()) : text(file);
  }

  /** Whether a file option names standard input. */
  static boolean isStdin(Path file) {
    return file.toString().equals("-");
  }

  private static String stdinText(Path file, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(Math.toIntExact(LIMIT + 1));
    } catch (IOException e) {
      throw new UserError("Standard input cannot be read: " + e.getMessage());
    }
    if (bytes.length > LIMIT) {
      throw tooLarge(file);
    }
    return decode(file, bytes);
  }

  static String text(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserError(name(file) + " is a directory, not a file.");
    }
    byte[] bytes;
    try {
      if (Files.isRegularFile(file) && Files.size(file) > LIMIT) {
        throw tooLarge(file);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(Math.toIntExact(LIMIT + 1));
      }
    } catch (NoSuchFileException e) {
      throw new UserError(name(file) + " does not exist.");
    } catch (AccessDeniedException e) {
      throw new UserError(name(file) + " cannot be read: permission denied.");
    } catch (IOException e) {
      throw new UserError(name(file) + " cannot be read: " + e.getMessage());
    }
    if (bytes.length > LIMIT) {
      throw tooLarge(file);
    }
    return decode(file, bytes);
  }

  private static String decode(Path file, byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new UserError(capitalized(name(file)) + " is not UTF-8 text: byte " + in.position()
          + " does not decode.");
    }
    return out.flip().toString();
  }

  private static UserError tooLarge(Path file) {
    return new UserError(capitalized(name(file)) + " is larger than the limit of " + LIMIT
        + " bytes (" + (LIMIT >> 20) + " MiB) for a file the tool reads.");
  }

  static String name(Path file) {
    return isStdin(file) ? "standard input" : Quoting.quote(file.toString());
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The library's exception about a file's content, with the file it came from. */
  static final class FileProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String shown;

    FileProblem(Path file, TopologyException cause) {
      this(file, name(file), cause);
    }

    /** A problem of files shown together, such as {@code 'a.yaml' + 'b.yaml'}. */
    FileProblem(Path file, String shown, TopologyException cause) {
      super(cause.getMessage(), cause);
      this.file = file;
      this.shown = shown;
    }

    Path file() {
      return file;
    }

    /** The file (or files) as messages name them, each name quoted once. */
    String shown() {
      return shown;
    }

    TopologyException problem() {
      return (TopologyException) getCause();
    }
  }
}
