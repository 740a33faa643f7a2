package dev.topology.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog as another team's tests use it: a realistic fixture, and a variant of it. */
class CatalogFixtureTest {

  private static List<String> targets(Service service) {
    return service.dependencies().stream().map(Dependency::target).toList();
  }

  @Test
  void variant_highFrontendWithoutVault_dropsEveryEdgeToTheVault() {
    Topology variant = CircleCiServer2.topology()
        .withService("frontend", s -> s.toBuilder().severity(Severity.HIGH).build())
        .withoutService("vault-cci");

    assertThat(variant.size()).isEqualTo(38);
    assertThat(variant.contains("contexts-vault")).isFalse();
    assertThat(variant.service("frontend").severity()).isEqualTo(Severity.HIGH);
    assertThat(targets(variant.service("api-service")))
        .containsExactly("postgres", "frontend", "contexts-service-migrator", "contexts-service");
    assertThat(targets(variant.service("contexts-service")))
        .containsExactly("postgres", "frontend", "contexts-service-migrator");
  }

  @Test
  void variant_derived_leavesTheCatalogUnchanged() {
    CircleCiServer2.topology()
        .withService("frontend", s -> s.toBuilder().severity(Severity.HIGH).build())
        .withoutService("vault-cci");

    assertThat(CircleCiServer2.topology().size()).isEqualTo(39);
    assertThat(CircleCiServer2.topology().service("frontend").severity())
        .isEqualTo(Severity.MEDIUM);
  }

  @Test
  void variant_resolvedWithS3_keepsTheChangeAndDropsFileserved() {
    Topology variant = CircleCiServer2.topology()
        .withService("mongo", s -> s.toBuilder().severity(Severity.MEDIUM).build())
        .withoutService("output-processing")
        .resolve(CircleCiServer2.s3Deployment());

    assertThat(variant.names()).hasSize(37).doesNotContain("fileserved", "output-processor");
    assertThat(variant.service("mongo").severity()).isEqualTo(Severity.MEDIUM);
  }
}
