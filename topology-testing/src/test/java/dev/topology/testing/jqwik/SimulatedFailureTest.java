package dev.topology.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.Deployment;
import dev.topology.api.Health;
import dev.topology.api.Lifecycle;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SimulatedFailureTest {

  @Provide
  Arbitrary<SimulatedFailure> failures() {
    return TopologyArbitraries.topologies().ofServices(1, 10)
        .flatMap(TopologyArbitraries::failures);
  }

  @Provide
  Arbitrary<SimulatedFailure> singleFailures() {
    return TopologyArbitraries.topologies().ofServices(1, 10)
        .flatMap(t -> TopologyArbitraries.failures(TopologyGraph.of(t), 1));
  }

  @Provide
  Arbitrary<SimulatedFailure> singleFailuresWithoutGates() {
    return TopologyArbitraries.topologies().ofServices(1, 10).withStartupGates(0)
        .flatMap(t -> TopologyArbitraries.failures(TopologyGraph.of(t), 1));
  }

  @Property(tries = 200)
  void failures_anyTopology_impactIsTheEnginesAnswer(@ForAll("failures") SimulatedFailure f) {
    assertThat(f.failed()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(f.impact()).isEqualTo(f.graph().impact(f.phase(), f.failed()));
    if (f.phase() == Phase.RUNTIME) {
      assertThat(f.failed()).allSatisfy(name -> assertThat(
          f.graph().topology().service(name).lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING));
    }
  }

  @Property(tries = 200)
  void failures_anyTopology_oneContainerPerStartedServiceInTheStateOfItsFate(
      @ForAll("failures") SimulatedFailure f) {
    Observation seen = f.observation();
    assertThat(seen.coverage()).isEqualTo(Coverage.COMPLETE);
    List<String> started = f.graph().topology().services().stream()
        .filter(s -> !s.external()).map(Service::name).toList();
    assertThat(seen.byService().keySet()).containsExactlyElementsOf(started);
    Set<String> affected = new HashSet<>(f.impact().affectedNames());
    for (ObservedContainer container : seen.containers()) {
      String service = container.service();
      assertThat(container.name()).isEqualTo("topology-" + service + "-1");
      assertThat(container.labels()).containsEntry(ObservedContainer.PROJECT_LABEL, "topology")
          .containsEntry(ObservedContainer.SERVICE_LABEL, service);
      boolean task = f.graph().topology().service(service).lifecycle() == Lifecycle.ONE_SHOT;
      if (f.failed().contains(service)) {
        assertThat(container.isUp()).as(container.toString()).isFalse();
        if (container.state() == ContainerState.EXITED) {
          assertThat(container.exitCode()).isPresent();
          assertThat(container.exitCode().getAsInt()).isNotZero();
        } else {
          assertThat(task).isFalse();
          assertThat(container.health()).isEqualTo(Health.UNHEALTHY);
        }
      } else if (affected.contains(service) && f.phase() == Phase.STARTUP) {
        assertThat(container.state()).isEqualTo(ContainerState.CREATED);
      } else if (affected.contains(service)) {
        assertThat(container.state()).isIn(ContainerState.EXITED, ContainerState.RUNNING);
      } else if (task) {
        assertThat(container.state()).isEqualTo(ContainerState.EXITED);
        assertThat(container.exitCode()).hasValue(0);
      } else {
        assertThat(container.isUp()).as(container.toString()).isTrue();
      }
    }
  }

  @Property(tries = 200)
  void triage_anyFailure_findsThePlantedServicesFailed(@ForAll("failures") SimulatedFailure f) {
    Triage triage = f.graph().triage(f.observation(), f.triageOptions());

    assertThat(triage.phase()).isEqualTo(f.phase());
    assertThat(triage.failed()).containsAll(f.failed());
    assertThat(triage.unknownContainers()).isEmpty();
  }

  @Property(tries = 200)
  void triage_singleFailure_amongTheRootCauses(@ForAll("singleFailures") SimulatedFailure f) {
    Triage triage = f.graph().triage(f.observation(), f.triageOptions());

    assertThat(triage.rootCauses()).isPresent();
    assertThat(triage.rootCauses().get().candidates()).extracting(RootCause::services)
        .contains(f.failed());
  }

  @Property(tries = 200)
  void triage_singleFailureWithoutGates_namedTheCause(
      @ForAll("singleFailuresWithoutGates") SimulatedFailure f) {
    Triage triage = f.graph().triage(f.observation(), f.triageOptions());

    assertThat(triage.causes()).extracting(TriageCause::service)
        .containsExactlyElementsOf(f.failed());
  }

  @Property(tries = 100)
  void observations_anyTopology_completeAndOfItsServices(@ForAll Topology topology) {
    Observation seen = TopologyArbitraries.observations(topology).sample();

    assertThat(seen.isComplete()).isTrue();
    assertThat(seen.byService().keySet()).allSatisfy(s -> assertThat(topology.contains(s))
        .isTrue());
  }

  @Test
  void failures_runtimeWithoutLongRunningServices_alwaysAtStartup() {
    Topology tasks = Topology.of(
        Service.builder().name("migrate").severity(Severity.HIGH)
            .lifecycle(Lifecycle.ONE_SHOT).build(),
        Service.builder().name("seed").severity(Severity.LOW)
            .lifecycle(Lifecycle.ONE_SHOT).build());

    assertThat(TopologyArbitraries.failures(tasks).sampleStream().limit(50))
        .allSatisfy(f -> assertThat(f.phase()).isEqualTo(Phase.STARTUP));
  }

  @Test
  void toString_singleFailure_namesPhaseAndWhatItTakesDown() {
    Topology chain = Topology.of(Service.of("db", Severity.HIGH),
        Service.of("api", Severity.MEDIUM, "db"));
    SimulatedFailure f = TopologyArbitraries.failures(TopologyGraph.of(chain), 1)
        .filter(x -> x.phase() == Phase.STARTUP && x.failed().equals(List.of("db")))
        .sample();

    assertThat(f).hasToString("SimulatedFailure[startup: db fails, takes down [api]]");
    assertThat(f.observation().containers()).extracting(ObservedContainer::toString)
        .hasSize(2).contains("topology-api-1 (api) created");
  }

  @Test
  void failures_badArguments_refused() {
    assertThatThrownBy(() -> TopologyArbitraries.failures((Topology) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A simulated failure needs a topology, not null.");
    Topology one = Topology.of(Service.of("db", Severity.HIGH));
    assertThatThrownBy(() -> TopologyArbitraries.failures(TopologyGraph.of(one), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A simulated failure needs at least one failed service; the most was given"
            + " as 0.");
    assertThatThrownBy(() -> TopologyArbitraries.failures(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("engine");
    Topology outside = Topology.of(Service.builder().name("s3").severity(Severity.HIGH)
        .externalizable(true).external(true).build());
    assertThatThrownBy(() -> TopologyArbitraries.failures(outside))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A simulated failure needs a service the installation starts, but every"
            + " service of [s3] runs outside it.");
  }

  @Property(tries = 100)
  void deployments_anyTopology_fitAndResolve(@ForAll("larger") Topology topology) {
    for (Deployment deployment : TopologyArbitraries.deployments(topology).sampleStream()
        .limit(5).toList()) {
      Deployment settled = topology.settle(deployment);
      assertThat(deployment.settings().keySet()).containsExactlyElementsOf(
          topology.settings().stream().map(Setting::name).toList());
      assertThat(settled).isEqualTo(deployment);
      assertThat(deployment.externalized()).allSatisfy(name -> assertThat(
          topology.service(name).externalizable()).isTrue());
      assertThat(deployment.externalized()).allSatisfy(name -> assertThat(
          topology.service(name).isPresentIn(deployment)).isTrue());
      TopologyGraph.of(topology, deployment);
    }
  }

  @Provide
  Arbitrary<Topology> larger() {
    return TopologyArbitraries.topologies().ofServices(2, 10).withSettings(3)
        .withExternalServices(0.5).withConditionalServices(0.4);
  }

  @Test
  void deployments_twoSettings_everyCombinationComesUp() {
    Topology topology = Topology.of(List.of(Setting.onOff("sso"),
        Setting.of("storage", "disk", "bucket", "nfs")), List.of(Service.builder().name("db")
        .severity(Severity.HIGH).externalizable(true).build()));

    Set<String> seen = new HashSet<>();
    TopologyArbitraries.deployments(topology).sampleStream().limit(300)
        .forEach(d -> seen.add(d.description()));

    assertThat(seen).hasSize(12).contains("sso=on, storage=nfs; externalized: db",
        "sso=off, storage=disk");
  }

  @Test
  void deployments_null_refused() {
    assertThatThrownBy(() -> TopologyArbitraries.deployments(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Deployments are made for a topology, not null.");
  }
}
