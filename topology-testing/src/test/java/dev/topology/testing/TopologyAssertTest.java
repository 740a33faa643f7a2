package dev.topology.testing;

import static dev.topology.testing.Failures.fails;
import static dev.topology.testing.Failures.refuses;
import static dev.topology.testing.TopologyAssertions.assertThat;

import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import org.junit.jupiter.api.Test;

class TopologyAssertTest {
  private final Topology shop = Shop.topology();

  @Test
  void hasService_canonicalOrAlias_passes() {
    assertThat(shop).hasService("postgres").hasService("db");
  }

  @Test
  void hasService_typo_failsWithTheClosestName() {
    fails(() -> assertThat(shop).hasService("postgress")).hasMessage(
        "Expected a service named 'postgress', but the topology has none; did you mean "
            + "postgres?");
  }

  @Test
  void hasService_nothingClose_failsWithoutSuggestion() {
    fails(() -> assertThat(shop).hasService("kafka")).hasMessage(
        "Expected a service named 'kafka', but the topology has none.");
  }

  @Test
  void hasService_null_isRefusedWithASentence() {
    refuses(() -> assertThat(shop).hasService(null))
        .hasMessage("The assertion needs a service name, not null.");
  }

  @Test
  void hasServices_all_passes() {
    assertThat(shop).hasServices("web", "api", "db");
  }

  @Test
  void hasServices_someMissing_namesThemAndTheClosest() {
    fails(() -> assertThat(shop).hasServices("web", "wroker", "kafka"))
        .hasMessageContaining("Expected services named 'web', 'wroker' and 'kafka', but the "
            + "topology has none named 'wroker' or 'kafka'.")
        .hasMessageContaining("Did you mean worker for 'wroker'?")
        .hasMessageContaining("It has 7 services: api, migrate, poller, postgres, redis, web, "
            + "worker.");
  }

  @Test
  void hasServices_noName_isRefused() {
    refuses(() -> assertThat(shop).hasServices())
        .hasMessage("The assertion needs at least one of the service names, not none.");
    refuses(() -> assertThat(shop).hasServices("web", null))
        .hasMessage("The assertion needs the service names, but name 2 of 2 is null.");
  }

  @Test
  void doesNotHaveService_absent_passes() {
    assertThat(shop).doesNotHaveService("kafka").doesNotHaveService("postgress");
  }

  @Test
  void doesNotHaveService_alias_failsNamingTheService() {
    fails(() -> assertThat(shop).doesNotHaveService("db")).hasMessage(
        "Expected no service named 'db', but the topology has one: 'db' is an alias of "
            + "postgres.");
    fails(() -> assertThat(shop).doesNotHaveService("web"))
        .hasMessage("Expected no service named 'web', but the topology has one.");
  }

  @Test
  void hasServiceCount_right_passes_wrong_failsWithBothCounts() {
    assertThat(shop).hasServiceCount(7);
    assertThat(CircleCiServer2.topology()).hasServiceCount(39);
    fails(() -> assertThat(shop).hasServiceCount(6)).hasMessageContaining(
        "Expected 6 services, but the topology has 7: api, migrate, poller, postgres, redis, "
            + "web, worker.");
  }

  @Test
  void hasDependency_anyKind_passes() {
    assertThat(shop).hasDependency("web", "api").hasDependency("api", "db")
        .hasDependency("poller", "api").hasRequiredDependency("api", "postgres")
        .hasOptionalDependency("api", "redis");
  }

  @Test
  void hasDependency_missing_failsListingWhatItDeclares() {
    fails(() -> assertThat(shop).hasDependency("web", "postgres")).hasMessage(
        "Expected web to declare a dependency on postgres, but it declares none on postgres, "
            + "only startup -> api.");
    fails(() -> assertThat(shop).hasDependency("redis", "postgres")).hasMessage(
        "Expected redis to declare a dependency on postgres, but it declares no dependency "
            + "at all.");
  }

  @Test
  void hasRequiredDependency_optionalOne_failsSayingItIsOptional() {
    fails(() -> assertThat(shop).hasRequiredDependency("api", "redis")).hasMessage(
        "Expected api to declare a required dependency on redis, but it declares only "
            + "startup -> redis (optional).");
    fails(() -> assertThat(shop).hasOptionalDependency("api", "db")).hasMessage(
        "Expected api to declare an optional dependency on postgres, but it declares only "
            + "startup -> postgres.");
  }

  @Test
  void hasDependency_typo_failsWithTheClosestName() {
    fails(() -> assertThat(shop).hasDependency("wbe", "api"))
        .hasMessage("Expected a service named 'wbe', but the topology has none; did you mean "
            + "web?");
    refuses(() -> assertThat(shop).hasDependency("web", null)).hasMessageContaining("not null");
  }

  @Test
  void doesNotHaveDependency_none_passes_one_fails() {
    assertThat(shop).doesNotHaveDependency("web", "postgres");
    fails(() -> assertThat(shop).doesNotHaveDependency("worker", "db")).hasMessage(
        "Expected worker to declare no dependency on postgres, but it declares startup -> "
            + "postgres.");
  }

  @Test
  void hasNoCycles_acyclic_passes() {
    assertThat(shop).hasNoCycles();
    assertThat(CircleCiServer2.topology()).hasNoCycles().hasService("postgres");
  }

  @Test
  void hasNoCycles_cycle_failsNamingIt() {
    // a --> b --> c --> a
    Topology cyclic = Topology.of(Service.of("a", Severity.LOW, "b"),
        Service.of("b", Severity.LOW, "c"), Service.of("c", Severity.LOW, "a"));
    fails(() -> assertThat(cyclic).hasNoCycles()).hasMessage(
        "Expected startup dependencies without a cycle, but they form one: a -> b -> c -> a "
            + "(each needs the next to start).");
  }

  @Test
  void hasNoLintFindings_clean_passes_redundant_fails() {
    assertThat(Topology.of(Service.of("db", Severity.HIGH), Service.of("api", Severity.HIGH,
        "db"))).hasNoLintFindings();
    // web needs db directly and through api: a redundant dependency, which lint reports.
    Topology redundant = Topology.of(Service.of("db", Severity.HIGH),
        Service.of("api", Severity.HIGH, "db"), Service.of("web", Severity.HIGH, "api", "db"));
    fails(() -> assertThat(redundant).hasNoLintFindings())
        .hasMessageStartingWith("Expected no lint finding, but there are ")
        .hasMessageContaining("\n  REDUNDANT_DEPENDENCY: 'web' needs 'db' to start");
  }

  @Test
  void anyCheck_nullTopology_fails() {
    fails(() -> assertThat((Topology) null).hasNoCycles())
        .hasMessageContaining("Expecting actual not to be null");
  }
}
