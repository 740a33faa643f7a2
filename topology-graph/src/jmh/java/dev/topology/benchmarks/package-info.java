/**
 * JMH benchmarks of the engine against hand-written array baselines and JGraphT, run in one JMH
 * run so that the ratios compare like with like. Built only by the {@code benchmarks} profile.
 */
package dev.topology.benchmarks;
