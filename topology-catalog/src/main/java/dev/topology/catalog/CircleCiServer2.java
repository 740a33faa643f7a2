package dev.topology.catalog;

/** The CircleCI Server 2.x services machine. */
public final class CircleCiServer2 {
  private CircleCiServer2() {}
}
