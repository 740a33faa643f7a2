package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.Lifecycle;
import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Reliability;
import dev.topology.api.Topology;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad inputs: the engine's own exceptions, with messages that say what would be valid. */
class AvailabilityErrorsTest {
  /*
   *   web ──► api ──► postgres      migrate (one-shot) ──► postgres      redis
   */
  private final Topology stack = Stacks.lifecycle(
      Stacks.topology("web>api", "api>postgres", "migrate>postgres", "redis"), "migrate",
      Lifecycle.ONE_SHOT);
  private final TopologyGraph graph = TopologyGraph.of(stack);
  private final AvailabilityModel model = graph.availability(
      AvailabilityInputs.fromModel().withDefault(Reliability.of(0.999)));

  @Test
  void availability_missingFigures_listsEveryOneAtOnce() {
    Topology some = Stacks.figure(stack, "api", "99.9%");
    assertThatThrownBy(() -> TopologyGraph.of(some).availability(AvailabilityInputs.fromModel()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("Availability needs a figure for every long-running service, and 3 have"
            + " none: 'postgres', 'redis', 'web'. Give each a reliability in the model"
            + " (Service.reliability, the JSON field \"reliability\" or the Compose label"
            + " dev.topology.availability), a figure in AvailabilityInputs.figures(), or a"
            + " default for all with AvailabilityInputs.withDefault(Reliability.parse(\"99.9%\")).");
  }

  @Test
  void availability_unknownName_suggestsTheClosest() {
    NoSuchServiceException e = catchThrowableOfType(() -> graph.availability(
        AvailabilityInputs.fromModel().withFigure("postgress", Reliability.of(0.9))
            .withDefault(Reliability.of(0.99))), NoSuchServiceException.class);
    assertThat(e.serviceName()).isEqualTo("postgress");
    assertThat(e.suggestions()).contains("postgres");
    assertThat(e.getMessage()).contains("Did you mean 'postgres'");
    NoSuchServiceException d = catchThrowableOfType(() -> graph.availability(
        AvailabilityInputs.fromModel().withDefault(Reliability.of(0.99))
            .withStartDurations(Map.of("wbe", Duration.ofSeconds(1)))),
        NoSuchServiceException.class);
    assertThat(d.suggestions()).contains("web");
  }

  @Test
  void whatIf_unknownName_suggestsTheClosest() {
    NoSuchServiceException e = catchThrowableOfType(
        () -> model.whatIf("reddis", Reliability.of(0.9)), NoSuchServiceException.class);
    assertThat(e.suggestions()).contains("redis");
    assertThat(catchThrowableOfType(() -> model.recovery("apii"), NoSuchServiceException.class)
        .suggestions()).contains("api");
    assertThat(catchThrowableOfType(() -> model.figureOf("wb"), NoSuchServiceException.class)
        .suggestions()).contains("web");
    assertThat(catchThrowableOfType(() -> model.steadyState().service("wbe"),
        NoSuchServiceException.class).suggestions()).contains("web");
  }

  @Test
  void inputs_sameServiceTwice_refused() {
    Topology aliased = Stacks.with(stack, "postgres", b -> b.addAliases("db"));
    Map<String, Reliability> twice = Map.of("db", Reliability.of(0.9), "postgres",
        Reliability.of(0.99));
    assertThatThrownBy(() -> TopologyGraph.of(aliased).availability(AvailabilityInputs
        .builder().figures(twice).defaultFigure(Reliability.of(0.9)).build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The availability figures name 'postgres' twice, as 'db' and 'postgres';"
            + " give one figure per service.");
  }

  @Test
  void inputs_negativeStartDuration_refusedWithEveryOne() {
    assertThatThrownBy(() -> AvailabilityInputs.fromModel().withStartDurations(
        Map.of("web", Duration.ofSeconds(-5), "api", Duration.ofSeconds(-1))))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("Availability inputs refuse 2 entries: 'api' has the start duration -1s,"
            + " which is negative; 'web' has the start duration -5s, which is negative. Give each"
            + " service by name a figure, and a start duration of zero or more, such as 30s.");
  }

  @Test
  void recovery_withoutTimeScale_saysWhatToGive() {
    assertThatThrownBy(() -> model.recovery("postgres"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The recovery of 'postgres' needs its mean time to repair, and its figure,"
            + " 99.9%, gives only an availability; give an MTTR with it ('99.9% mttr=10m') or an"
            + " MTTF and an MTTR ('mttf=30d mttr=5m').");
    assertThatThrownBy(() -> model.whatIf("postgres", Reliability.of(1.0)).recovery("postgres"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("never fails");
  }

  @Test
  void oneShotTask_hasNoAvailabilityOfItsOwn() {
    assertThatThrownBy(() -> model.steadyState().service("migrate"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The service 'migrate' is one shot: it has no availability of its own, as"
            + " nothing needs it while the system runs; ask for a long-running service.");
    assertThatThrownBy(() -> model.recovery("migrate"))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> model.figureOf("migrate"))
        .isInstanceOf(InvalidQueryException.class);
    // A figure for it changes nothing and is accepted.
    assertThat(model.whatIf("migrate", Reliability.of(0.5)).steadyState())
        .isEqualTo(model.steadyState());
  }

  @Test
  void nullArguments_theEnginesOwnException() {
    assertThatThrownBy(() -> graph.availability(null))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("needs inputs");
    assertThatThrownBy(() -> model.whatIf((Map<String, Reliability>) null))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("not null");
    assertThatThrownBy(() -> model.whatIf(null, Reliability.of(0.9)))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> model.whatIf("web", null))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("'web'");
    Map<String, Reliability> withNull = new HashMap<>();
    withNull.put("web", null);
    assertThatThrownBy(() -> model.whatIf(withNull))
        .isInstanceOf(InvalidQueryException.class).hasMessageContaining("'web'");
    Map<String, Reliability> nullKey = new HashMap<>();
    nullKey.put(null, Reliability.of(0.9));
    assertThatThrownBy(() -> model.whatIf(nullKey)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> model.recovery(null)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> model.figureOf(null)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> model.steadyState().service(null))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> AvailabilityInputs.fromModel().withDefault(null))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> AvailabilityInputs.fromModel().withFigure("web", null))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> AvailabilityInputs.fromModel().withStartDurations(null))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> AvailabilityInputs.builder().putFigures(null, Reliability.of(0.9))
        .build()).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> AvailabilityInputs.builder().putStartDurations("web", null)
        .build()).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void rawMaps_noClassCastException() {
    Map raw = new HashMap();
    raw.put(42, Reliability.of(0.9));
    assertThatThrownBy(() -> model.whatIf(raw)).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("not a service name");
    Map rawValue = new HashMap();
    rawValue.put("web", "99%");
    assertThatThrownBy(() -> model.whatIf(rawValue)).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("not a figure");
  }
}
