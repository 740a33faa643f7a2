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
        () -> Observation.of(Arrays.asList(db, null, db)));

    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "An observation lists a null container at index 1; leave it out instead.",
        "Two containers are named 'db'; a container's name is unique on its host.");
    assertThat(e).hasMessage("2 problems:\n"
        + "- An observation lists a null container at index 1; leave it out instead.\n"
        + "- Two containers are named 'db'; a container's name is unique on its host.");
  }

  @Test
  void container_everyValueMissing_listsEveryProblem() {
    InvalidObservationException e = catchThrowableOfType(InvalidObservationException.class,
        () -> ObservedContainer.builder().name(" ").service(null).health(null).build());

    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "A container has a blank name; give the name Docker shows for it.",
        "A container has no service name; give the service it runs.",
        "A container has no state; give one of created, restarting, running, removing, paused,"
            + " exited, dead.",
        "A container has no health; give Health.NONE when it has no health check.");
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

  @Test
  void builder_exitCodeAndHealthOverloads_keepThem() {
    Observation seen = Observation.builder().add("migrate", ContainerState.EXITED, 0)
        .add("db", ContainerState.RUNNING, Health.UNHEALTHY).build();
    assertThat(seen.containers("migrate").get(0).exitCode()).hasValue(0);
    assertThat(seen.containers("db").get(0).health()).isEqualTo(Health.UNHEALTHY);
    assertThat(seen.coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(seen.isComplete()).isFalse();
  }

  @Test
  void coverage_completeByBuilderOrWither_equalAndShown() {
    Observation built = Observation.builder().complete().add("db", ContainerState.RUNNING)
        .build();
    Observation withered = Observation.of(ObservedContainer.of("db", ContainerState.RUNNING))
        .withCoverage(Coverage.COMPLETE);
    assertThat(built).isEqualTo(withered);
    assertThat(built.isComplete()).isTrue();
    assertThat(built.toString()).isEqualTo("Observation[1 container, complete: [db running]]");
    assertThat(built).isNotEqualTo(withered.withCoverage(Coverage.PARTIAL));
  }

  @Test
  void coverage_null_refusedWithWhatToGive() {
    assertThatThrownBy(() -> Observation.builder().coverage(null).build())
        .isInstanceOf(InvalidObservationException.class)
        .hasMessage("An observation has no coverage; give Coverage.COMPLETE when every container"
            + " of the installation is listed, Coverage.PARTIAL otherwise.");
  }

  @Test
  void container_imageAndLabels_keptSortedWithTheProject() {
    ObservedContainer c = ObservedContainer.builder().name("shop-db-1").service("db")
        .state(ContainerState.RUNNING).image("postgres:16").label("team", "data")
        .putAllLabels(java.util.Map.of(ObservedContainer.PROJECT_LABEL, "shop")).build();
    assertThat(c.image()).contains("postgres:16");
    assertThat(c.labels().keySet()).containsExactly(ObservedContainer.PROJECT_LABEL, "team");
    assertThat(c.project()).contains("shop");
    assertThat(ObservedContainer.of("db", ContainerState.RUNNING).project()).isEmpty();
  }

  @Test
  void container_nullImageOrLabels_refused() {
    assertThat(ObservedContainer.builder().name("db").state(ContainerState.RUNNING)
        .image((String) null).build().image()).isEmpty();
    java.util.Map<String, String> nullValue = new java.util.HashMap<>();
    nullValue.put("team", null);
    assertThatThrownBy(() -> ObservedContainer.builder().name("db").state(ContainerState.RUNNING)
        .putAllLabels(nullValue).build()).isInstanceOf(InvalidObservationException.class)
        .hasMessage("Container 'db' has a null label key or value; leave the label out instead.");
    assertThatThrownBy(() -> ObservedContainer.builder().name("db").state(ContainerState.RUNNING)
        .label(null, "x").build()).isInstanceOf(InvalidObservationException.class)
        .hasMessage("A container has a null label key; leave the label out instead.");
  }

  @Test
  void problem_place_fileThenPathOrLine() {
    Problem problem = Problem.builder().kind(Problem.Kind.INVALID_DOCUMENT).file("a.yaml")
        .path("services.web").message("Bad.").build();
    assertThat(problem).hasToString("a.yaml: services.web: Bad.");
    assertThat(problem.toBuilder().path(java.util.Optional.empty()).line(3).build())
        .hasToString("a.yaml: line 3: Bad.");
    assertThat(problem.inFile("b.yaml")).isSameAs(problem);
    assertThatThrownBy(() -> problem.toBuilder().line(0).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A problem is on line 0; lines count from 1.");
  }

  @Test
  void duplicateContainer_problemOfKindDuplicateNameAboutItsService() {
    ObservedContainer web = ObservedContainer.builder().name("p-web-1").service("web")
        .state(ContainerState.RUNNING).build();
    InvalidObservationException e = catchThrowableOfType(InvalidObservationException.class,
        () -> Observation.of(web, web));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Problem.Kind.DUPLICATE_NAME);
      assertThat(p.services()).containsExactly("web");
    });
  }

  @Test
  void container_toBuilder_changesOneValue() {
    ObservedContainer db = ObservedContainer.of("db", ContainerState.RUNNING);
    assertThat(db.toBuilder().health(Health.UNHEALTHY).build().isUp()).isFalse();
    assertThat(db.toBuilder().build()).isEqualTo(db);
  }
}
