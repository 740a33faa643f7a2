package dev.topology.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Problem;
import dev.topology.api.Topology;
import dev.topology.api.TopologyException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents built to hurt a reader: deep nesting, huge strings, names and numbers, and large
 * topologies full of mistakes. Each ends in the library's own exception, in bounded time and
 * with memory bounded by the limits rather than by the document.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileDocumentsTest {
  private static final String NESTED = "[".repeat(200_000);
  private static final String NESTED_OBJECTS = "{\"services\":".repeat(200_000);
  private static final String HUGE = "a".repeat(30 << 20);

  /** Reads {@code json} and returns what it threw, which must be the library's own. */
  private static TopologyException refused(String json) {
    Throwable thrown = catchThrowable(() -> TopologyJson.read(json));
    assertThat(thrown).isInstanceOf(TopologyException.class);
    assertThat(thrown.getMessage()).isNotBlank()
        .doesNotContain("dev.topology.", "tools.jackson", "java.");
    return (TopologyException) thrown;
  }

  @ParameterizedTest
  @ValueSource(strings = {"%s", "{\"services\": %s}", "{\"services\": [%s]}",
      "{\"services\": [{\"name\": %s, \"severity\": \"LOW\"}]}",
      "{\"services\": [{\"name\": \"a\", \"severity\": \"LOW\", \"aliases\": %s}]}",
      "{\"services\": [{\"name\": \"a\", \"severity\": \"LOW\", \"dependencies\": [%s]}]}"})
  void read_twoHundredThousandBrackets_refusedAtOnce(String template) {
    assertThat(refused(template.formatted(NESTED))).isInstanceOf(TopologyJsonException.class);
    assertThat(refused(template.formatted(NESTED + "]".repeat(200_000))))
        .isInstanceOf(TopologyJsonException.class);
    assertThat(refused(template.formatted(NESTED_OBJECTS)))
        .isInstanceOf(TopologyJsonException.class);
  }

  @Test
  void read_nestedBeyondTheLimitWhereObjectsAreExpected_refusedByTheNestingLimit() {
    // Only a path of known fields goes deeper than the first wrong value; the format has one
    // of five levels, so the limit is met where a value is skipped, such as in a deployment.
    String deep = "{\"externalized\": [" + "[".repeat(TopologyJson.MAX_NESTING_DEPTH) + "]]}";
    Throwable thrown = catchThrowable(() -> TopologyJson.readDeployment(deep));
    assertThat(thrown).isInstanceOf(TopologyJsonException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"services\": [{\"name\": \"%s\", \"severity\": \"LOW\"}]}",
      "{\"services\": [{\"name\": \"a\", \"role\": \"%s\", \"severity\": \"LOW\"}]}",
      "{\"services\": [{\"name\": \"a\", \"severity\": \"LOW\", \"dependencies\": [{\"target\":"
          + " \"b\", \"citation\": \"%s\"}]}]}",
      "{\"%s\": []}", "{\"services\": [{\"%s\": 1}]}", "\"%s\""})
  void read_thirtyMegabyteString_refusedByALimitWithBoundedMemory(String template) {
    String json = template.formatted(HUGE);
    long before = allocated();
    TopologyException e = refused(json);
    long used = allocated() - before;
    assertThat(e).isInstanceOf(TopologyJsonException.class);
    // The parser stops at the limit: it never copies the 30 MB string (60 MB as chars).
    assertThat(used).isLessThan(16L * TopologyJson.MAX_STRING_LENGTH);
  }

  @Test
  void read_hugeNumber_refusedByTheNumberLimit() {
    String digits = "9".repeat(1_000_000);
    assertThat(refused("{\"services\": [{\"name\": " + digits + ", \"severity\": \"LOW\"}]}"))
        .isInstanceOf(TopologyJsonException.class);
    assertThat(refused("{\"services\": " + digits + "}")).isInstanceOf(TopologyJsonException.class);
  }

  @Test
  void read_hundredThousandServicesWithOneCycle_readsInBoundedTime() {
    // A startup cycle is no fault of the document: the engine refuses it, naming the cycle.
    Topology topology = TopologyJson.read(services(100_000,
        i -> "{\"target\": \"s" + (i + 1) % 100_000 + "\"}"));
    assertThat(topology.size()).isEqualTo(100_000);
  }

  @Test
  void read_hundredThousandDanglingDependencies_everyOneReportedInBoundedTime() {
    InvalidTopologyException e = (InvalidTopologyException) refused(
        services(100_000, i -> "{\"target\": \"t" + i + "\"}"));
    assertThat(e.problems()).hasSize(100_000)
        .allMatch(p -> p.kind() == Problem.Kind.DANGLING_DEPENDENCY);
    assertThat(e.problems().get(0).message()).isEqualTo("$.services[0]: Service 's0' depends on"
        + " 't0', which is not in the topology. Did you mean 's0'?");
    // Only the first few get suggestions: each search scans every name.
    assertThat(e.problems().get(99_999).message()).isEqualTo("$.services[99999]: Service"
        + " 's99999' depends on 't99999', which is not in the topology.");
  }

  @Test
  void read_megabyteNamesAlmostAlike_refusedWithoutComparingThem() {
    String a = "a".repeat(TopologyJson.MAX_STRING_LENGTH);
    String b = "a".repeat(TopologyJson.MAX_STRING_LENGTH - 1) + "b";
    String c = "a".repeat(TopologyJson.MAX_STRING_LENGTH - 1) + "c";
    InvalidTopologyException e = (InvalidTopologyException) refused("{\"services\": [{\"name\": \""
        + a + "\", \"severity\": \"LOW\"}, {\"name\": \"" + b + "\", \"severity\": \"LOW\","
        + " \"dependencies\": [{\"target\": \"" + c + "\"}]}]}");
    assertThat(e.problems()).singleElement().extracting(Problem::kind)
        .isEqualTo(Problem.Kind.DANGLING_DEPENDENCY);
  }

  @Test
  void readDeployment_hugeValues_refused() {
    Throwable thrown = catchThrowable(() -> TopologyJson.readDeployment(
        "{\"externalized\": [\"" + HUGE + "\"]}"));
    assertThat(thrown).isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("breaks a size limit");
  }

  /** A topology of {@code n} services s0, s1, ..., service i with the dependency given. */
  private static String services(int n, IntFunction<String> dependency) {
    StringBuilder json = new StringBuilder(n * 80).append("{\"services\": [");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\": \"s").append(i)
          .append("\", \"severity\": \"LOW\", \"dependencies\": [")
          .append(dependency.apply(i)).append("]}");
    }
    return json.append("]}").toString();
  }

  /**
   * Bytes allocated by this thread so far. Looked up reflectively: these tests run inside the
   * api module, which does not read the JDK's management modules.
   */
  private static long allocated() {
    try {
      Object threads = Class.forName("java.lang.management.ManagementFactory")
          .getMethod("getThreadMXBean").invoke(null);
      return (long) Class.forName("com.sun.management.ThreadMXBean")
          .getMethod("getCurrentThreadAllocatedBytes").invoke(threads);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("This JVM does not count allocated bytes per thread.", e);
    }
  }
}
