package dev.topology.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads text resources from the test class path: the current thread's context class loader
 * first, then the class loader of the kit. The one place the kit reads anything.
 */
final class ClassPathResources {
  static final String WHERE = "the thread's context class loader and the testing kit's class"
      + " loader";

  private ClassPathResources() {}

  /** The resource name as class loaders take it: {@code /}-separated, no leading {@code /}. */
  static String name(String resource, String what) {
    if (resource == null || resource.isBlank()) {
      throw new IllegalArgumentException(what + " is read from a class-path resource, such as"
          + " \"compose/stack.yml\", not " + (resource == null ? "null." : "blank text."));
    }
    String name = resource.strip().replace('\\', '/');
    while (name.startsWith("/")) {
      name = name.substring(1);
    }
    return name;
  }

  /** The text of a resource, UTF-8; empty if neither class loader has it. */
  static Optional<String> find(String name) {
    URL url = null;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      url = context.getResource(name);
    }
    if (url == null) {
      url = ClassPathResources.class.getClassLoader().getResource(name);
    }
    if (url == null) {
      return Optional.empty();
    }
    try (InputStream in = url.openStream()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Class-path resource '" + name + "' was found at " + url
          + " but could not be read: " + e.getMessage(), e);
    }
  }

  /** The text of a resource that must exist. */
  static String read(String name, String what) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("There is no class-path"
        + " resource '" + name + "' for " + what + "; looked for it with " + WHERE + ". Put the"
        + " file under src/test/resources/" + name + " (or another folder of the test class"
        + " path) and give its path from there."));
  }
}
