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
  void names_canonicalImageAliases_inThatOrder() {
    Service service = Service.builder().name("nomad_server").image("server-nomad")
        .addAliases("nomad").severity(Severity.HIGH).build();

    assertThat(service.names()).containsExactly("nomad_server", "server-nomad", "nomad");
    assertThat(service.hasName("server-nomad")).isTrue();
    assertThat(service.hasName("nomad-server")).isFalse();
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
        .catchThrowable(() -> Service.builder().name("api").image("api").addAliases(" ")
            .build());

    assertThat(e.problems()).extracting(Problem::kind).containsExactlyInAnyOrder(
        Problem.Kind.INVALID_NAME, Problem.Kind.MISSING_VALUE);
    assertThat(e.getMessage()).isEqualTo("2 problems:\n"
        + "- Service 'api' has an alias that is blank (' '); a name must be non-blank, without"
        + " white space or control characters.\n"
        + "- Service 'api' has no severity; it is required.");
  }

  @Test
  void build_imageEqualsName_isDuplicate() {
    assertThatThrownBy(() -> Service.builder().name("api").image("api").severity(Severity.LOW)
        .build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'api' lists the name 'api' more than once; each name may appear once.");
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
    assertThatThrownBy(() -> Service.builder().name("api").severity(Severity.LOW)
        .image((java.util.Optional<String>) null))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A value for image is required, not null; use an empty Optional or list"
            + " instead.");
    assertThatThrownBy(() -> Service.builder().name(null).severity(Severity.LOW).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("has a name that is missing");
  }

  @Test
  void severityIn_conditionHoldsOrNot_settlesTheSeverity() {
    Service federation = Service.builder().name("federation-service").severity(Severity.HIGH)
        .severityCondition(Condition.LDAP_IN_USE).severityOtherwise(Severity.MEDIUM).build();

    assertThat(federation.severityIn(Deployment.builder().ldap(true).build()))
        .isEqualTo(Severity.HIGH);
    assertThat(federation.severityIn(Deployment.defaults())).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void build_conditionalSeverityWithoutOtherwise_mustBeThePresenceCondition() {
    assertThatThrownBy(() -> Service.builder().name("fileserved").severity(Severity.HIGH)
        .severityCondition(Condition.S3_NOT_IN_USE).build())
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'fileserved' has a severity that holds only if not using S3 but none"
            + " for otherwise; give severityOtherwise, or make the service present only under"
            + " that condition.");

    Service fileserved = Service.builder().name("fileserved").severity(Severity.HIGH)
        .severityCondition(Condition.S3_NOT_IN_USE).presentWhen(Condition.S3_NOT_IN_USE).build();
    assertThat(fileserved.isPresentIn(Deployment.defaults())).isTrue();
    assertThat(fileserved.isPresentIn(Deployment.builder().objectStorage(ObjectStorage.S3)
        .build())).isFalse();
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
        .severity(Severity.MEDIUM).externalizable(true)
        .addDependencies(Dependency.startup("postgres"),
            Dependency.runtime("fileserved", "Stores blobs.").when(Condition.S3_NOT_IN_USE))
        .build();

    assertThat(service).hasToString("Service[contexts-vault / vault-cci, MEDIUM, long-running,"
        + " externalizable, needs [startup -> postgres, runtime -> fileserved (if not using"
        + " S3)]]");
  }

  @Test
  void dependency_blankCitation_rejected() {
    assertThatThrownBy(() -> Dependency.runtime("db", " "))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A dependency on 'db' has a blank citation; leave it empty instead.");
    assertThat(Dependency.builder().target("db").build())
        .isEqualTo(new Dependency("db", DependencyKind.STARTUP, Optional.empty(),
            Optional.empty()));
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
    assertThat(Severity.HIGH.meaning()).startsWith("Failure can cause loss of data");
  }
}
