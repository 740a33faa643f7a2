/**
 * What this module's readers share and no caller sees (the package is not exported): YAML read
 * within limits that make hostile text cheap to refuse.
 */
package dev.topology.formats.internal;
