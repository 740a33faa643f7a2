package dev.topology.cli;

import dev.topology.api.Deployment;
import dev.topology.api.Setting;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that choose what a command answers about: the topology (the bundled catalog, a
 * topology file, a Compose file or a Backstage catalog) and the deployment it is resolved
 * against, in the topology's own choices.
 */
final class SourceOptions {
  @Option(names = "--topology", paramLabel = "FILE",
      description = "A topology in the library's JSON format, instead of the bundled"
          + " CircleCI Server 2.x catalog; - reads standard input.")
  private Path file;

  @Option(names = "--compose", paramLabel = "FILE",
      description = "A Docker Compose file ('-' for standard input), instead of --topology or"
          + " the catalog; its profiles become on/off choices. Repeatable: the files merge in"
          + " order, as docker compose -f does. A folder stands for its compose.yaml (or"
          + " compose.yml, docker-compose.yml, docker-compose.yaml) and its override file.")
  private List<Path> compose = new ArrayList<>();

  @Option(names = "--backstage", paramLabel = "FILE",
      description = "A Backstage catalog ('-' for standard input: one or more catalog-info.yaml"
          + " documents), instead of --topology, --compose or the catalog; its Components and"
          + " Resources become services, related by dependsOn and dependencyOf.")
  private Path backstage;

  @Option(names = "--default-severity", paramLabel = "SEVERITY",
      description = "With --backstage: the severity (low, medium or high) of entities without a"
          + " dev.topology/severity annotation; without it such entities are refused. The"
          + " services that took it are listed on standard error.")
  private Severity defaultSeverity;

  @Option(names = "--missing-as-external",
      description = "With --backstage: keep references to entities the file does not have as"
          + " external placeholder services (with the default severity) instead of refusing"
          + " them.")
  private boolean missingAsExternal;

  @Option(names = "--allow-outside-project",
      description = "With --compose: let extends and include read files outside the folder of"
          + " the first Compose file.")
  private boolean allowOutsideProject;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "With --compose: switch a Compose profile on (repeatable), as docker compose"
          + " --profile does.")
  private List<String> profiles = new ArrayList<>();

  @Option(names = "--env-file", paramLabel = "FILE",
      description = "With --compose: a .env file of variables the Compose file interpolates"
          + " (repeatable; later files win, the environment wins over all), instead of the .env"
          + " next to the Compose file.")
  private List<Path> envFiles = new ArrayList<>();

  @Option(names = "--no-dotenv",
      description = "With --compose: do not read the .env file next to the Compose file.")
  private boolean noDotenv;

  @Option(names = "--choose", paramLabel = "NAME=VALUE",
      description = "Set one of the topology's deployment choices (repeatable); the others take"
          + " their defaults. The catalog's: ldap=off|on, objectStorage=fileserved|s3.")
  private Map<String, String> choices = new LinkedHashMap<>();

  @Option(names = "--ldap", description = "Shorthand for --choose ldap=on, for topologies that"
      + " declare that choice, such as the bundled catalog.")
  private boolean ldap;

  @Option(names = "--s3", description = "Shorthand for --choose objectStorage=s3, for topologies"
      + " that declare that choice, such as the bundled catalog.")
  private boolean s3;

  @Option(names = "--externalize", paramLabel = "NAME", split = ",",
      description = "Services run outside the installation, comma-separated (default: none).")
  private List<String> externalized = new ArrayList<>();

  /** Loads the chosen topology and pairs it with the chosen deployment. */
  Query query(TopologyCli cli) {
    if (backstage != null) {
      if (file != null || !compose.isEmpty()) {
        throw new UserError("--backstage and " + (file != null ? "--topology" : "--compose")
            + " both name a topology; give one of them.");
      }
      Topology topology = BackstageSource.read(backstage, defaultSeverity, missingAsExternal,
          cli);
      return new Query(topology, deployment(topology).build(), backstage);
    }
    if (defaultSeverity != null || missingAsExternal) {
      throw new UserError((defaultSeverity != null ? "--default-severity"
          : "--missing-as-external") + " applies to a Backstage catalog; give it with"
          + " --backstage FILE.");
    }
    if (!compose.isEmpty()) {
      return ComposeSource.query(this, cli);
    }
    if (!profiles.isEmpty() || !envFiles.isEmpty() || noDotenv || allowOutsideProject) {
      throw new UserError((!profiles.isEmpty() ? "--profile"
          : !envFiles.isEmpty() ? "--env-file" : noDotenv ? "--no-dotenv"
          : "--allow-outside-project") + " applies to a Compose file; give it with --compose"
          + " FILE.");
    }
    Topology topology = file == null ? CircleCiServer2.topology() : TopologyFiles.read(file, cli);
    return new Query(topology, deployment(topology).build(), file);
  }

  /** The deployment the options set, on a topology. */
  Deployment.Builder deployment(Topology topology) {
    Deployment.Builder deployment = Deployment.builder().externalized(externalized);
    if (ldap) {
      shorthand(topology, "--ldap", "ldap", Setting.ON);
      deployment.choose("ldap", Setting.ON);
    }
    if (s3) {
      shorthand(topology, "--s3", "objectStorage", "s3");
      deployment.choose("objectStorage", "s3");
    }
    deployment.chooseAll(choices);
    return deployment;
  }

  Path topologyFile() {
    return file;
  }

  /** The first --compose path, or null. */
  Path composeFile() {
    return compose.isEmpty() ? null : compose.get(0);
  }

  /** Every --compose path, in order. */
  List<Path> composeFiles() {
    return compose;
  }

  List<Path> envFiles() {
    return envFiles;
  }

  boolean noDotenv() {
    return noDotenv;
  }

  boolean allowOutsideProject() {
    return allowOutsideProject;
  }

  List<String> profiles() {
    return profiles;
  }

  /**
   * Refuses a shorthand on a topology that does not declare the choice it sets, or beside a
   * {@code --choose} that sets the same choice otherwise.
   */
  void shorthand(Topology topology, String option, String choice, String value) {
    String chosen = choices.get(choice);
    if (chosen != null && !chosen.equals(value)) {
      throw new UserError(option + " stands for --choose " + choice + "=" + value + ", which"
          + " contradicts --choose " + choice + "=" + chosen + "; give one of them.");
    }
    declared(topology, option, choice, value);
  }

  /** Refuses a shorthand on a topology that does not declare the choice it sets. */
  static void declared(Topology topology, String option, String choice, String value) {
    boolean declared = topology.setting(choice).map(c -> c.values().contains(value)).orElse(false);
    if (!declared) {
      throw new UserError(option + " stands for --choose " + choice + "=" + value + ", which"
          + " this topology does not declare; " + Query.choicesOf(topology) + ".");
    }
  }
}
