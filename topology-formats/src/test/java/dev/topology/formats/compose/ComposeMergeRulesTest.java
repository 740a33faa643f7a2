package dev.topology.formats.compose;

import static dev.topology.formats.compose.ComposeMergeTest.merged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Problem;
import dev.topology.formats.internal.HardenedYaml.Replace;
import dev.topology.formats.internal.HardenedYaml.Reset;
import dev.topology.formats.internal.HardenedYaml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One service's attributes merged by the rules of the Compose specification's "Merge and
 * override" (compose-spec {@code 13-merge.md}): mappings by key, sequences appended,
 * {@code command} and {@code healthcheck.test} replaced, volumes, secrets, configs and ports unique
 * by their key.
 */
class ComposeMergeRulesTest {
  private final List<Problem> problems = new ArrayList<>();
  private final ComposeMerge merge = new ComposeMerge("override.yaml", problems);

  /** The attribute {@code key} of a service, merged from {@code base} and {@code over}. */
  private Object attribute(String key, Object base, Object over) {
    Map<Object, Object> b = new HashMap<>();
    b.put(key, base);
    Map<Object, Object> o = new HashMap<>();
    o.put(key, over);
    Object merged = merge.service(b, o, "services.web");
    assertThat(merged).isInstanceOf(Map.class);
    return ((Map<?, ?>) merged).get(key);
  }

  private static Map<Object, Object> map(Object... keysAndValues) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void service_sequences_overrideAppended() {
    assertThat(attribute("cap_add", List.of("NET_ADMIN"), List.of("SYS_TIME")))
        .isEqualTo(List.of("NET_ADMIN", "SYS_TIME"));
    assertThat(attribute("dns", List.of("1.1.1.1"), List.of("8.8.8.8")))
        .isEqualTo(List.of("1.1.1.1", "8.8.8.8"));
    assertThat(problems).isEmpty();
  }

  @Test
  void service_dnsAsOneValue_readAsAListOfIt() {
    assertThat(attribute("dns", "1.1.1.1", List.of("8.8.8.8")))
        .isEqualTo(List.of("1.1.1.1", "8.8.8.8"));
    assertThat(attribute("env_file", List.of("a.env"), "b.env"))
        .isEqualTo(List.of("a.env", "b.env"));
  }

  @Test
  void service_nestedMappings_mergedKeyByKeyAtEveryLevel() {
    Object merged = attribute("deploy",
        map("resources", map("limits", map("cpus", "0.5")), "replicas", 1),
        map("resources", map("limits", map("memory", "1g"))));
    assertThat(merged).isEqualTo(
        map("resources", map("limits", map("cpus", "0.5", "memory", "1g")), "replicas", 1));
  }

  @Test
  void service_emptyBase_overrideTaken() {
    assertThat(attribute("cap_add", null, List.of("SYS_TIME"))).isEqualTo(List.of("SYS_TIME"));
    assertThat(attribute("labels", null, map("team", "core"))).isEqualTo(map("team", "core"));
    assertThat(attribute("volumes", null, List.of("data:/var/lib")))
        .isEqualTo(List.of("data:/var/lib"));
    assertThat(attribute("ulimits", null, map("nproc", 512))).isEqualTo(map("nproc", 512));
  }

  @Test
  void service_emptyOverride_baseKept() {
    assertThat(attribute("image", "app:1", null)).isEqualTo("app:1");
    assertThat(attribute("command", List.of("run"), null)).isEqualTo(List.of("run"));
    assertThat(attribute("healthcheck", map("interval", "5s"), null))
        .isEqualTo(map("interval", "5s"));
  }

  @Test
  void service_healthcheck_testReplacedTheRestMerged() {
    Object merged = attribute("healthcheck",
        map("test", List.of("CMD", "pg_isready"), "interval", "10s"),
        map("test", List.of("CMD", "true"), "retries", 3));
    assertThat(merged).isEqualTo(
        map("test", List.of("CMD", "true"), "interval", "10s", "retries", 3));
  }

  @Test
  void service_healthcheckWithResetTestOrInterval_thoseRemoved() {
    assertThat(attribute("healthcheck", map("test", List.of("CMD", "a"), "interval", "10s"),
        map("test", Reset.RESET, "timeout", "1s")))
        .isEqualTo(map("interval", "10s", "timeout", "1s"));
    assertThat(attribute("healthcheck", map("test", List.of("CMD", "a"), "interval", "10s"),
        map("interval", Reset.RESET)))
        .isEqualTo(map("test", List.of("CMD", "a")));
  }

  @Test
  void service_healthcheckOntoNone_overrideTaken() {
    assertThat(attribute("healthcheck", null, map("test", List.of("CMD", "true"))))
        .isEqualTo(map("test", List.of("CMD", "true")));
  }

  @Test
  void service_loggingOfTheSameDriverOrNone_optionsMerged() {
    assertThat(attribute("logging",
        map("driver", "json-file", "options", map("max-size", "10m")),
        map("driver", "json-file", "options", map("max-file", "3"))))
        .isEqualTo(map("driver", "json-file",
            "options", map("max-size", "10m", "max-file", "3")));
    assertThat(attribute("logging",
        map("driver", "json-file", "options", map("max-size", "10m")),
        map("options", map("max-file", "3"))))
        .isEqualTo(map("driver", "json-file",
            "options", map("max-size", "10m", "max-file", "3")));
    assertThat(attribute("logging", map("options", map("max-size", "10m")),
        map("driver", "syslog", "options", map("max-file", "3"))))
        .isEqualTo(map("options", map("max-size", "10m", "max-file", "3"), "driver", "syslog"));
  }

  @Test
  void service_loggingOfAnotherDriver_replacedWhole() {
    assertThat(attribute("logging",
        map("driver", "json-file", "options", map("max-size", "10m")),
        map("driver", "syslog", "options", map("syslog-address", "udp://log:514"))))
        .isEqualTo(map("driver", "syslog", "options", map("syslog-address", "udp://log:514")));
  }

  @Test
  void service_ulimits_eachEntryReplacedNotMerged() {
    assertThat(attribute("ulimits",
        map("nofile", map("soft", 1024, "hard", 4096), "nproc", 512, "core", 0),
        map("nofile", map("soft", 2048), "nproc", null, "core", Reset.RESET)))
        .isEqualTo(map("nofile", map("soft", 2048), "nproc", 512));
  }

  @Test
  void service_volumes_uniqueByTargetWhicheverForm() {
    assertThat(attribute("volumes", List.of("data:/var/lib/db", "/logs"),
        List.of(map("type", "volume", "source", "fresh", "target", "/var/lib/db"))))
        .isEqualTo(List.of(map("type", "volume", "source", "fresh", "target", "/var/lib/db"),
            "/logs"));
  }

  @Test
  void service_secretsAndConfigs_uniqueByTargetTheirDefaultTargetsIncluded() {
    Map<Object, Object> secret = map("source", "db_pass", "mode", "0400");
    assertThat(attribute("secrets", List.of("db_pass", "api_key"), List.of(secret)))
        .isEqualTo(List.of(secret, "api_key"));
    Map<Object, Object> moved = map("source", "db_pass", "target", "/etc/db_pass");
    assertThat(attribute("secrets", List.of("db_pass"), List.of(moved)))
        .isEqualTo(List.of("db_pass", moved));
    Map<Object, Object> config = map("source", "app_conf", "target", "/app_conf", "mode", "0440");
    assertThat(attribute("configs", List.of("app_conf", "other"), List.of(config)))
        .isEqualTo(List.of(config, "other"));
    assertThat(attribute("configs", List.of(map("source", "a", "target", "/a")),
        List.of(map("source", "a"))))
        .isEqualTo(List.of(map("source", "a")));
    assertThat(attribute("configs", List.of("app_conf"), List.of("log_conf")))
        .isEqualTo(List.of("app_conf", "log_conf"));
  }

  @Test
  void service_ports_differentOnesAllExposedTheSameOneOnce() {
    assertThat(attribute("ports", List.of("8080:80", "9000:9000"), List.of("8443:443", "8080:80")))
        .isEqualTo(List.of("8080:80", "9000:9000", "8443:443"));
  }

  @Test
  void service_shortDependsOnOntoLong_readWithComposeDefaults() {
    assertThat(attribute("depends_on", map("db", map("condition", "service_healthy")),
        List.of("cache")))
        .isEqualTo(map("db", map("condition", "service_healthy"),
            "cache", map("condition", "service_started", "required", true)));
  }

  @Test
  void service_shortNetworksOntoLong_namesAddedWithoutSettings() {
    assertThat(attribute("networks", map("front", map("aliases", List.of("www"))),
        List.of("back")))
        .isEqualTo(map("front", map("aliases", List.of("www")), "back", null));
  }

  @Test
  void service_labelsAsTwoLists_aListLastValueOfEachKey() {
    assertThat(attribute("labels", List.of("a=1", "b=2", "flag"), List.of("b=3", "c=4", "flag")))
        .isEqualTo(List.of("a=1", "b=3", "flag", "c=4"));
  }

  @Test
  void service_environmentListOntoMapping_mergedByKeyResetRemoves() {
    assertThat(attribute("environment", map("A", "1", "B", "2", "C", "3"),
        map("B", Reset.RESET, "C", "4")))
        .isEqualTo(map("A", "1", "C", "4"));
    assertThat(attribute("environment", List.of("A=1", "DEBUG"), map("A", "2")))
        .isEqualTo(map("A", "2", "DEBUG", null));
  }

  @Test
  void service_buildAsText_mergedAsItsContext() {
    assertThat(attribute("build", "./app", map("dockerfile", "Dockerfile.dev")))
        .isEqualTo(map("context", "./app", "dockerfile", "Dockerfile.dev"));
    assertThat(attribute("build", map("context", ".", "args", map("A", "1")),
        map("args", map("B", "2"))))
        .isEqualTo(map("context", ".", "args", map("A", "1", "B", "2")));
  }

  @Test
  void service_tagsInsideANewSequence_settled() {
    assertThat(attribute("dns", List.of("1.1.1.1"),
        List.of("8.8.8.8", new Replace("9.9.9.9"))))
        .isEqualTo(List.of("1.1.1.1", "8.8.8.8", "9.9.9.9"));
    Map<Object, Object> base = map("image", "app");
    Map<Object, Object> over = map("dns", List.of("8.8.8.8", Reset.RESET, "9.9.9.9"),
        "cap_add", List.of(new Replace("SYS_TIME")));
    assertThat(merge.service(base, over, "services.web")).isEqualTo(map("image", "app",
        "dns", List.of("8.8.8.8", "9.9.9.9"), "cap_add", List.of("SYS_TIME")));
  }

  @Test
  void documents_topLevelNetworks_mergedByKey() {
    Object merged = merge.documents(
        map("networks", map("front", map("driver", "bridge"))),
        map("networks", map("front", map("internal", true))));
    assertThat(merged)
        .isEqualTo(map("networks", map("front", map("driver", "bridge", "internal", true))));
  }

  @Test
  void documents_serviceResetOrEmpty_removedOrKept() {
    Map<Object, Object> base = map("services", map("web", map("image", "app"),
        "db", map("image", "pg")));
    Map<Object, Object> over = map("services", map("web", Reset.RESET, "db", null));
    assertThat(merge.documents(base, over))
        .isEqualTo(map("services", map("db", map("image", "pg"))));
  }

  @Test
  void read_listOntoText_refusedWithFileAndPlace() {
    assertThatThrownBy(() -> merged("services: {web: {cap_add: NET_ADMIN}}",
        "services: {web: {cap_add: [SYS_TIME]}}"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("override1.yaml: services.web.cap_add: Cannot merge a list onto the text"
            + " 'NET_ADMIN'; Compose merges a mapping onto a mapping and a list onto a list (use"
            + " !override to replace the value).");
  }

  @Test
  void service_labelsOntoText_reportedAtThePlace() {
    assertThat(attribute("labels", "team=core", map("tier", "back")))
        .isEqualTo(map("tier", "back"));
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "override.yaml: services.web.labels: Cannot merge a mapping onto the text 'team=core';"
            + " Compose merges a mapping onto a mapping and a list onto a list (use !override to"
            + " replace the value).");
  }

  @Test
  void service_volumesMappingOntoList_reportedAtThePlace() {
    assertThat(attribute("volumes", List.of("/data"), map("data", "/data")))
        .isEqualTo(map("data", "/data"));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("Cannot merge a mapping onto a list;");
  }
}
