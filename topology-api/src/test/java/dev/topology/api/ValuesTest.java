package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small values at their edges: nulls given to constructors, words, defaults. */
class ValuesTest {
  @Test
  void service_constructorWithNulls_everyProblemListedNoNullPointer() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> Service.builder().name("a").role(null)
            .severity(Severity.LOW).dependencies(Arrays.asList(Dependency.startup("b"), null))
            .build());
    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "Service 'a' has no role; it is required.",
        "Service 'a' has a null element in dependencies.");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.services()).containsExactly("a"));
  }

  @Test
  void service_nullAliasElement_reportedOnce() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> Service.builder().name(null).aliases(Arrays.asList("x", null, null))
            .severity(Severity.LOW).build());
    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "A service has a name that is missing (null); a name must be non-blank, without white"
            + " space or control characters.",
        "A service has a null element in aliases.");
  }

  @Test
  void service_badImageAliasOrTarget_eachNamed() {
    assertThatThrownBy(() -> Service.builder().name("a").image(" ").severity(Severity.LOW)
        .build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'a' has an image that is blank (' '); a name must be non-blank,"
            + " without white space or control characters.");
    assertThatThrownBy(() -> Service.builder().name("a").addAliases("b", "a")
        .severity(Severity.LOW).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'a' lists the name 'a' more than once; each name may appear once.");
    assertThatThrownBy(() -> Dependency.startup("d b"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A dependency has a target that holds white space or a control character"
            + " ('d b'); a name must be non-blank, without white space or control characters.");
  }

  @Test
  void service_dependenciesOfOneKind_onlyThatKind() {
    Service service = Service.builder().name("api").severity(Severity.LOW)
        .addDependencies(Dependency.startup("db"), Dependency.runtime("queue", "It queues."),
            Dependency.startup("logs"))
        .build();
    assertThat(service.startupDependencies()).extracting(Dependency::target)
        .containsExactly("db", "logs");
    assertThat(service.dependencies(DependencyKind.RUNTIME)).extracting(Dependency::target)
        .containsExactly("queue");
  }

  @Test
  void service_toString_showsConditionsGateAndPresence() {
    Service service = Service.builder().name("blobs").severity(Severity.HIGH)
        .severityCondition(SettingCondition.when("sso", "on")).severityOtherwise(Severity.LOW)
        .lifecycle(Lifecycle.STARTUP_ONLY).external(true).externalizable(true).startupGate(true)
        .presentWhen(SettingCondition.when("store", "local")).build();
    assertThat(service).hasToString("Service[blobs, HIGH when sso is on, otherwise LOW,"
        + " startup-only, external, startup gate, present when store is local]");
  }

  @Test
  void deployment_missingOrBadValues_everyProblemListed() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> Deployment.builder().putSettings("a b", "x").externalized(Set.of("ok", " "))
            .build());
    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "A deployment has a setting that holds white space or a control character"
            + " ('a b'); a name must be non-blank, without white space or control characters.",
        "A deployment has an externalized service that is blank (' '); a name must be non-blank,"
            + " without white space or control characters.");
    assertThatThrownBy(() -> Deployment.builder().settings(java.util.Map.of("a b", "x")).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A deployment has a setting that holds white space or a control character"
            + " ('a b'); a name must be non-blank, without white space or control characters.");
  }

  @Test
  void deployment_isExternalized_byTheNameGiven() {
    Deployment deployment = Deployment.builder().addExternalized("postgres").build();
    assertThat(deployment.isExternalized("postgres")).isTrue();
    assertThat(deployment.isExternalized("postgres-script-enhance")).isFalse();
    assertThat(deployment).hasToString("Deployment[externalized: postgres]");
  }

  @Test
  void broadDependents_missingOrBlank_rejected() {
    assertThatThrownBy(() -> BroadDependents.of(null, "Most use it."))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A broad-dependents statement has no kind; it is required.");
    assertThatThrownBy(() -> BroadDependents.of(DependencyKind.RUNTIME, " "))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A broad-dependents statement has a blank citation.");
    BroadDependents broad = BroadDependents.builder().kind(DependencyKind.STARTUP)
        .citation("All need it.").build();
    assertThat(broad.toBuilder().build()).isEqualTo(broad);
    assertThat(broad).hasToString("unnamed startup dependents: \"All need it.\"");
  }

  @Test
  void condition_anyOf_holdsWhenAnyChoiceHasAListedValue() {
    SettingCondition condition = SettingCondition.when("region", "eu", "uk").or("debug", "on");

    assertThat(condition.holdsIn(Deployment.defaults().with("region", "uk"))).isTrue();
    assertThat(condition.holdsIn(Deployment.defaults().with("region", "us")
        .with("debug", "on"))).isTrue();
    assertThat(condition.holdsIn(Deployment.defaults().with("region", "us")
        .with("debug", "off"))).isFalse();
    assertThat(condition.holdsIn(Deployment.defaults())).isFalse();
    assertThatThrownBy(() -> condition.holdsIn(null))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A condition needs a deployment to be tested in, not null.");
  }

  @Test
  void condition_description_sortedChoicesAndValues() {
    SettingCondition condition = SettingCondition.when("region", "uk", "eu").or("debug", "on");

    assertThat(condition.description()).isEqualTo("when debug is on or region is eu or uk");
    assertThat(condition).hasToString("when debug is on or region is eu or uk");
    assertThat(condition.anyOf()).containsOnlyKeys("debug", "region");
  }

  @Test
  void condition_orOnTheSameChoice_mergesTheValues() {
    assertThat(SettingCondition.when("region", "eu").or("region", "uk"))
        .isEqualTo(SettingCondition.when("region", "uk", "eu"));
  }

  @Test
  void condition_noChoiceOrNoValue_rejected() {
    assertThatThrownBy(() -> SettingCondition.builder().anyOf(java.util.Map.of()).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A condition names no setting; it needs one.");
    assertThatThrownBy(() -> SettingCondition.when("region"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A condition on 'region' lists no value; it needs one.");
    assertThatThrownBy(() -> SettingCondition.when(null, "x"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A condition needs the name of a setting, not null.");
  }

  @Test
  void choice_fewerThanTwoValues_rejected() {
    assertThatThrownBy(() -> Setting.of("region", "eu"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Setting 'region' has 1 value; a setting needs at least two.");
  }

  @Test
  void choice_valueListedTwice_rejected() {
    assertThatThrownBy(() -> Setting.of("region", "eu", "us", "eu"))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Setting 'region' lists the value 'eu' more than once.");
  }

  @Test
  void choice_defaultNotAValue_rejected() {
    assertThatThrownBy(() -> Setting.builder().name("region").values(List.of("eu", "us"))
        .defaultValue("uk").build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Setting 'region' has the default 'uk', which is not one of its values"
            + " 'eu', 'us'.");
  }

  @Test
  void choice_onOffAndOf_defaultsAndWords() {
    Setting debug = Setting.onOff("debug");
    Setting region = Setting.of("region", "eu", "us").describedAs("Where it runs.");

    assertThat(debug.values()).containsExactly("off", "on");
    assertThat(debug.defaultValue()).isEqualTo(Setting.OFF);
    assertThat(region.defaultValue()).isEqualTo("eu");
    assertThat(region.description()).isEqualTo("Where it runs.");
    assertThat(region.toBuilder().build()).isEqualTo(region);
    assertThat(region).hasToString("Setting[region: eu | us, default eu]");
  }

  @Test
  void deployment_withAndWithExternalized_newDeploymentsSorted() {
    Deployment deployment = Deployment.defaults().with("region", "us").with("debug", "on")
        .withExternalized("postgres", "mongo");

    assertThat(deployment.settings()).containsExactly(java.util.Map.entry("debug", "on"),
        java.util.Map.entry("region", "us"));
    assertThat(deployment.value("region")).contains("us");
    assertThat(deployment.value("cache")).isEmpty();
    assertThat(deployment.externalized()).containsExactly("mongo", "postgres");
    assertThat(deployment.with("region", "eu").value("region")).contains("eu");
    assertThat(Deployment.defaults().settings()).isEmpty();
  }

  @Test
  void deployment_descriptionAndToString_inWords() {
    Deployment deployment = Deployment.defaults().with("region", "us").with("debug", "on")
        .withExternalized("postgres");

    assertThat(deployment.description())
        .isEqualTo("debug=on, region=us; externalized: postgres");
    assertThat(deployment).hasToString("Deployment[debug=on, region=us; externalized: postgres]");
    assertThat(Deployment.defaults()).hasToString("Deployment[defaults]");
  }

  @Test
  void dependency_optionalAndReadiness_keptByTheBuilder() {
    Dependency dependency = Dependency.startup("cache").asOptional()
        .withReadiness(Readiness.COMPLETED);

    assertThat(dependency.required()).isFalse();
    assertThat(dependency.readiness()).isEqualTo(Readiness.COMPLETED);
    assertThat(dependency.toBuilder().build()).isEqualTo(dependency);
    assertThat(dependency).hasToString("startup -> cache (optional, completed successfully)");
    assertThat(Readiness.HEALTHY.description()).isEqualTo("healthy");
  }

  @Test
  void lifecycle_wordsAndRuntimeRelevance() {
    assertThat(Lifecycle.ONE_SHOT.description()).isEqualTo("runs once at startup and exits");
    assertThat(Lifecycle.LONG_RUNNING.mattersAtRuntime()).isTrue();
    assertThat(Lifecycle.ONE_SHOT.mattersAtRuntime()).isFalse();
    assertThat(Lifecycle.STARTUP_ONLY.mattersAtRuntime()).isFalse();
  }

  @Test
  void problem_toString_isItsMessage() {
    Problem problem = Problem.of(Problem.Kind.INVALID_NAME, "Bad name.", "a");
    assertThat(problem).hasToString("Bad name.");
    assertThatThrownBy(() -> Problem.builder().services(List.of()).message("x").build())
        .isInstanceOf(TopologyException.class);
  }
}
