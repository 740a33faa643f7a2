package dev.topology.formats.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.topology.api.Coverage;
import dev.topology.api.Deployment;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.formats.compose.ComposeProject;
import dev.topology.formats.compose.ComposeReader;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.triage.ForeignObservationException;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import dev.topology.graph.triage.TriageOptions;
import dev.topology.graph.triage.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Captured {@code docker ps} and {@code docker compose ps} output beside the small Compose file
 * {@code docker/stacks/shop.yml}, triaged end to end: one scenario per rule of trust (a
 * foreign observation, coverage, profiles, exit codes, recovery).
 *
 * <pre>
 *   web ──► db ◄── worker        adminer (profile debug) ──► db
 *    └──► migrate (one-shot) ──► db
 * </pre>
 */
class TriageComposeScenariosTest {
  private static final ComposeProject SHOP =
      ComposeReader.defaults().read(Captured.text("stacks/shop.yml"));
  private static final TopologyGraph ENGINE =
      TopologyGraph.of(SHOP.topology(), Deployment.defaults());
  private static final TriageOptions AS_SHOP =
      TriageOptions.inferred().withProject(SHOP.name().orElseThrow());

  @Test
  void triage_anotherProjectsContainersAgainstTheShop_refusedNamingTheProject() {
    // Item 1: every container is labelled com.docker.compose.project=acme; the file is "shop".
    assertThatThrownBy(() -> ENGINE.triage(
        DockerPs.read(Captured.text("stacks/acme-docker-ps.jsonl"), SHOP.topology()), AS_SHOP))
        .isInstanceOf(ForeignObservationException.class)
        .hasMessage("The containers belong to the Compose project 'acme', not to 'shop';"
            + " triage them against the Compose file of that project.");
  }

  @Test
  void triage_composeContainersAgainstTheCatalog_refused() {
    // Item 1: the run without --compose: the catalog is no Compose project.
    TopologyGraph catalog = TopologyGraph.of(CircleCiServer2.topology());
    assertThatThrownBy(() -> catalog.triage(DockerPs.read(
        Captured.text("stacks/acme-docker-ps.jsonl"), CircleCiServer2.topology()),
        TriageOptions.inferred().withoutProject()))
        .isInstanceOf(ForeignObservationException.class)
        .hasMessageStartingWith("The containers belong to the Compose project 'acme', and this"
            + " topology is no Compose project");
  }

  @Test
  void triage_anotherProjectWithoutLabelsChecked_mostUnmatchedRefused() {
    // Item 1: against the shop without naming its project, labels are not checked, but only
    // acme-web-1 names a shop service (by its Compose service label "web"); acme-acme-db-1,
    // acme-api-1 and acme-cache-1 match none by name or image (postgres, redis and acme/api
    // name no shop service). 3 of 4 match nothing: refused.
    assertThatThrownBy(() -> ENGINE.triage(
        DockerPs.read(Captured.text("stacks/acme-docker-ps.jsonl"), SHOP.topology())))
        .isInstanceOf(ForeignObservationException.class)
        .hasMessage("3 of 4 containers match no service of this topology ('acme-acme-db-1',"
            + " 'acme-api-1', 'acme-cache-1'); the observation is not of it: triage against the"
            + " topology they belong to.");
  }

  @Test
  void triage_filteredDockerPsOfTheDatabase_partialTheRestUnobserved() {
    // Item 2: docker ps --filter gives db alone, exited (137). Partial: web, worker and
    // migrate are not observed, not down; db is the one failure and the one cause, web and
    // worker at risk through it. The whole system is not called down for want of containers.
    Triage triage = ENGINE.triage(DockerPs.read(
        Captured.text("stacks/shop-db-only-docker-ps.jsonl"), SHOP.topology()), AS_SHOP);
    assertThat(triage.coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(triage.failed()).containsExactly("db");
    assertThat(triage.unobserved()).containsExactly("migrate", "web", "worker");
    assertThat(triage.causes()).containsExactly(
        TriageCause.of("db", dev.topology.api.Severity.MEDIUM, List.of()));
    assertThat(triage.summary()).contains("3 services not observed.");
  }

  @Test
  void triage_emptyComposePs_refusedNoContainers() {
    // Item 2: "[]" is read, but says nothing: triage refuses it.
    assertThatThrownBy(() -> ENGINE.triage(ComposePs.read("[]"), AS_SHOP))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("No containers in the input");
  }

  @Test
  void triage_completeComposePsWithoutWorker_workerNeverCreatedAdminerNotExpected() {
    // Item 2: compose ps -a of the project is complete. worker has no container: never
    // created, failed, and the phase is STARTUP. adminer's profile is off: not expected, not a
    // failure. db exited (137); at startup worker cannot start without it, so db is the one
    // cause and explains worker. web runs and needs db: checked, not restarted (item 5).
    Triage triage = ENGINE.triage(ComposePs.read(Captured.text("stacks/shop-compose-ps.jsonl")),
        AS_SHOP);
    assertThat(triage.coverage()).isEqualTo(Coverage.COMPLETE);
    assertThat(triage.service("worker").orElseThrow())
        .extracting(ServiceStatus::verdict, ServiceStatus::reason)
        .containsExactly(Verdict.NOT_SEEN, "never created: no container in a complete observation");
    assertThat(triage.services()).extracting(ServiceStatus::service)
        .containsExactly("db", "migrate", "web", "worker");
    assertThat(triage.failed()).containsExactly("db", "worker");
    assertThat(triage.recovery()).extracting(RecoveryStep::service, RecoveryStep::action)
        .contains(tuple("db", RecoveryStep.Action.RESTART),
            tuple("worker", RecoveryStep.Action.START),
            tuple("web", RecoveryStep.Action.CHECK));
    assertThat(triage.toCheck()).containsExactly("web");
    assertThat(triage.phase()).isEqualTo(dev.topology.graph.startup.Phase.STARTUP);
    assertThat(triage.causes()).containsExactly(
        TriageCause.of("db", dev.topology.api.Severity.MEDIUM, List.of("worker")));
  }

  @Test
  void triage_containerOfTheDebugProfile_switchesItOnAndJudgesIt() {
    // Item 3: adminer (profile debug, off by default) exited (1). Its container switches the
    // profile on for this triage: adminer is judged, down, and the cause.
    Triage triage = ENGINE.triage(
        ComposePs.read(Captured.text("stacks/shop-debug-compose-ps.jsonl")), AS_SHOP);
    assertThat(triage.switchedOn()).containsExactly(Map.entry("debug", "on"));
    assertThat(triage.unknownContainers()).isEmpty();
    assertThat(triage.failed()).containsExactly("adminer");
    assertThat(triage.causes()).extracting(TriageCause::service).containsExactly("adminer");
    assertThat(triage.summary()).endsWith("Switched on for the containers seen: debug=on.");
  }

  @Test
  void triage_migrateExitedCodeUnknown_unknownNotACause() {
    // Item 4: the older output gives migrate's state but no exit code: unknown, not failed,
    // and nothing is down; it is listed to check.
    Triage triage = ENGINE.triage(
        ComposePs.read(Captured.text("stacks/shop-migrate-code-unknown-compose-ps.json")),
        AS_SHOP);
    assertThat(triage.service("migrate").map(ServiceStatus::verdict)).contains(Verdict.UNKNOWN);
    assertThat(triage.failed()).isEmpty();
    assertThat(triage.causes()).isEmpty();
    assertThat(triage.toCheck()).containsExactly("migrate");
  }
}
