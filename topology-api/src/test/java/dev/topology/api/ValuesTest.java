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
        () -> new Service("a", null, null, null, "", Severity.LOW, Optional.empty(),
            Optional.empty(), Lifecycle.LONG_RUNNING, false, false, false, Optional.empty(),
            Arrays.asList(Dependency.startup("b"), null), Optional.empty()));
    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "Service 'a' has no image; it is required.",
        "Service 'a' has no aliases; it is required.",
        "Service 'a' has no role; it is required.",
        "Service 'a' has a null element in dependencies.");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.services()).containsExactly("a"));
  }

  @Test
  void service_nullAliasElement_reportedOnce() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> new Service(null, Optional.empty(), Arrays.asList("x", null, null), "", "",
            Severity.LOW, Optional.empty(), Optional.empty(), Lifecycle.LONG_RUNNING, false,
            false, false, Optional.empty(), List.of(), Optional.empty()));
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
        .hasMessage("Service 'a' has an image name that is blank (' '); a name must be non-blank,"
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
    Service service = Service.builder().name("fileserved").severity(Severity.HIGH)
        .severityCondition(Condition.LDAP_IN_USE).severityOtherwise(Severity.LOW)
        .lifecycle(Lifecycle.STARTUP_ONLY).external(true).externalizable(true).startupGate(true)
        .presentWhen(Condition.S3_NOT_IN_USE).build();
    assertThat(service).hasToString("Service[fileserved, HIGH only if LDAP in use, otherwise LOW,"
        + " startup-only, external, startup gate, present if not using S3]");
  }

  @Test
  void deployment_missingOrBadValues_everyProblemListed() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> new Deployment(false, null, Set.of("ok", " ")));
    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "A deployment has no object storage; it is required.",
        "A deployment has an externalized service that is blank (' '); a name must be non-blank,"
            + " without white space or control characters.");
    assertThatThrownBy(() -> new Deployment(true, ObjectStorage.S3, null))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A deployment has no externalized; it is required.");
  }

  @Test
  void deployment_isExternalized_byTheNameGiven() {
    Deployment deployment = Deployment.builder().addExternalized("postgres").build();
    assertThat(deployment.isExternalized("postgres")).isTrue();
    assertThat(deployment.isExternalized("postgres-script-enhance")).isFalse();
    assertThat(deployment).hasToString(
        "Deployment[ldap=false, objectStorage=FILESERVED, externalized=[postgres]]");
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
  void condition_holdsIn_eachDeployment() {
    Deployment ldapS3 = Deployment.builder().ldap(true).objectStorage(ObjectStorage.S3).build();
    Deployment defaults = Deployment.defaults();
    assertThat(Condition.LDAP_IN_USE.holdsIn(ldapS3)).isTrue();
    assertThat(Condition.LDAP_IN_USE.holdsIn(defaults)).isFalse();
    assertThat(Condition.LDAP_NOT_IN_USE.holdsIn(ldapS3)).isFalse();
    assertThat(Condition.LDAP_NOT_IN_USE.holdsIn(defaults)).isTrue();
    assertThat(Condition.S3_IN_USE.holdsIn(ldapS3)).isTrue();
    assertThat(Condition.S3_IN_USE.holdsIn(defaults)).isFalse();
    assertThat(Condition.S3_NOT_IN_USE.holdsIn(ldapS3)).isFalse();
    assertThat(Condition.S3_NOT_IN_USE.holdsIn(defaults)).isTrue();
    assertThatThrownBy(() -> Condition.S3_IN_USE.holdsIn(null))
        .isInstanceOf(InvalidTopologyException.class);
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
    assertThatThrownBy(() -> new Problem(null, List.of(), "x"))
        .isInstanceOf(TopologyException.class);
  }
}
