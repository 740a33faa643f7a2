/**
 * Backstage software catalogs, both ways: {@link BackstageWriter} writes a topology as one
 * multi-document {@code catalog-info.yaml} ({@code backstage.io/v1alpha1} Components and
 * Resources related by {@code dependsOn}), and {@link BackstageReader} reads such a file back
 * into a topology, so that every answer of the engine (transitive impact, root causes, triage)
 * runs on a Backstage catalog.
 *
 * <p>Backstage's relations carry no attributes and its names are stricter than ours, so what
 * Backstage has no field for is kept in annotations under {@code dev.topology/} ({@link
 * BackstageWriter} lists them); the reader restores every field from them, and a file without
 * them reads as plain required startup dependencies with a severity the caller gives.
 *
 * <p>Design: values come in and go out as strings; YAML is read with the same limits as the
 * Compose reader (size, aliases, nesting, tags, duplicate keys) and written with SnakeYAML, so
 * any YAML parser reads the output.
 */
@BackstageStyle
package dev.topology.formats.backstage;
