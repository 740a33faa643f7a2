package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.topology.api.json.TopologyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No input makes the model or the codec throw anything but the library's own exceptions. */
class RobustnessProperties {
  private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"",
      "null", "true", "0", "-1e999", "\"name\"", "\"severity\"", "\"HIGH\"", "\"services\"",
      "\\u0000", "\"dependencies\"", "\"target\"", "{}", "[]", " ");

  @Provide
  Arbitrary<String> mutatedDocuments() {
    Arbitrary<String> valid = Topologies.valid(6).map(TopologyJson::write);
    return Combinators.combine(valid, Arbitraries.integers().between(0, 3),
            Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
            Arbitraries.of(TOKENS))
        .as((json, mutation, at, length, token) -> {
          int start = (int) (at * json.length());
          int end = Math.min(json.length(), start + (int) (length * 40));
          return switch (mutation) {
            case 0 -> json.substring(0, start);
            case 1 -> json.substring(0, start) + json.substring(end);
            case 2 -> json.substring(0, start) + token + json.substring(start);
            default -> json.substring(0, start) + token + json.substring(end);
          };
        });
  }

  @Property(tries = 1000)
  void read_mutatedDocument_onlyLibraryExceptions(@ForAll("mutatedDocuments") String json) {
    assertOnlyLibraryExceptions(() -> TopologyJson.read(json));
  }

  @Property(tries = 500)
  void read_anyText_onlyLibraryExceptions(@ForAll String text) {
    assertOnlyLibraryExceptions(() -> TopologyJson.read(text));
    assertOnlyLibraryExceptions(() -> TopologyJson.readDeployment(text));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(5),
        Arbitraries.of("a", "b", " ", ""), Arbitraries.just(null));
  }

  @Property(tries = 1000)
  void builders_anyValues_onlyLibraryExceptions(
      @ForAll("names") String name, @ForAll("names") String other, @ForAll("names") String third,
      @ForAll Optional<Severity> severity, @ForAll Optional<Condition> condition,
      @ForAll Optional<Severity> otherwise, @ForAll boolean external, @ForAll boolean nullKind) {
    assertOnlyLibraryExceptions(() -> {
      List<Service> services = new ArrayList<>();
      services.add(Service.builder().name(name).image(other).addAliases(third)
          .severity(severity.orElse(null))
          .severityCondition(condition).severityOtherwise(otherwise)
          .external(external).externalizable(nullKind)
          .addDependencies(new Dependency(other, nullKind ? null : DependencyKind.STARTUP,
              condition, Optional.empty()))
          .build());
      services.add(Service.of(third, Severity.LOW, name));
      return Topology.of(services).resolve(Deployment.builder()
          .externalized(java.util.Arrays.asList(name, other)).build());
    });
    assertOnlyLibraryExceptions(() -> Topology.of(
        java.util.Arrays.asList(Service.of("x", Severity.LOW), null)).service(name));
  }

  private static void assertOnlyLibraryExceptions(java.util.concurrent.Callable<?> action) {
    Throwable thrown = catchThrowable(action::call);
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(TopologyException.class);
      assertThat(thrown.getMessage()).isNotBlank();
    }
  }
}
