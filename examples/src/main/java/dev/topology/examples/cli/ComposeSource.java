package dev.topology.examples.cli;

import dev.topology.api.Choice;
import dev.topology.api.Deployment;
import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.compose.ComposeProject;
import java.nio.file.Path;
import java.util.List;

/** The query of {@code --compose FILE}, with {@code --profile} and {@code --env-file}. */
final class ComposeSource {
  private ComposeSource() {}

  static Query query(SourceOptions options, TopologyCli cli) {
    Path file = options.composeFile();
    if (options.topologyFile() != null) {
      throw new UserError("--compose and --topology both name a topology; give one of them.");
    }
    List<Path> files = ComposeFiles.discovered(options.composeFiles());
    ComposeProject project = ComposeFiles.read(files, options.envFile(),
        options.allowOutsideProject(), cli);
    if (files.size() > 1 || !files.get(0).equals(file)) {
      file = Path.of(String.join(" + ", files.stream().map(ComposeFiles::name).toList()));
    }
    Deployment.Builder deployment = options.deployment(project.topology());
    try {
      project.deployment(options.profiles()).choices().keySet()
          .forEach(profile -> deployment.choose(profile, Choice.ON));
      Deployment chosen = deployment.build();
      // Resolving now reports a service that a profile left off, in the file's words; the
      // topology keeps the result, so the commands' own resolving costs nothing more.
      project.resolve(chosen);
      return new Query(project.topology(), chosen, file);
    } catch (ComposeFileException e) {
      throw ComposeFiles.problem(files, e);
    }
  }
}
