package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.Health;
import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Severity;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageOptions;
import dev.topology.graph.triage.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Observations built from a topology, and what triage makes of them. */
class ObservationsTest {
  private static final TopologyGraph STACK = TopologyGraph.of(Fixtures.webStack());

  @Test
  void allRunning_hasOneComposeContainerPerService_oneShotTasksCompleted() {
    Observation seen = Observations.allRunning(Fixtures.webStack()).observation();

    assertThat(seen.isComplete()).isTrue();
    assertThat(seen.containers()).extracting(ObservedContainer::name).containsExactly(
        "topology-api-1", "topology-cache-1", "topology-db-1", "topology-migrate-1",
        "topology-proxy-1", "topology-web-1");
    ObservedContainer db = seen.containers("db").get(0);
    assertThat(db.state()).isEqualTo(ContainerState.RUNNING);
    assertThat(db.health()).isEqualTo(Health.NONE);
    assertThat(db.image()).contains("postgres:16");
    assertThat(db.labels()).isEqualTo(Map.of(ObservedContainer.PROJECT_LABEL, "topology",
        ObservedContainer.SERVICE_LABEL, "db"));
    ObservedContainer migrate = seen.containers("migrate").get(0);
    assertThat(migrate.state()).isEqualTo(ContainerState.EXITED);
    assertThat(migrate.exitCode()).hasValue(0);
  }

  @Test
  void allRunning_triagesAsNothingFailed() {
    Triage triage = STACK.triage(Observations.allRunning(Fixtures.webStack()).observation(),
        TriageOptions.inferred().withProject(Observations.DEFAULT_PROJECT));

    assertThat(triage.failed()).isEmpty();
    assertThat(triage.severity()).isEmpty();
  }

  @Test
  void exited_db_isTheRootCause_ofTheRequestPath() {
    Observation seen = Observations.allRunning(Fixtures.webStack())
        .exited("db", 137).exited("api", 1).exited("web", 1).exited("proxy", 1).observation();

    Triage triage = STACK.triage(seen);

    assertThat(triage.causes()).extracting(c -> c.service()).containsExactly("db");
    assertThat(triage.failed()).containsExactlyInAnyOrder("api", "db", "proxy", "web");
    assertThat(triage.severity()).contains(Severity.HIGH);
    assertThat(seen.containers("db").get(0).exitCode()).hasValue(137);
  }

  @Test
  void unhealthy_restarting_setStateHealthAndCode() {
    Observation seen = Observations.allRunning(Fixtures.webStack())
        .unhealthy("api").restarting("web").restarting("proxy", 2).observation();

    ObservedContainer api = seen.containers("api").get(0);
    assertThat(api.state()).isEqualTo(ContainerState.RUNNING);
    assertThat(api.health()).isEqualTo(Health.UNHEALTHY);
    assertThat(seen.containers("web").get(0).state()).isEqualTo(ContainerState.RESTARTING);
    assertThat(seen.containers("web").get(0).exitCode()).hasValue(1);
    assertThat(seen.containers("proxy").get(0).exitCode()).hasValue(2);
    assertThat(STACK.triage(seen).service("api").orElseThrow().verdict())
        .isEqualTo(Verdict.UNHEALTHY);
  }

  @Test
  void except_inACompleteObservation_isNeverCreated_inAPartialOne_notObserved() {
    Observations withoutCache = Observations.allRunning(Fixtures.webStack()).except("cache");

    assertThat(withoutCache.observation().containers("cache")).isEmpty();
    assertThat(STACK.triage(withoutCache.observation()).service("cache").orElseThrow()
        .verdict()).isEqualTo(Verdict.NOT_SEEN);
    Triage partial = STACK.triage(withoutCache.partial().observation());
    assertThat(partial.coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(partial.service("cache").orElseThrow().verdict())
        .isEqualTo(Verdict.UNOBSERVED);
    assertThat(partial.unobserved()).containsExactly("cache");
    assertThat(withoutCache.partial().complete().observation().isComplete()).isTrue();
  }

  @Test
  void aLaterCall_replacesAnEarlierOne_forTheSameService() {
    Observation seen = Observations.allRunning(Fixtures.webStack())
        .except("db").exited("db", 3).observation();

    assertThat(seen.containers("db")).singleElement()
        .satisfies(c -> assertThat(c.exitCode()).hasValue(3));
  }

  @Test
  void values_areImmutable_aBaseCanBeShared() {
    Observations base = Observations.allRunning(Fixtures.webStack());
    base.exited("db", 1);

    assertThat(base.observation().containers("db").get(0).state())
        .isEqualTo(ContainerState.RUNNING);
  }

  @Test
  void project_renamesAndRelabels_withoutProject_namesContainersAfterServices() {
    Observations shop = Observations.allRunning(Fixtures.webStack()).exited("db", 137)
        .project("shop");

    ObservedContainer db = shop.observation().containers("db").get(0);
    assertThat(db.name()).isEqualTo("shop-db-1");
    assertThat(db.project()).contains("shop");
    assertThat(db.exitCode()).hasValue(137);
    ObservedContainer plain = shop.withoutProject().observation().containers("db").get(0);
    assertThat(plain.name()).isEqualTo("db");
    assertThat(plain.labels()).isEmpty();
    assertThat(plain.exitCode()).hasValue(137);
  }

  @Test
  void catalog_withoutProject_triagesUnderWithoutProject() {
    Observation seen = Observations.allRunning(Fixtures.catalog()).withoutProject()
        .exited("postgres", 137).observation();

    Triage triage = Fixtures.catalogGraph("default")
        .triage(seen, TriageOptions.inferred().withoutProject());

    assertThat(triage.causes()).extracting(c -> c.service()).containsExactly("postgres");
    assertThat(seen.containers()).hasSize(39);
  }

  @Test
  void servicesAreNamedByAnyName_andKeptByCanonicalName() {
    Observation seen = Observations.allRunning(Fixtures.catalog()).withoutProject()
        .exited("vault-cci", 1).observation();

    assertThat(seen.containers("contexts-vault").get(0).state())
        .isEqualTo(ContainerState.EXITED);
  }

  @Test
  void externalServices_haveNoContainer_andCannotBeObserved() {
    Observations outside = Observations.allRunning(Fixtures.catalog(),
        CircleCiServer2.externalizedDeployment());

    assertThat(outside.observation().containers()).hasSize(33);
    assertThatThrownBy(() -> outside.exited("postgres", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Service 'postgres' is external in this deployment: it runs elsewhere and"
            + " has no container to observe.");
  }

  @Test
  void unknownName_failsWithTheNearestNames() {
    Observations stack = Observations.allRunning(Fixtures.webStack());

    assertThatThrownBy(() -> stack.exited("dbb", 1))
        .isInstanceOf(NoSuchServiceException.class)
        .hasMessage("No service is named 'dbb'. Did you mean 'db'?");
    assertThatThrownBy(() -> stack.except("web", "wep"))
        .isInstanceOf(NoSuchServiceException.class)
        .hasMessageContaining("'wep'").hasMessageContaining("'web'");
  }

  @Test
  void nulls_areRefusedInSentences() {
    assertThatThrownBy(() -> Observations.allRunning(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Observations are made of a topology's services, not null.");
    Observations stack = Observations.allRunning(Fixtures.webStack());
    assertThatThrownBy(() -> stack.unhealthy(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A service is named, not null.");
    assertThatThrownBy(() -> stack.project(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not blank text");
    assertThatThrownBy(() -> Observations.merge(null, stack.observation()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("merge takes two observations; the first is null.");
  }

  @Test
  void merge_keepsEveryContainer_theLaterWinsForOneInBoth() {
    Observation earlier = Observation.of(ObservedContainer.of("db", ContainerState.RUNNING),
        ObservedContainer.of("api", ContainerState.RUNNING));
    Observation later = Observation.of(ObservedContainer.of("db", ContainerState.EXITED, 137),
        ObservedContainer.of("web", ContainerState.RUNNING));

    Observation merged = Observations.merge(earlier, later);

    assertThat(merged.containers()).containsExactly(
        ObservedContainer.of("api", ContainerState.RUNNING),
        ObservedContainer.of("db", ContainerState.EXITED, 137),
        ObservedContainer.of("web", ContainerState.RUNNING));
    assertThat(merged.isComplete()).isFalse();
    assertThat(Observations.merge(later, earlier).containers("db"))
        .containsExactly(ObservedContainer.of("db", ContainerState.RUNNING));
  }

  @Test
  void merge_isCompleteIfEitherIs() {
    Observation partial = Observation.of(ObservedContainer.of("db", ContainerState.RUNNING));
    Observation complete = partial.withCoverage(Coverage.COMPLETE);

    assertThat(Observations.merge(partial, complete).isComplete()).isTrue();
    assertThat(Observations.merge(complete, partial).isComplete()).isTrue();
    assertThat(Observations.merge(partial, partial).isComplete()).isFalse();
  }

  @Test
  void state_givesAnyDockerState() {
    Observation seen = Observations.allRunning(Fixtures.chain())
        .state("queue", ContainerState.PAUSED, Health.NONE).observation();

    assertThat(seen.containers("queue").get(0).state()).isEqualTo(ContainerState.PAUSED);
    assertThat(Observations.allRunning(Fixtures.chain()).partial().toString())
        .startsWith("Observations[project topology, partial: Observation[4 containers");
  }
}
