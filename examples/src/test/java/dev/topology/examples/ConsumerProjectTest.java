package dev.topology.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The consumer projects outside the reactor, and README's dependency snippet, name the version
 * this reactor installs; README names the last release and the commit to build it from as the
 * API check does.
 */
class ConsumerProjectTest {

  @ParameterizedTest
  @ValueSource(strings = {"consumer/pom.xml", "consumer-jackson2/pom.xml",
      "consumer-testing/pom.xml", "../docs/using-as-a-dependency.md"})
  void consumerPom_topologyVersion_isThisReactorsVersion(String path) throws IOException {
    String pom = Files.readString(Path.of(path));
    String version = System.getProperty("topology.version");

    assertThat(version).isNotBlank();
    assertThat(pom).contains("<topology.version>" + version + "</topology.version>");
  }

  @Test
  void readme_dependencySection_namesTheInstalledVersionAndTheLastRelease() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("## Use it as a dependency");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    String pom = Files.readString(Path.of("..", "pom.xml"));
    String version = System.getProperty("topology.version");

    assertThat(section).contains("installs\nversion `" + version + "`:")
        .contains("\n  <version>" + version + "</version>\n")
        .contains("./mvnw -q install -DskipTests");
    String release = property(pom, "japicmp.baseline.version");
    assertThat(section).contains("The last release is `" + release + "`.")
        .contains("git checkout " + property(pom, "japicmp.baseline.commit") + " && ./mvnw")
        .contains("installs `" + release + "`; then write `<version>" + release + "</version>`");
  }

  @Test
  void readme_testingSection_showsTheConsumersTestAsItIs() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("## Testing your code with topology-testing");
    assertThat(start).as("a section '## Testing your code with topology-testing'").isNotNegative();
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    String open = "```java\n";
    int code = section.indexOf(open);
    assertThat(code).as("a ```java block in the section").isNotNegative();
    String shown = section.substring(code + open.length(), section.indexOf("```\n", code + 1));
    String test = Files.readString(Path.of("consumer-testing", "src", "test", "java", "dev",
        "topology", "consumer", "alerts", "PaymentsOutageTest.java"));

    assertThat(shown).as("README's example; CI builds and runs it in examples/consumer-testing")
        .isEqualTo(test.substring(test.indexOf("import ")));
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as("the parent pom sets %s", name).isTrue();
    return m.group(1);
  }
}
