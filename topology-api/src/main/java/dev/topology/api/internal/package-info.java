/**
 * What the project's own modules share and users do not: the one quoting of names and values in
 * messages. Exported only to the project's modules; not part of the API, and free to change.
 */
package dev.topology.api.internal;
