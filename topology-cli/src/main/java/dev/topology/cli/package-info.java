/**
 * The {@code topology} command-line tool, {@link dev.topology.cli.TopologyCli}: the
 * bundled catalog or a topology file, questions as commands, answers as aligned tables or JSON.
 *
 * <p>All of the project's I/O for people lives here: reading topology files, standard streams,
 * the terminal and the environment. The library modules stay free of it.
 */
package dev.topology.cli;
