package dev.topology.examples.cli;

import dev.topology.api.Choice;
import dev.topology.api.Deployment;
import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.compose.ComposeProject;
import java.nio.file.Path;

/** The query of {@code --compose FILE}, with {@code --profile} and {@code --env-file}. */
final class ComposeSource {
  private ComposeSource() {}

  static Query query(SourceOptions options, TopologyCli cli) {
    Path file = options.composeFile();
    if (options.topologyFile() != null) {
      throw new UserError("--compose and --topology both name a topology; give one of them.");
    }
    ComposeProject project = ComposeFiles.read(file, options.envFile(), cli);
    Deployment.Builder deployment = options.deployment(project.topology());
    try {
      project.deployment(options.profiles()).choices().keySet()
          .forEach(profile -> deployment.choose(profile, Choice.ON));
      Deployment chosen = deployment.build();
      // Resolving now reports a service that a profile left off, in the file's words; the
      // topology keeps the result, so the commands' own resolving costs nothing more.
      project.resolve(chosen);
      return new Query(project.topology(), chosen, file).fromCompose(project.name());
    } catch (ComposeFileException e) {
      throw ComposeFiles.problem(file, e);
    }
  }
}
