package dev.topology.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The consumer project outside the reactor builds against the version this reactor installs. */
class ConsumerProjectTest {

  @Test
  void consumerPom_topologyVersion_isThisReactorsVersion() throws IOException {
    String pom = Files.readString(Path.of("consumer/pom.xml"));
    String version = System.getProperty("topology.version");

    assertThat(version).isNotBlank();
    assertThat(pom).contains("<topology.version>" + version + "</topology.version>");
  }
}
