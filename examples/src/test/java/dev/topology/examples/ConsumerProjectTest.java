package dev.topology.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The consumer projects outside the reactor build against the version this reactor installs. */
class ConsumerProjectTest {

  @ParameterizedTest
  @ValueSource(strings = {"consumer/pom.xml", "consumer-jackson2/pom.xml"})
  void consumerPom_topologyVersion_isThisReactorsVersion(String path) throws IOException {
    String pom = Files.readString(Path.of(path));
    String version = System.getProperty("topology.version");

    assertThat(version).isNotBlank();
    assertThat(pom).contains("<topology.version>" + version + "</topology.version>");
  }
}
