/**
 * Lint: advice on a topology, one {@link dev.topology.graph.lint.LintFinding} per thing found,
 * by {@link dev.topology.graph.lint.LintRule}. Most rules are O(V + E); redundant dependencies
 * are found by pushing 64-bit words up the startup dependencies from 64 targets at a time.
 */
@EngineStyle
package dev.topology.graph.lint;

import dev.topology.graph.internal.EngineStyle;
