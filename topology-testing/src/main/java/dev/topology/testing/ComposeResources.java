package dev.topology.testing;

import dev.topology.formats.compose.ComposeFile;
import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.compose.ComposeProject;
import dev.topology.formats.compose.ComposeReader;
import dev.topology.formats.compose.DotEnv;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Compose file of the class path as {@code docker compose} reads one from its folder:
 * the files it names are resources relative to that folder, its {@code .env} gives the
 * variables.
 */
final class ComposeResources {
  private ComposeResources() {}

  static ComposeProject read(String name) {
    String text = ClassPathResources.read(name, "a Compose file");
    String folder = folder(name);
    Map<String, String> variables = ClassPathResources.find(join(folder, ".env"))
        .map(DotEnv::parse).orElse(Map.of());
    ComposeReader reader = ComposeReader.builder()
        .variables(variables)
        .resolver(path -> resolve(folder, path))
        .build();
    return reader.read(ComposeFile.of(name, text));
  }

  /** The text of a file a Compose file names, by its path from the project folder. */
  private static Optional<String> resolve(String folder, String path) {
    if (path.startsWith("/")) {
      throw new ComposeFileException(path, "A Compose file read from the class path names the"
          + " absolute path '" + path + "'; name files relative to its folder, as resources of"
          + " the class path.");
    }
    String resource = normalize(join(folder, path));
    if (resource.startsWith("../") || resource.equals("..")) {
      throw new ComposeFileException(path, "The path '" + path + "' leaves the class path's"
          + " root folder (from '" + folder + "'); name a resource of the class path.");
    }
    return ClassPathResources.find(resource);
  }

  private static String folder(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  private static String join(String folder, String path) {
    return folder.isEmpty() ? path : folder + "/" + path;
  }

  private static String normalize(String path) {
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..") && !segments.isEmpty() && !segments.peekLast().equals("..")) {
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }
}
