package dev.topology.examples.cli;

import dev.topology.api.Deployment;
import dev.topology.api.ObjectStorage;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that choose what a command answers about: the topology (the bundled catalog, or
 * a file) and the deployment it is resolved against.
 */
final class SourceOptions {
  @Option(names = "--topology", paramLabel = "FILE",
      description = "A topology in the library's JSON format, instead of the bundled"
          + " CircleCI Server 2.x catalog; - reads standard input.")
  private Path file;

  @Option(names = "--ldap", description = "LDAP authentication is in use (default: not).")
  private boolean ldap;

  @Option(names = "--s3", description = "S3 holds the blobs, not fileserved (default: fileserved).")
  private boolean s3;

  @Option(names = "--externalize", paramLabel = "NAME", split = ",",
      description = "Services run outside the services machine, comma-separated (default: none).")
  private List<String> externalized = new ArrayList<>();

  /** Loads the chosen topology and pairs it with the chosen deployment. */
  Query query(TopologyCli cli) {
    Deployment deployment = Deployment.builder()
        .ldap(ldap)
        .objectStorage(s3 ? ObjectStorage.S3 : ObjectStorage.FILESERVED)
        .externalized(externalized)
        .build();
    if (file == null) {
      return new Query(CircleCiServer2.topology(), deployment, null);
    }
    Topology topology = TopologyFiles.read(file, cli);
    return new Query(topology, deployment, file);
  }
}
