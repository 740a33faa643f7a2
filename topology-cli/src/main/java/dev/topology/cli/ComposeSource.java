package dev.topology.cli;

import dev.topology.api.Deployment;
import dev.topology.api.Setting;
import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.compose.ComposeProject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The query of {@code --compose FILE}, with {@code --profile}, {@code --env-file} and {@code
 * --no-dotenv}.
 */
final class ComposeSource {
  /** The variable that switches profiles on when no {@code --profile} is given. */
  static final String COMPOSE_PROFILES = "COMPOSE_PROFILES";

  private ComposeSource() {}

  static Query query(SourceOptions options, TopologyCli cli) {
    Path file = options.composeFile();
    if (options.topologyFile() != null) {
      throw new UserError("--compose and --topology both name a topology; give one of them.");
    }
    List<Path> files = ComposeFiles.discovered(options.composeFiles());
    ComposeFiles.Read read = ComposeFiles.read(files, options.envFiles(), options.noDotenv(),
        options.allowOutsideProject(), cli);
    ComposeProject project = read.project();
    Path first = files.get(0);
    String shown = null;
    if (files.size() > 1 || !first.equals(file)) {
      // The path joins the files' paths for JSON; messages quote each name once.
      file = Path.of(String.join(" + ", files.stream().map(Path::toString).toList()));
      shown = ComposeFiles.together(files);
    }
    Deployment.Builder deployment = options.deployment(project.topology());
    boolean fromVariable = options.profiles().isEmpty()
        && read.variables().containsKey(COMPOSE_PROFILES);
    try {
      project.deployment(profiles(options, read, project)).settings().keySet()
          .forEach(profile -> deployment.choose(profile, Setting.ON));
    } catch (ComposeFileException e) {
      throw fromVariable ? new UserError(profilesPlace(read) + e.getMessage())
          : ComposeFiles.problem(files, e);
    }
    try {
      Deployment chosen = deployment.build();
      // Resolving now reports a service that a profile left off, in the file's words; the
      // topology keeps the result, so the commands' own resolving costs nothing more.
      project.resolve(chosen);
      return new Query(project.topology(), chosen, file, shown, project)
          .fromCompose(project.name(), first);
    } catch (ComposeFileException e) {
      throw ComposeFiles.problem(files, e);
    }
  }

  /** Where COMPOSE_PROFILES was set, to start a message about its value. */
  private static String profilesPlace(ComposeFiles.Read read) {
    return ComposeFiles.ENVIRONMENT.equals(read.profilesFrom())
        ? COMPOSE_PROFILES + " in the environment: "
        : read.profilesFrom() + ": " + COMPOSE_PROFILES + ": ";
  }

  /**
   * The profiles to switch on: those of {@code --profile} if any is given, else those that
   * {@code COMPOSE_PROFILES} lists, comma-separated, as docker compose takes them (its {@code
   * cmd/compose/compose.go} passes {@code --profile} to compose-go's {@code
   * cli.WithDefaultProfiles}, which reads the variable only when none is given and trims each
   * name); {@code *} stands for every profile (compose-go's {@code ServiceConfig.HasProfile}).
   */
  private static List<String> profiles(SourceOptions options, ComposeFiles.Read read,
      ComposeProject project) {
    List<String> names = options.profiles();
    if (names.isEmpty()) {
      String listed = read.variables().get(COMPOSE_PROFILES);
      names = listed == null ? List.of() : Arrays.stream(listed.split(",", -1))
          .map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
    }
    return names.contains("*") ? project.profiles() : names;
  }
}
