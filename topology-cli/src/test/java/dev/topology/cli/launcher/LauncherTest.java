package dev.topology.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script that the build puts beside topology.jar passes arguments, standard input
 * and the exit code through, writes its class-data-sharing archive on the first run and uses it
 * after, and runs all the same where it cannot write one. It runs here on a probe jar, since the
 * tool's jar is made after the tests; CI runs it on the tool's jar too.
 */
class LauncherTest {
  private static final Path SCRIPT = Path.of("src/main/launcher/topology");

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  @Test
  void launcher_firstAndLaterRuns_passArgumentsInputAndExitCodeThrough() throws Exception {
    Path launcher = install(dir);

    Run first = run(launcher, "hello\n", "3", "two words", "", "*", "--json");
    assertThat(first).isEqualTo(new Run(3, "[3]\n[two words]\n[]\n[*]\n[--json]\nhello\n", ""));
    assertThat(dir.resolve("topology.jsa")).isNotEmptyFile();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("topology", "topology.jar", "topology.jsa");
    }

    Run later = run(launcher, "", "0", "$HOME", "a\"b");
    assertThat(later).isEqualTo(new Run(0, "[0]\n[$HOME]\n[a\"b]\n", ""));

    // Later runs map the tool's classes from the archive instead of reading them from the jar.
    Run logged = runWithJavaOpts(launcher, "-Xlog:class+load=info:stdout", "", "0");
    assertThat(logged.out())
        .contains(LauncherProbe.class.getName() + " source: shared objects file");
  }

  @Test
  void launcher_archiveCannotBeWrittenOrRead_runsAllTheSame() throws Exception {
    Path launcher = install(dir);
    Files.writeString(dir.resolve("topology.jsa"), "not an archive");
    Files.setLastModifiedTime(dir.resolve("topology.jsa"),
        Files.getLastModifiedTime(dir.resolve("topology.jar")));

    assertThat(run(launcher, "", "5", "x")).isEqualTo(new Run(5, "[5]\n[x]\n", ""));

    // As where the directory cannot be written (root, who runs CI, may write anywhere here).
    Files.delete(dir.resolve("topology.jsa"));
    Files.writeString(dir.resolve("topology.jsa.lock"), "");
    assertThat(run(launcher, "", "0", "y")).isEqualTo(new Run(0, "[0]\n[y]\n", ""));
    assertThat(dir.resolve("topology.jsa")).doesNotExist();
  }

  /** The launcher and a probe jar in its place of topology.jar, in {@code dir}. */
  private static Path install(Path dir) throws IOException {
    Path launcher = dir.resolve("topology");
    Files.copy(SCRIPT, launcher);
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(dir.resolve("topology.jar"));
        JarOutputStream jar = new JarOutputStream(file, manifest);
        var classFile = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
      jar.putNextEntry(new JarEntry(entry));
      classFile.transferTo(jar);
    }
    // The archive must be newer than the jar to be used; file times may be coarse.
    Files.setLastModifiedTime(dir.resolve("topology.jar"),
        FileTime.fromMillis(System.currentTimeMillis() - 10_000));
    return launcher;
  }

  private static Run run(Path launcher, String input, String... args) throws Exception {
    return runWithJavaOpts(launcher, null, input, args);
  }

  /** A run with {@code javaOpts} in TOPOLOGY_JAVA_OPTS, or none where it is null. */
  private static Run runWithJavaOpts(Path launcher, String javaOpts, String input,
      String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("TOPOLOGY_JAVA_OPTS");
    if (javaOpts != null) {
      builder.environment().put("TOPOLOGY_JAVA_OPTS", javaOpts);
    }
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), out, err);
  }
}
