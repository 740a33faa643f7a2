package dev.topology.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.topology.api.TopologyException;
import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON reader reads nothing but the string it is given: no file, no socket, no class named
 * by the document, whatever the document says. A flight recording watches the thread that
 * reads; a control thread that does read a file shows the recording would see it.
 */
class JsonReaderIsolationTest {
  private static final List<String> DOCUMENTS = List.of(
      TopologyJson.write(CircleCiServer2.topology()),
      "{\"@class\": \"java.net.URL\", \"services\": []}",
      "{\"services\": [{\"@type\": \"java.io.File\", \"name\": \"a\", \"severity\": \"LOW\"}]}",
      "{\"services\": [\"java.net.URL\", \"http://127.0.0.1:9/\"]}",
      "{\"services\": [{\"name\": \"file:/etc/passwd\", \"severity\": \"LOW\","
          + " \"dependencies\": [{\"target\": \"http://127.0.0.1:9/x\"}]}]}",
      "{\"$ref\": \"file:/etc/passwd\"}",
      "{\"services\": [{\"name\": \"a\", \"severity\": [\"java.util.HashMap\", {}]}]}");

  private static final Set<String> IO_EVENTS =
      Set.of("jdk.FileRead", "jdk.FileWrite", "jdk.SocketRead", "jdk.SocketWrite");

  @TempDir
  Path dir;

  @Test
  void read_anyDocument_touchesNoFileSocketOrNamedClass() throws Exception {
    Path control = Files.writeString(dir.resolve("control.json"), DOCUMENTS.get(0));
    // Classes the reader needs are loaded once beforehand, so that loading them from the
    // class path's jars is not mistaken for the reader reading files.
    readAll();
    List<RecordedEvent> events;
    try (Recording recording = new Recording()) {
      for (String name : IO_EVENTS) {
        recording.enable(name).withoutThreshold().withStackTrace();
      }
      recording.enable("jdk.ClassLoad").withoutThreshold();
      recording.start();
      runOn("reader", JsonReaderIsolationTest::readAll);
      runOn("control", () -> readFile(control));
      recording.stop();
      Path dump = dir.resolve("reader.jfr");
      recording.dump(dump);
      events = RecordingFile.readAllEvents(dump);
    }

    assertThat(io(events, "control")).as("file reads of the control thread").isNotEmpty();
    assertThat(io(events, "reader")).as("file and socket events of the reader").isEmpty();
    assertThat(loaded(events, "reader")).as("classes loaded by the reader")
        .noneMatch(name -> name.startsWith("java.net.") || name.startsWith("java.io.File")
            || name.startsWith("javax.naming.") || name.startsWith("java.util.HashMap"));
  }

  @Test
  void topologyJson_takesOnlyStrings() {
    for (Method method : TopologyJson.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())) {
        for (Class<?> parameter : method.getParameterTypes()) {
          assertThat(parameter).as("a parameter of %s", method.getName())
              .isIn(String.class, dev.topology.api.Topology.class,
                  dev.topology.api.Deployment.class);
        }
      }
    }
  }

  private static void readAll() {
    for (String document : DOCUMENTS) {
      Throwable thrown = catchThrowable(() -> TopologyJson.read(document));
      assertThat(thrown).satisfiesAnyOf(
          t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(TopologyException.class));
      catchThrowable(() -> TopologyJson.readDeployment(document));
    }
  }

  private static void readFile(Path file) {
    try (InputStream in = new java.io.FileInputStream(file.toFile())) {
      in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void runOn(String name, Runnable task) throws InterruptedException {
    List<Throwable> failures = new ArrayList<>();
    Thread thread = new Thread(() -> {
      try {
        task.run();
      } catch (Throwable e) {
        failures.add(e);
      }
    }, name);
    thread.start();
    thread.join();
    assertThat(failures).isEmpty();
  }

  private static List<String> io(List<RecordedEvent> events, String thread) {
    List<String> found = new ArrayList<>();
    for (RecordedEvent event : events) {
      if (IO_EVENTS.contains(event.getEventType().getName()) && on(event, thread)) {
        found.add(event.toString());
      }
    }
    return found;
  }

  private static Set<String> loaded(List<RecordedEvent> events, String thread) {
    Set<String> names = new TreeSet<>();
    for (RecordedEvent event : events) {
      if (event.getEventType().getName().equals("jdk.ClassLoad") && on(event, thread)) {
        RecordedClass loaded = event.getValue("loadedClass");
        names.add(loaded.getName());
      }
    }
    return names;
  }

  private static boolean on(RecordedEvent event, String thread) {
    return event.getThread() != null && thread.equals(event.getThread().getJavaName());
  }
}
