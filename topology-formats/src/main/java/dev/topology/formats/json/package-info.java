/**
 * The engine's answers as JSON: {@link dev.topology.formats.json.AnswerJson} writes any answer
 * in one call, and {@link dev.topology.formats.json.TopologyAnswersModule} lets an application's
 * own Jackson 3 mapper write them the same way. The text is what the {@code topology} tool's
 * {@code --json} prints for the same answer, so a tool that uses the library and a script that
 * runs the tool read the same JSON.
 *
 * <p>It is a writer only: answers are computed by the engine, never read back from JSON.
 */
package dev.topology.formats.json;
