package dev.topology.api;

/** Where an installation keeps its blobs (step output, artifacts, test results, caches). */
public enum ObjectStorage {
  /** The bundled {@code fileserved} service on the services machine. */
  FILESERVED,
  /** Amazon S3 (or a compatible store); {@code fileserved} is then not used at all. */
  S3
}
