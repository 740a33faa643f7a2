package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import org.junit.jupiter.api.Test;

/** The catalog's deployments differ as the catalog's own documentation states. */
class CatalogFixturesTest {

  @Test
  void catalog_isTheBundledCatalogUnresolved() {
    assertThat(Fixtures.catalog()).isSameAs(CircleCiServer2.topology());
    assertThat(Fixtures.catalogDeployments())
        .containsExactly("default", "ldap", "s3", "externalized");
  }

  @Test
  void defaultDeployment_has39Services_fileservedHigh_federationMedium_noneExternal() {
    Topology catalog = Fixtures.catalog("default");

    assertThat(catalog.size()).isEqualTo(39);
    assertThat(catalog.service("fileserved").severity()).isEqualTo(Severity.HIGH);
    assertThat(catalog.service("federation-service").severity()).isEqualTo(Severity.MEDIUM);
    assertThat(catalog.services()).noneMatch(Service::external);
  }

  @Test
  void ldap_makesFederationServiceHigh() {
    assertThat(Fixtures.catalog("ldap").service("federation-service").severity())
        .isEqualTo(Severity.HIGH);
    assertThat(Fixtures.catalog("ldap").size()).isEqualTo(39);
  }

  @Test
  void s3_dropsFileserved() {
    Topology s3 = Fixtures.catalog("s3");

    assertThat(s3.size()).isEqualTo(38);
    assertThat(s3.contains("fileserved")).isFalse();
  }

  @Test
  void externalized_runsTheSixExternalizableServicesOutside() {
    assertThat(Fixtures.catalog("externalized").services().stream()
        .filter(Service::external).map(Service::name))
        .containsExactlyInAnyOrder("contexts-vault", "mongo", "nomad_server",
            "outputRunningRedis", "postgres", "rabbitmq");
  }

  @Test
  void catalogGraph_isBuiltForTheNamedDeployment() {
    assertThat(Fixtures.catalogGraph("s3").topology().contains("fileserved")).isFalse();
    assertThat(Fixtures.catalogGraph("default").topology().contains("fileserved")).isTrue();
    assertThat(Fixtures.catalogDeployment("LDAP")).isEqualTo(CircleCiServer2.ldapDeployment());
  }

  @Test
  void unknownDeployment_failsWithTheClosestAndEveryName() {
    assertThatThrownBy(() -> Fixtures.catalog("ldpa"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The catalog has no deployment named 'ldpa'; did you mean 'ldap'? Its"
            + " deployments are default, ldap, s3, externalized.");
    assertThatThrownBy(() -> Fixtures.catalogGraph("kubernetes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The catalog has no deployment named 'kubernetes'; its deployments are"
            + " default, ldap, s3, externalized.");
    assertThatThrownBy(() -> Fixtures.catalogDeployment(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not null");
  }
}
