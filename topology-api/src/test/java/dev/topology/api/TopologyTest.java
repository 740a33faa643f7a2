package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixture of most tests here:
 *
 * <pre>
 *   cron ──> frontend ──> postgres (alias postgres-script-enhance, externalizable)
 *     └─────────────────────^   (cron names it by its alias)
 *   audit ··> fileserved   (runtime, only when objectStorage is fileserved; absent with s3)
 *
 * declaring the choices ldap (off, on) and objectStorage (fileserved, s3).
 * </pre>
 */
class TopologyTest {
  private static final Setting LDAP = Setting.onOff("ldap");
  private static final Setting STORAGE = Setting.of("objectStorage", "fileserved", "s3");
  private static final List<Setting> CHOICES = List.of(LDAP, STORAGE);
  private static final SettingCondition LDAP_ON = SettingCondition.when("ldap", "on");
  private static final SettingCondition S3 = SettingCondition.when("objectStorage", "s3");
  private static final SettingCondition NOT_S3 = SettingCondition.when("objectStorage", "fileserved");
  private static final Deployment WITH_S3 = Deployment.builder().choose("objectStorage", "s3")
      .build();
  private static final Deployment LDAP_AND_S3 = WITH_S3.with("ldap", "on");
  private static final Service POSTGRES = Service.builder().name("postgres")
      .image("postgres:12").addAliases("postgres-script-enhance").severity(Severity.HIGH).externalizable(true).build();
  private static final Service FRONTEND = Service.of("frontend", Severity.MEDIUM, "postgres");
  private static final Service CRON =
      Service.of("cron", Severity.MEDIUM, "postgres-script-enhance", "frontend");
  private static final Service FILESERVED = Service.builder().name("fileserved")
      .severity(Severity.HIGH).severityCondition(NOT_S3)
      .presentWhen(NOT_S3).build();
  private static final Service AUDIT = Service.builder().name("audit").severity(Severity.LOW)
      .addDependencies(Dependency.startup("postgres"),
          Dependency.runtime("fileserved", "Persists audit log events to blob storage.")
              .when(NOT_S3))
      .build();
  /**
   * Made anew for every test (JUnit makes a test instance per test), so that no test reads a
   * concrete topology that another one's {@code resolve} kept.
   */
  private final Topology base = of(CRON, FRONTEND, POSTGRES, FILESERVED, AUDIT);

  /** The topology of these services, declaring the fixture's choices. */
  private static Topology of(Service... services) {
    return Topology.of(CHOICES, java.util.Arrays.asList(services));
  }

  @Test
  void resolve_optionalAndConditionalRequiredEdgeToOneService_keepsTheStrongerEdge() {
    // web wants cache always, and needs it (healthy) when cache is "redis": with redis, one
    // edge, required and healthy; otherwise the optional one alone.
    Topology topology = Topology.builder()
        .setting(Setting.of("cache", "memory", "redis"))
        .add(Service.builder().name("web").severity(Severity.LOW)
            .addDependencies(Dependency.startup("cache").asOptional(),
                Dependency.startup("cache").withReadiness(Readiness.HEALTHY)
                    .when(SettingCondition.when("cache", "redis")))
            .build())
        .add(Service.of("cache", Severity.LOW))
        .build();

    assertThat(topology.resolve(Deployment.defaults().with("cache", "redis")).service("web")
        .dependencies()).containsExactly(Dependency.startup("cache")
            .withReadiness(Readiness.HEALTHY));
    assertThat(topology.resolve(Deployment.defaults()).service("web").dependencies())
        .containsExactly(Dependency.startup("cache").asOptional());
  }

  @Test
  void of_anyOrder_servicesSortedAndEqual() {
    Topology reversed = of(AUDIT, FILESERVED, POSTGRES, FRONTEND, CRON);

    assertThat(base.names())
        .containsExactly("audit", "cron", "fileserved", "frontend", "postgres");
    assertThat(reversed).isEqualTo(base).hasSameHashCodeAs(base);
  }

  @Test
  void service_anyName_resolvesToTheSameService() {
    assertThat(base.service("postgres-script-enhance")).isSameAs(POSTGRES);
    assertThat(base.service("postgres")).isSameAs(POSTGRES);
    assertThat(base.find("nothing")).isEmpty();
    assertThat(base.contains("postgres-script-enhance")).isTrue();
  }

  @Test
  void indexOf_anyName_givesThePositionInServices() {
    List<Service> services = base.services();
    for (int position = 0; position < services.size(); position++) {
      for (String name : services.get(position).names()) {
        assertThat(base.indexOf(name)).as(name).isEqualTo(position);
      }
    }
    assertThat(base.indexOf("postgres-script-enhance")).isEqualTo(4);
    assertThat(base.find("audit")).containsSame(AUDIT);
    assertThat(base.contains("audit")).isTrue();
    assertThat(base.indexOf("nothing")).isEqualTo(-1);
    assertThat(base.indexOf("")).isEqualTo(-1);
    assertThat(base.indexOf(null)).isEqualTo(-1);
  }

  @Test
  void lookup_namesWithEqualHashCodes_eachFindsItsOwnService() {
    // "Aa" and "BB" have the same String.hashCode, and so have all their concatenations.
    List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BB");
    Topology topology = Topology.of(colliding.stream()
        .map(name -> Service.builder().name(name).severity(Severity.LOW)
            .addAliases(name + "-alias").build())
        .toList());

    for (String name : colliding) {
      assertThat(topology.service(name).name()).isEqualTo(name);
      assertThat(topology.service(name + "-alias").name()).isEqualTo(name);
      assertThat(topology.services().get(topology.indexOf(name)).name()).isEqualTo(name);
    }
    assertThat(topology.indexOf("AaAaAa")).isEqualTo(-1);
    assertThat(topology.contains("BBBBBB")).isFalse();
    assertThatThrownBy(() -> Topology.of(Service.of("Aa", Severity.LOW),
        Service.builder().name("BB").severity(Severity.LOW).addAliases("Aa").build()))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("The name 'Aa' is used by both 'Aa' and 'BB'");
    assertThatThrownBy(() -> Topology.of(Service.of("a", Severity.LOW),
        Service.of("x", Severity.LOW),
        Service.builder().name("y").severity(Severity.LOW).addAliases("x").build()))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessageContaining("The name 'x' is used by both 'x' and 'y'");
  }

  @Test
  void service_unknownName_suggestsTheClosest() {
    NoSuchServiceException e = catchThrowableOfType(NoSuchServiceException.class,
        () -> base.service("fronted"));

    assertThat(e).hasMessage("No service is named 'fronted'. Did you mean 'frontend'?");
    assertThat(e.serviceName()).isEqualTo("fronted");
    assertThat(e.suggestions()).containsExactly("frontend");
  }

  @Test
  void service_farName_noSuggestion() {
    assertThatThrownBy(() -> base.service("zookeeper"))
        .isInstanceOf(NoSuchServiceException.class)
        .hasMessage("No service is named 'zookeeper'.");
    assertThatThrownBy(() -> base.service(null))
        .isInstanceOf(NoSuchServiceException.class)
        .hasMessage("No service is named null.");
  }

  @Test
  void of_severalProblems_reportsEveryOne() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> Topology.of(
            Service.of("api", Severity.HIGH, "db", "api"),
            Service.builder().name("worker").addAliases("api").severity(Severity.LOW).build(),
            Service.of("cron", Severity.LOW, "worker", "worker")));

    assertThat(e.problems()).extracting(Problem::kind).containsExactly(
        Problem.Kind.DUPLICATE_NAME, Problem.Kind.DANGLING_DEPENDENCY,
        Problem.Kind.SELF_DEPENDENCY, Problem.Kind.DUPLICATE_DEPENDENCY);
    assertThat(e.problems().get(0).services()).containsExactly("api", "worker");
    assertThat(e).hasMessage("4 problems:\n"
        + "- The name 'api' is used by both 'api' and 'worker'; names and aliases must be unique.\n"
        + "- Service 'api' depends on 'db', which is not in the topology.\n"
        + "- Service 'api' depends on itself (as 'api'); remove that dependency.\n"
        + "- Service 'cron' lists its startup dependency on 'worker' more than once.");
  }

  @Test
  void of_selfDependencyThroughAlias_reported() {
    assertThatThrownBy(() -> Topology.of(Service.builder().name("nomad_server")
        .addAliases("server-nomad").severity(Severity.HIGH)
        .addDependencies(Dependency.startup("server-nomad")).build()))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'nomad_server' depends on itself (as 'server-nomad'); remove that"
            + " dependency.");
  }

  @Test
  void of_danglingCloseToAName_suggestsIt() {
    assertThatThrownBy(() -> Topology.of(POSTGRES, Service.of("api", Severity.LOW, "postgress")))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'api' depends on 'postgress', which is not in the topology."
            + " Did you mean 'postgres'?");
  }

  @Test
  void of_nullService_reportedAsProblem() {
    assertThatThrownBy(() -> Topology.of(POSTGRES, null))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A topology has a null service.");
  }

  @Test
  void withService_sameName_replaces() {
    Topology variant =
        base.withService("frontend", s -> s.toBuilder().severity(Severity.HIGH).build());

    assertThat(variant.service("frontend").severity()).isEqualTo(Severity.HIGH);
    assertThat(variant.size()).isEqualTo(base.size());
    assertThat(base.withService(Service.of("exim", Severity.LOW)).size()).isEqualTo(6);
  }

  @Test
  void withoutService_anyName_dropsItAndEveryEdgeToIt() {
    Topology variant = base.withoutService("postgres-script-enhance");

    assertThat(variant.names()).doesNotContain("postgres");
    assertThat(variant.service("cron").dependencies()).extracting(Dependency::target)
        .containsExactly("frontend");
    assertThat(variant.service("frontend").dependencies()).isEmpty();
  }

  @Test
  void resolve_defaults_settlesConditionsKeepsFileserved() {
    Topology concrete = base.resolve(Deployment.defaults());

    assertThat(concrete.names()).contains("fileserved");
    assertThat(concrete.service("fileserved").severityCondition()).isEmpty();
    assertThat(concrete.service("fileserved").presentWhen()).isEmpty();
    assertThat(concrete.service("audit").dependencies()).extracting(Dependency::target)
        .containsExactly("postgres", "fileserved");
    assertThat(concrete.service("audit").dependencies().get(1).condition()).isEmpty();
    assertThat(concrete.resolve(Deployment.defaults())).isEqualTo(concrete);
  }

  @Test
  void resolve_sameDeploymentAgain_givesTheKeptResult_otherDeploymentsTheirOwn() {
    Topology topology = Topology.of(CHOICES, base.services());
    Deployment s3 = WITH_S3;

    Topology concrete = topology.resolve(Deployment.defaults());
    assertThat(topology.resolve(Deployment.builder().build())).isSameAs(concrete);
    Topology withS3 = topology.resolve(s3);
    assertThat(withS3.names()).doesNotContain("fileserved");
    assertThat(topology.resolve(Deployment.builder().choose("objectStorage", "s3").build()))
        .isSameAs(withS3);
    Topology again = topology.resolve(Deployment.defaults());
    assertThat(again).isEqualTo(concrete).isNotSameAs(withS3);
    assertThat(again.names()).contains("fileserved");
  }

  @Test
  void resolve_concreteTopology_givesItBackAsItIs() {
    Topology concrete = base.resolve(Deployment.defaults());

    assertThat(concrete.resolve(Deployment.defaults())).isSameAs(concrete);
    assertThat(concrete.service("cron")).isSameAs(CRON);
    assertThat(concrete.service("audit").dependencies().get(0))
        .isSameAs(AUDIT.dependencies().get(0));
    Topology externalized = concrete.resolve(Deployment.builder().addExternalized("postgres")
        .build());
    assertThat(externalized).isNotSameAs(concrete);
    assertThat(externalized.service("postgres").external()).isTrue();
    assertThat(externalized.resolve(Deployment.builder().addExternalized("postgres").build()))
        .isSameAs(externalized);
  }

  @Test
  void resolve_conditionalEdgeBesideTheSameUnconditionalOne_keepsOneEdge() {
    Service api = Service.builder().name("api").severity(Severity.HIGH)
        .addDependencies(Dependency.startup("postgres"),
            Dependency.startup("postgres-script-enhance").when(S3),
            Dependency.runtime("frontend", "Renders pages.").when(LDAP_ON),
            Dependency.runtime("frontend", "Serves the login page.").when(S3))
        .build();
    Topology topology = of(POSTGRES, FRONTEND, api);

    Topology concrete = topology.resolve(LDAP_AND_S3);

    assertThat(concrete.service("api").dependencies()).containsExactly(
        Dependency.startup("postgres"), Dependency.runtime("frontend", "Renders pages."));
    assertThat(topology.resolve(Deployment.defaults()).service("api").dependencies())
        .containsExactly(Dependency.startup("postgres"));
    List<Dependency> reversed = new java.util.ArrayList<>(api.dependencies());
    java.util.Collections.reverse(reversed);
    Topology listedTheOtherWay = topology.withService("api",
        s -> s.toBuilder().dependencies(reversed).build());
    assertThat(listedTheOtherWay.resolve(LDAP_AND_S3).service("api").dependencies())
        .containsExactly(Dependency.runtime("frontend", "Renders pages."),
            Dependency.startup("postgres"));
  }

  @Test
  void resolve_s3_dropsFileservedAndItsEdges() {
    Topology concrete = base.resolve(WITH_S3);

    assertThat(concrete.names()).doesNotContain("fileserved");
    assertThat(concrete.service("audit").dependencies()).extracting(Dependency::target)
        .containsExactly("postgres");
  }

  @Test
  void resolve_externalizedByAlias_marksExternal() {
    Topology concrete = base.resolve(Deployment.builder()
        .addExternalized("postgres-script-enhance").build());

    assertThat(concrete.service("postgres").external()).isTrue();
    assertThat(concrete.service("frontend").external()).isFalse();
  }

  @Test
  void resolve_badExternalized_reportsEveryProblem() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> base.resolve(Deployment.builder()
            .externalized(List.of("postgre", "frontend")).build()));

    assertThat(e).hasMessage("2 problems:\n"
        + "- The deployment externalizes 'frontend', which cannot be externalized.\n"
        + "- The deployment externalizes 'postgre', which is not in the topology."
        + " Did you mean 'postgres'?");
  }

  @Test
  void resolve_unconditionalEdgeToAbsentService_reported() {
    Topology topology = base.withService(Service.of("builds", Severity.HIGH, "fileserved"));

    assertThatThrownBy(() -> topology.resolve(WITH_S3))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'builds' depends on 'fileserved', which is absent in this deployment"
            + " (it is present when objectStorage is fileserved).");
  }

  @Test
  void canonical_namesTargetsCanonicallyAndSortsDependenciesAndAliases() {
    Service api = Service.builder().name("api").severity(Severity.HIGH)
        .addAliases("web", "gateway")
        .addDependencies(Dependency.runtime("postgres-script-enhance", "Stores rows."),
            Dependency.startup("frontend"),
            Dependency.startup("postgres-script-enhance").when(S3),
            Dependency.startup("postgres"))
        .build();
    Topology topology = base.withService(api);

    Service canonical = topology.canonical().service("api");

    assertThat(canonical.aliases()).containsExactly("gateway", "web");
    assertThat(canonical.dependencies()).containsExactly(Dependency.startup("frontend"),
        Dependency.startup("postgres"), Dependency.startup("postgres").when(S3),
        Dependency.runtime("postgres", "Stores rows."));
    assertThat(topology.canonical().service("frontend")).isSameAs(FRONTEND);
    Topology canonicalTopology = topology.canonical();
    assertThat(canonicalTopology.canonical()).isSameAs(canonicalTopology);
    assertThat(topology.service("api")).isSameAs(api);
  }

  @Test
  void canonical_alreadyCanonical_isItself() {
    Topology topology = of(POSTGRES, FRONTEND);
    assertThat(topology.canonical()).isSameAs(topology);
  }

  @Test
  void containsAndEquals_distinguishTopologies() {
    assertThat(base.contains("postgres-script-enhance")).isTrue();
    assertThat(base.contains("postgre")).isFalse();
    assertThat(base.contains(null)).isFalse();
    Topology smaller = base.withoutService("audit");
    assertThat(base).isNotEqualTo(smaller).isNotEqualTo("a topology");
    assertThat(base.hashCode()).isNotEqualTo(smaller.hashCode());
  }

  @Test
  void of_manyDanglingDependencies_suggestionsForTheFirst32Only() {
    List<Service> services = new java.util.ArrayList<>();
    for (int i = 0; i < 33; i++) {
      String number = (i < 10 ? "0" : "") + i;
      services.add(Service.of("s" + number, Severity.LOW, "t" + number));
    }
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> Topology.of(services));
    List<Problem> problems = e.problems();
    assertThat(problems).hasSize(33);
    assertThat(problems.get(31).message()).endsWith("Did you mean 's31'?");
    assertThat(problems.get(32).message())
        .isEqualTo("Service 's32' depends on 't32', which is not in the topology.");
  }

  @Test
  void resolve_manyUnknownExternalized_suggestionsForTheFirst32Only() {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < 33; i++) {
      names.add("postgres-" + (i < 10 ? "0" : "") + i);
    }
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> base.resolve(Deployment.builder().externalized(names).build()));
    assertThat(e.problems()).hasSize(33);
    assertThat(e.problems().get(31).message()).endsWith("Did you mean 'postgres'?");
    assertThat(e.problems().get(32).message()).isEqualTo(
        "The deployment externalizes 'postgres-32', which is not in the topology.");
  }

  @Test
  void resolve_twoEdgesDifferingInCondition_keepTheUnconditionalOrTheFirstCondition() {
    Service api = Service.builder().name("api").severity(Severity.HIGH)
        .addDependencies(
            Dependency.runtime("frontend", "Always.").when(LDAP_ON),
            Dependency.runtime("frontend", "Without a condition."))
        .build();
    Topology topology = of(FRONTEND, POSTGRES, api);
    Deployment ldap = Deployment.builder().choose("ldap", "on").build();
    assertThat(topology.resolve(ldap).service("api").dependencies())
        .containsExactly(Dependency.runtime("frontend", "Without a condition."));
    Service byCondition = api.toBuilder().dependencies(List.of(
        Dependency.runtime("frontend", "With S3.").when(S3),
        Dependency.runtime("frontend", "With LDAP.").when(LDAP_ON))).build();
    assertThat(of(FRONTEND, POSTGRES, byCondition).resolve(LDAP_AND_S3).service("api")
        .dependencies())
        .containsExactly(Dependency.runtime("frontend", "With LDAP."));
  }

  @Test
  void canonical_unconditionalEdgeBeforeConditionalOnes() {
    Service api = Service.builder().name("api").severity(Severity.HIGH)
        .addDependencies(Dependency.startup("postgres").when(LDAP_ON),
            Dependency.startup("postgres"))
        .build();
    assertThat(of(POSTGRES, api).canonical().service("api").dependencies())
        .containsExactly(Dependency.startup("postgres"),
            Dependency.startup("postgres").when(LDAP_ON));
  }

  @Test
  void toString_listsTheNames() {
    assertThat(base).hasToString(
        "Topology[5 services: audit, cron, fileserved, frontend, postgres; settings ldap,"
            + " objectStorage]");
  }

  @Test
  void builder_addAndBuild_sameAsOf() {
    assertThat(Topology.builder().add(POSTGRES).addAll(List.of(FRONTEND, CRON)).build())
        .isEqualTo(Topology.of(CRON, FRONTEND, POSTGRES));
    assertThat(Topology.builder().setting(STORAGE).setting(LDAP).addAll(base.services()).build())
        .isEqualTo(base);
    assertThat(base.toBuilder().build()).isEqualTo(base);
  }

  @Test
  void settle_someChoicesSet_fillsTheDefaultsKeepsExternalized() {
    Deployment settled = base.settle(Deployment.defaults().with("ldap", "on")
        .withExternalized("postgres"));

    assertThat(settled.settings()).containsExactly(java.util.Map.entry("ldap", "on"),
        java.util.Map.entry("objectStorage", "fileserved"));
    assertThat(settled.externalized()).containsExactly("postgres");
    assertThat(base.settle(settled)).isEqualTo(settled);
  }

  @Test
  void settle_unknownChoice_invalidDeploymentWithSuggestion() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> base.settle(Deployment.defaults().with("objectStorag", "s3")));

    assertThat(e.problems()).extracting(Problem::kind)
        .containsExactly(Problem.Kind.INVALID_DEPLOYMENT);
    assertThat(e).hasMessage("The deployment sets the setting 'objectStorag', which the topology"
        + " does not declare. Did you mean 'objectStorage'? Its settings are 'ldap',"
        + " 'objectStorage'.");
  }

  @Test
  void settle_unknownValue_listsTheValuesAndSuggests() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> base.resolve(Deployment.defaults().with("objectStorage", "S3")));

    assertThat(e.problems()).extracting(Problem::kind)
        .containsExactly(Problem.Kind.INVALID_DEPLOYMENT);
    assertThat(e).hasMessage("The deployment sets the setting 'objectStorage' to 'S3', which is"
        + " not one of its values 'fileserved', 's3'. Did you mean 's3'?");
  }

  @Test
  void settle_topologyWithoutChoices_saysItDeclaresNone() {
    assertThatThrownBy(() -> Topology.of(POSTGRES).settle(Deployment.defaults().with("a", "b")))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("The deployment sets the setting 'a', which the topology does not declare."
            + " It declares no setting.");
  }

  @Test
  void of_conditionOnUndeclaredChoiceOrValue_unknownChoice() {
    Service api = Service.builder().name("api").severity(Severity.LOW)
        .presentWhen(SettingCondition.when("objectStorag", "s3"))
        .addDependencies(Dependency.startup("postgres")
            .when(SettingCondition.when("objectStorage", "disk")))
        .build();

    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> of(POSTGRES, api));

    assertThat(e.problems()).extracting(Problem::kind)
        .containsExactly(Problem.Kind.UNKNOWN_CHOICE, Problem.Kind.UNKNOWN_CHOICE);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.services()).containsExactly("api"));
    assertThat(e).hasMessage("2 problems:\n"
        + "- Service 'api' is present when objectStorag is s3, but the topology declares no"
        + " setting 'objectStorag'. Did you mean 'objectStorage'?\n"
        + "- Service 'api' depends on 'postgres' when objectStorage is disk, but setting"
        + " 'objectStorage' has no value 'disk'; its values are 'fileserved', 's3'.");
  }

  @Test
  void of_choiceDeclaredTwice_duplicateName() {
    assertThatThrownBy(() -> Topology.of(List.of(LDAP, Setting.onOff("ldap")), List.of(POSTGRES)))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("The setting 'ldap' is declared more than once; declare it once.");
  }

  @Test
  void resolve_optionalDependencyOnAbsentService_dropped() {
    Service api = Service.builder().name("api").severity(Severity.LOW)
        .addDependencies(Dependency.startup("fileserved").asOptional(),
            Dependency.startup("postgres"))
        .build();

    Topology concrete = of(POSTGRES, FILESERVED, api).resolve(WITH_S3);

    assertThat(concrete.service("api").dependencies())
        .containsExactly(Dependency.startup("postgres"));
  }

  @Test
  void resolve_onlyIfPresentDependencyOnAbsentService_droppedWithoutError() {
    Service api = Service.builder().name("api").severity(Severity.LOW)
        .addDependencies(Dependency.startup("fileserved").whenPresent(),
            Dependency.startup("postgres"))
        .build();

    Topology concrete = of(POSTGRES, FILESERVED, api).resolve(WITH_S3);

    assertThat(concrete.service("api").dependencies())
        .containsExactly(Dependency.startup("postgres"));
  }

  @Test
  void resolve_onlyIfPresentDependencyOnPresentService_keptRequired() {
    Dependency blobs = Dependency.startup("fileserved").whenPresent();
    Service api = Service.builder().name("api").severity(Severity.LOW)
        .addDependencies(blobs, Dependency.startup("postgres"))
        .build();

    Topology concrete = of(POSTGRES, FILESERVED, api).resolve(Deployment.defaults());

    assertThat(concrete.service("api").dependencies())
        .containsExactly(blobs, Dependency.startup("postgres"));
    assertThat(blobs.required()).isTrue();
    assertThat(blobs).hasToString("startup -> fileserved (if present)");
  }

  @Test
  void resolve_twoEdgesOneRestartingWithItsTarget_mergedEdgeRestartsWithIt() {
    Service api = Service.builder().name("api").severity(Severity.LOW)
        .addDependencies(Dependency.startup("postgres").when(SettingCondition.when("ldap", "on")),
            Dependency.startup("postgres").restartingWith().asOptional())
        .build();

    Topology concrete = Topology.of(List.of(LDAP), List.of(POSTGRES, api))
        .resolve(Deployment.builder().choose("ldap", "on").build());

    assertThat(concrete.service("api").dependencies())
        .containsExactly(Dependency.startup("postgres").restartingWith());
  }

  @Test
  void resolve_requiredDependencyOnAbsentService_danglingDependency() {
    Service api = Service.of("api", Severity.LOW, "fileserved");

    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> of(POSTGRES, FILESERVED, api).resolve(WITH_S3));

    assertThat(e.problems()).extracting(Problem::kind)
        .containsExactly(Problem.Kind.DANGLING_DEPENDENCY);
    assertThat(e).hasMessage("Service 'api' depends on 'fileserved', which is absent in this"
        + " deployment (it is present when objectStorage is fileserved).");
  }

  @Test
  void of_threeServicesOfOneImage_valid() {
    Topology topology = Topology.of(
        Service.builder().name("builds").image("circleci/server").severity(Severity.HIGH).build(),
        Service.builder().name("api").image("circleci/server").severity(Severity.HIGH).build(),
        Service.builder().name("cron").image("circleci/server").severity(Severity.LOW)
            .addDependencies(Dependency.startup("api")).build());

    assertThat(topology.size()).isEqualTo(3);
    assertThat(topology.contains("circleci/server")).isFalse();
    assertThat(topology.services()).extracting(s -> s.image().orElseThrow())
        .containsOnly("circleci/server");
  }

  @Test
  void canonical_labels_kept() {
    Service labelled = Service.builder().name("api").severity(Severity.LOW)
        .addAliases("web", "gateway").label("team", "core").build();

    Topology canonical = Topology.of(labelled, POSTGRES).canonical();

    assertThat(canonical.service("api").labels()).containsExactly(
        java.util.Map.entry("team", "core"));
    assertThat(canonical.service("api").aliases()).containsExactly("gateway", "web");
    assertThat(Topology.of(labelled).toBuilder().build().service("api").label("team"))
        .contains("core");
  }

  @Test
  void of_sameNameTwice_duplicateNameNamingBoth() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> Topology.of(Service.of("x", Severity.LOW), Service.of("x", Severity.HIGH)));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Problem.Kind.DUPLICATE_NAME);
      assertThat(p.message()).isEqualTo("The name 'x' is used by both 'x' and 'x'; names and"
          + " aliases must be unique.");
    });
  }
}
