/**
 * The bundled catalog of the CircleCI Server 2.x services machine.
 *
 * <p>{@link dev.topology.catalog.CircleCiServer2} is the one entry point: the 39 containers as a
 * conditional {@link dev.topology.api.Topology}, the common deployments, and the concrete topology
 * of each. The catalog is code: it reads no file or resource.
 */
package dev.topology.catalog;
