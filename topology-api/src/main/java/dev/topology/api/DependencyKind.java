package dev.topology.api;

/** The two kinds of "A needs B" that the model knows. */
public enum DependencyKind {
  /** A cannot start until B is up: the source's "Startup dependencies" column. */
  STARTUP,
  /** A talks to B while the system runs: stated in the source's role sentences. */
  RUNTIME
}
