/** The bundled catalog of the CircleCI Server 2.x services machine. */
package dev.topology.catalog;
