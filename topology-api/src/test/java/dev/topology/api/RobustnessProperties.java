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
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** No input makes the model or the codec throw anything but the library's own exceptions. */
@AddLifecycleHook(TriesCap.class)
class RobustnessProperties {
  @Provide
  Arbitrary<String> mutatedDocuments() {
    return JsonMutations.textual(Topologies.valid(6).map(TopologyJson::write));
  }

  @Property(tries = 1000)
  void read_mutatedDocument_onlyLibraryExceptions(@ForAll("mutatedDocuments") String json) {
    assertOnlyLibraryExceptions(() -> TopologyJson.read(json));
  }

  @Provide
  Arbitrary<String> retypedDocuments() {
    return JsonMutations.retyped(Topologies.valid(6).map(TopologyJson::write));
  }

  @Property(tries = 1000)
  void read_retypedValue_onlyLibraryExceptions(@ForAll("retypedDocuments") String json) {
    assertOnlyLibraryExceptions(() -> TopologyJson.read(json));
  }

  @Provide
  Arbitrary<String> retypedDeployments() {
    Arbitrary<String> any = Combinators.combine(
            Arbitraries.maps(Arbitraries.of("c0", "c1"), Arbitraries.of("v0", "v1")).ofMaxSize(2),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4).list().ofMaxSize(3))
        .as((choices, names) -> TopologyJson.writeDeployment(
            Deployment.builder().chooseAll(choices).externalized(names).build()));
    // As in Topologies.valid: one edge case, the defaults, broken at the mutations' extremes.
    Arbitrary<String> valid = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(TopologyJson.writeDeployment(Deployment.defaults()))),
        Tuple.of(10, any.withoutEdgeCases()));
    return Arbitraries.oneOf(JsonMutations.retyped(valid), JsonMutations.textual(valid));
  }

  @Property(tries = 300)
  void readDeployment_mutated_onlyLibraryExceptions(@ForAll("retypedDeployments") String json) {
    assertOnlyLibraryExceptions(() -> TopologyJson.readDeployment(json));
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

  @Provide
  Arbitrary<Optional<SettingCondition>> conditions() {
    return Topologies.conditions(List.of(Setting.onOff("c0"), Setting.of("c1", "v0", "v1")));
  }

  // No edge cases: eight parameters' would combine into thousands, of which jqwik would try an
  // arbitrary first thousand; names() yields null, "" and " " a third of the time anyway.
  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void builders_anyValues_onlyLibraryExceptions(
      @ForAll("names") String name, @ForAll("names") String other, @ForAll("names") String third,
      @ForAll Optional<Severity> severity, @ForAll("conditions") Optional<SettingCondition> condition,
      @ForAll Optional<Severity> otherwise, @ForAll boolean external, @ForAll boolean nullKind) {
    assertOnlyLibraryExceptions(() -> {
      List<Service> services = new ArrayList<>();
      services.add(Service.builder().name(name).image(other).addAliases(third)
          .severity(severity.orElse(null))
          .severityCondition(condition).severityOtherwise(otherwise)
          .external(external).externalizable(nullKind)
          .addDependencies(Dependency.builder().target(other)
              .kind(nullKind ? null : DependencyKind.STARTUP).required(!external)
              .readiness(nullKind ? Readiness.HEALTHY : null).condition(condition)
              .citation(Optional.empty()).onlyIfPresent(external).restartsWith(nullKind).build())
          .build());
      services.add(Service.of(third, Severity.LOW, name));
      return Topology.of(List.of(Setting.onOff("c0")), services).resolve(Deployment.builder()
          .externalized(java.util.Arrays.asList(name, other)).build());
    });
    assertOnlyLibraryExceptions(() -> Topology.of(
        java.util.Arrays.asList(Service.of("x", Severity.LOW), null)).service(name));
  }

  /**
   * The action ends, within seconds, in a value or in one of the library's exceptions with a
   * message that names no Java type of the library or of its JSON parser.
   */
  static void assertOnlyLibraryExceptions(java.util.concurrent.Callable<?> action) {
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(action::call);
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(java.time.Duration.ofSeconds(5));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(TopologyException.class);
      assertThat(thrown.getMessage()).isNotBlank()
          .doesNotContain("dev.topology.", "tools.jackson", "java.lang", "java.util");
    }
  }
}
