package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.Health;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.formats.docker.ComposePs;
import dev.topology.formats.docker.DockerPs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The readers read the writer's text back to the observation written. */
class DockerOutputProperties {

  @Property(tries = 200)
  void composePs_readsBackTheObservation(@ForAll("observations") Observation seen) {
    assertThat(ComposePs.read(DockerOutput.composePsJson(seen)))
        .isEqualTo(seen.withCoverage(Coverage.COMPLETE));
  }

  @Property(tries = 200)
  void dockerPs_readsBackTheObservation(@ForAll("observations") Observation seen) {
    assertThat(DockerPs.read(DockerOutput.dockerPsJson(seen)))
        .isEqualTo(seen.withCoverage(Coverage.PARTIAL));
  }

  @Property(tries = 100)
  void eachContainer_isOneLine(@ForAll("observations") Observation seen) {
    String text = DockerOutput.dockerPsJson(seen);
    assertThat(text.isEmpty() ? List.of() : List.of(text.split("\n", -1)))
        .hasSize(seen.containers().isEmpty() ? 0 : seen.containers().size() + 1);
  }

  /**
   * Observations as Docker reports them: health only when running, an exit code exactly when
   * exited or restarting, a service other than the name carried by the Compose label, names
   * and labels without Docker's separators.
   */
  @Provide
  Arbitrary<Observation> observations() {
    Arbitrary<ObservedContainer> container = Combinators.combine(
        word(), Arbitraries.of(ContainerState.class), Arbitraries.of(Health.class),
        Arbitraries.integers().between(-1, 255), word().injectNull(0.3),
        word().injectNull(0.4), labels(), Arbitraries.of(true, false))
        .as((name, state, health, code, service, image, labels, composed) -> {
          ObservedContainer.Builder c = ObservedContainer.builder().name(name).state(state)
              .health(state == ContainerState.RUNNING ? health : Health.NONE)
              .putAllLabels(labels);
          if (state == ContainerState.EXITED || state == ContainerState.RESTARTING) {
            c.exitCode(code);
          }
          if (image != null) {
            c.image(image + ":1");
          }
          if (service != null) {
            c.service(service).label(ObservedContainer.SERVICE_LABEL, service);
          }
          if (composed) {
            c.label(ObservedContainer.PROJECT_LABEL, "p" + name.length());
          }
          return c.build();
        });
    return container.list().ofMaxSize(8).uniqueElements(ObservedContainer::name)
        .map(list -> Observation.of(new ArrayList<>(list)));
  }

  private static Arbitrary<String> word() {
    return Arbitraries.strings().withChars("abcxyz0189-_.").ofMinLength(1).ofMaxLength(10)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
  }

  private static Arbitrary<Map<String, String>> labels() {
    Arbitrary<String> values = Arbitraries.strings().withChars("ab =<>&\"\\/:é")
        .ofMaxLength(6).map(s -> s.strip());
    return Arbitraries.maps(word().map(w -> "k." + w), values).ofMaxSize(3);
  }
}
