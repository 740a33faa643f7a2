/**
 * The {@code topology} command-line tool. It exports nothing: its contract is its command line.
 * picocli reads the commands' annotations and fields by reflection, so the package is open to it.
 */
module dev.topology.cli {
  requires dev.topology.api;
  requires dev.topology.catalog;
  requires dev.topology.graph;
  requires dev.topology.formats;
  requires info.picocli;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  opens dev.topology.cli to info.picocli;
}
