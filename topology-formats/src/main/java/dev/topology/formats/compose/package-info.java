/**
 * Reads Docker Compose files into a {@link dev.topology.api.Topology}: one text, or the files of
 * a project merged as {@code docker compose -f a.yml -f b.yml} merges them, with what {@code
 * docker compose up} would fail or hang on; and reads Compose's {@code .env} files.
 *
 * <p>Design: the text becomes plain values ({@code HardenedYaml}, with SnakeYAML, within limits);
 * each file's {@code extends} and {@code include} are applied and the files merged on those
 * values ({@code ComposeLoading}, {@code Extension}, {@code Inclusion}, {@code ComposeMerge}),
 * before anything is mapped; then the merged document is mapped to services ({@code
 * ComposeMapping}, {@code ServiceReading}, {@code RuntimeSettings}). Other files come from the
 * caller's {@link dev.topology.formats.compose.ComposeFileResolver}: the package does no I/O.
 */
@ComposeStyle
package dev.topology.formats.compose;
