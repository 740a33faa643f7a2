/**
 * What this module's readers and writers share and no caller sees (the package is not
 * exported): YAML read within limits that make hostile text cheap to refuse, and the colours
 * and words every picture of a topology uses.
 */
package dev.topology.formats.internal;
