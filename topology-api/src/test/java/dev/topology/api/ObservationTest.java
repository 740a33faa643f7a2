package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ObservationTest {

  @Test
  void of_containersInAnyOrder_sortedByServiceThenName() {
    Observation seen = Observation.of(
        ObservedContainer.builder().name("web-2").service("web").state(ContainerState.RUNNING)
            .build(),
        ObservedContainer.of("db", ContainerState.EXITED, 137),
        ObservedContainer.builder().name("web-1").service("web").state(ContainerState.RUNNING)
            .health(Health.UNHEALTHY).build());

    assertThat(seen.containers()).extracting(ObservedContainer::name)
        .containsExactly("db", "web-1", "web-2");
    assertThat(seen.containers("web")).extracting(ObservedContainer::name)
        .containsExactly("web-1", "web-2");
    assertThat(seen.containers("db").get(0).exitCode()).isEqualTo(OptionalInt.of(137));
  }

  @Test
  void constructor_nullAndRepeatedContainers_listsEveryProblem() {
    ObservedContainer db = ObservedContainer.of("db", ContainerState.RUNNING);
    InvalidObservationException e = catchThrowableOfType(InvalidObservationException.class,
        () -> new Observation(Arrays.asList(db, null, db)));

    assertThat(e.problems()).containsExactly(
        "An observation lists a null container at index 1; leave it out instead.",
        "Two containers are named 'db'; a container's name is unique on its host.");
    assertThat(e).hasMessage("2 problems:\n"
        + "- An observation lists a null container at index 1; leave it out instead.\n"
        + "- Two containers are named 'db'; a container's name is unique on its host.");
  }

  @Test
  void container_everyValueMissing_listsEveryProblem() {
    InvalidObservationException e = catchThrowableOfType(InvalidObservationException.class,
        () -> new ObservedContainer(" ", null, null, null, null));

    assertThat(e.problems()).containsExactly(
        "A container has a blank name; give the name Docker shows for it.",
        "A container has no service name; give the service it runs.",
        "A container has no state; give one of created, restarting, running, removing, paused,"
            + " exited, dead.",
        "A container has no health; give Health.NONE when it has no health check.",
        "A container has a null exit code; give OptionalInt.empty() when none is known.");
  }

  @Test
  void container_oneProblem_messageIsThatSentence() {
    assertThatThrownBy(() -> ObservedContainer.builder().name("db").service("db").build())
        .isInstanceOf(InvalidObservationException.class)
        .hasMessage("Container 'db' has no state; give one of created, restarting, running,"
            + " removing, paused, exited, dead.");
  }

  @Test
  void exception_noProblem_isRefused() {
    assertThatThrownBy(() -> new InvalidObservationException(List.of()))
        .isInstanceOf(TopologyException.class)
        .hasMessage("An InvalidObservationException needs at least one problem.");
  }
}
