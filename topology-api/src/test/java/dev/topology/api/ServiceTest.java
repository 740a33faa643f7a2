package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceTest {

  @Test
  void builder_onlyNameAndSeverity_defaultsTheRest() {
    Service service = Service.builder().name("api").severity(Severity.HIGH).build();

    assertThat(service.role()).isEmpty();
    assertThat(service.failureEffect()).isEmpty();
    assertThat(service.lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING);
    assertThat(service.externalizable()).isFalse();
    assertThat(service.external()).isFalse();
    assertThat(service.startupGate()).isFalse();
    assertThat(service.image()).isEmpty();
    assertThat(service.dependencies()).isEmpty();
  }

  @Test
  void toBuilder_changeOneField_keepsTheOthers() {
    Service api = Service.builder().name("api").image("api-img").addAliases("a")
        .severity(Severity.HIGH).addDependencies(Dependency.startup("db")).build();

    Service variant = api.toBuilder().severity(Severity.LOW).build();

    assertThat(variant.severity()).isEqualTo(Severity.LOW);
    assertThat(variant.toBuilder().severity(Severity.HIGH).build()).isEqualTo(api);
    assertThat(variant.aliases()).containsExactly("a");
    assertThat(variant.dependencies()).containsExactly(Dependency.startup("db"));
  }

  @Test
  void of_startupDependencies_inGivenOrder() {
    Service service = Service.of("cron", Severity.MEDIUM, "postgres", "frontend");

    assertThat(service.startupDependencies()).extracting(Dependency::target)
        .containsExactly("postgres", "frontend");
  }

  @Test
  void names_canonicalThenAliases_imageIsNoName() {
    Service service = Service.builder().name("nomad_server").image("server-nomad")
        .addAliases("nomad").severity(Severity.HIGH).build();

    assertThat(service.names()).containsExactly("nomad_server", "nomad");
    assertThat(service.hasName("nomad")).isTrue();
    assertThat(service.hasName("server-nomad")).isFalse();
  }

  @Test
  void build_missingSeverity_namesTheField() {
    assertThatThrownBy(() -> Service.builder().name("api").build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'api' has no severity; it is required.");
  }

  @Test
  void build_everyProblem_listedTogether() {
    InvalidTopologyException e = (InvalidTopologyException) org.assertj.core.api.Assertions
        .catchThrowable(() -> Service.builder().name("api").image("img").addAliases(" ")
            .build());

    assertThat(e.problems()).extracting(Problem::kind).containsExactlyInAnyOrder(
        Problem.Kind.INVALID_NAME, Problem.Kind.MISSING_VALUE);
    assertThat(e.getMessage()).isEqualTo("2 problems:\n"
        + "- Service 'api' has an alias that is blank (' '); a name must be non-blank, without"
        + " white space or control characters.\n"
        + "- Service 'api' has no severity; it is required.");
  }

  @Test
  void build_imageEqualsName_allowedAsAnAttribute() {
    Service service = Service.builder().name("api").image("api").severity(Severity.LOW).build();

    assertThat(service.image()).contains("api");
    assertThat(service.names()).containsExactly("api");
  }

  @Test
  void build_aliasEqualsName_isDuplicate() {
    assertThatThrownBy(() -> Service.builder().name("api").addAliases("api")
        .severity(Severity.LOW).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'api' lists the name 'api' more than once; each name may appear once.");
  }

  @Test
  void builder_labels_keptSortedAndLookedUp() {
    Service service = Service.builder().name("api").severity(Severity.LOW)
        .label("team", "core").label("owner", "ana").build();

    assertThat(service.labels()).containsExactly(java.util.Map.entry("owner", "ana"),
        java.util.Map.entry("team", "core"));
    assertThat(service.label("team")).contains("core");
    assertThat(service.label("runbook")).isEmpty();
    assertThat(service.toBuilder().build()).isEqualTo(service);
    assertThat(service).hasToString("Service[api, LOW, long-running, labels {owner=ana, team=core}]");
  }

  @Test
  void build_labelWithNullValueOrBadKey_rejected() {
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    labels.put("team", null);
    assertThatThrownBy(() -> Service.builder().name("api").severity(Severity.LOW)
        .labels(labels).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Label 'team' of service 'api' has no value; use empty text instead.");
    assertThatThrownBy(() -> Service.builder().name("api").severity(Severity.LOW)
        .label("a b", "x").build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'api' has a label key that holds white space or a control character"
            + " ('a b'); a name must be non-blank, without white space or control characters.");
  }

  @Test
  void build_nameWithWhiteSpace_rejected() {
    assertThatThrownBy(() -> Service.of("api service", Severity.LOW))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("holds white space or a control character");
  }

  @Test
  void builder_nullArgument_libraryExceptionNotNpe() {
    assertThatThrownBy(() -> Service.builder().name("api").severity(Severity.LOW)
        .addDependencies((Dependency) null).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'api' has a null element in dependencies.");
    assertThatThrownBy(() -> Service.builder().name(null).severity(Severity.LOW).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("has a name that is missing");
  }

  @Test
  @org.junit.jupiter.api.Disabled("The generated builder's Optional and collection setters are"
      + " final and dereference their argument: a null Optional or list raises a"
      + " NullPointerException before any check of the library can run.")
  void builder_nullOptional_libraryExceptionNotNpe() {
    assertThatThrownBy(() -> Service.builder().name("api").severity(Severity.LOW)
        .image((java.util.Optional<String>) null))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A value for image is required, not null; use an empty Optional or list"
            + " instead.");
  }

  @Test
  void severityIn_conditionHoldsOrNot_settlesTheSeverity() {
    Service federation = Service.builder().name("federation-service").severity(Severity.HIGH)
        .severityCondition(SettingCondition.when("sso", "on")).severityOtherwise(Severity.MEDIUM).build();

    assertThat(federation.severityIn(Deployment.builder().choose("sso", "on").build()))
        .isEqualTo(Severity.HIGH);
    assertThat(federation.severityIn(Deployment.defaults())).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void build_conditionalSeverityWithoutOtherwise_mustBeThePresenceCondition() {
    SettingCondition local = SettingCondition.when("cache", "local");
    assertThatThrownBy(() -> Service.builder().name("cache").severity(Severity.HIGH)
        .severityCondition(local).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'cache' has a severity that holds only when cache is local but none"
            + " for otherwise; give severityOtherwise, or make the service present only under"
            + " that condition.");

    Service cache = Service.builder().name("cache").severity(Severity.HIGH)
        .severityCondition(local).presentWhen(local).build();
    assertThat(cache.isPresentIn(Deployment.defaults().with("cache", "local"))).isTrue();
    assertThat(cache.isPresentIn(Deployment.defaults().with("cache", "remote"))).isFalse();
  }

  @Test
  void build_otherwiseWithoutCondition_rejected() {
    assertThatThrownBy(() -> Service.builder().name("a").severity(Severity.HIGH)
        .severityOtherwise(Severity.LOW).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("but no condition");
  }

  @Test
  void build_externalButNotExternalizable_rejected() {
    assertThatThrownBy(() -> Service.builder().name("a").severity(Severity.HIGH).external(true)
        .build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'a' is marked external but is not externalizable.");
  }

  @Test
  void toString_readable() {
    Service service = Service.builder().name("contexts-vault").image("vault-cci")
        .addAliases("vault").severity(Severity.MEDIUM).externalizable(true)
        .addDependencies(Dependency.startup("postgres"),
            Dependency.runtime("blobs", "Stores blobs.").when(SettingCondition.when("store", "local")),
            Dependency.startup("cache").asOptional().withReadiness(Readiness.HEALTHY))
        .build();

    assertThat(service).hasToString("Service[contexts-vault aka vault (image vault-cci), MEDIUM,"
        + " long-running, externalizable, needs [startup -> postgres, runtime -> blobs (when store"
        + " is local), startup -> cache (optional, healthy)]]");
  }

  @Test
  void dependency_blankCitation_rejected() {
    assertThatThrownBy(() -> Dependency.runtime("db", " "))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A dependency on 'db' has a blank citation; leave it empty instead.");
    assertThat(Dependency.builder().target("db").build())
        .isEqualTo(Dependency.builder().target("db").kind(DependencyKind.STARTUP).required(true)
            .readiness(Readiness.STARTED).condition(Optional.empty()).citation(Optional.empty())
            .onlyIfPresent(false).restartsWith(false).build());
  }

  @Test
  void deployment_externalized_sortedAndDeduplicated() {
    Deployment deployment = Deployment.builder()
        .externalized(List.of("postgres", "mongo", "postgres")).build();

    assertThat(deployment.externalized()).containsExactly("mongo", "postgres");
    assertThat(deployment.toBuilder().build()).isEqualTo(deployment);
    assertThat(Deployment.builder().build()).isEqualTo(Deployment.defaults());
  }

  @Test
  void severity_orderAndMax() {
    assertThat(Severity.LOW).isLessThan(Severity.MEDIUM);
    assertThat(Severity.MEDIUM).isLessThan(Severity.HIGH);
    assertThat(Severity.LOW.max(Severity.HIGH)).isEqualTo(Severity.HIGH);
    assertThat(Severity.HIGH.max(Severity.MEDIUM)).isEqualTo(Severity.HIGH);
    assertThat(Severity.HIGH.meaning()).isEqualTo(
        "Failure can lose or corrupt data, or take down a major part of the system.");
  }
}
