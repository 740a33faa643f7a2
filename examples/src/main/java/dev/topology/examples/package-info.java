/**
 * Runnable examples, one per use of the library, each a small program with a {@code main}:
 *
 * <ul>
 *   <li>{@link dev.topology.examples.QuickStart}: a first look at the model;
 *   <li>{@link dev.topology.examples.AlertRouter}: what else is hit if a service is down;
 *   <li>{@link dev.topology.examples.FromScratch}: a topology built with the builders;
 *   <li>{@link dev.topology.examples.DeploymentVariant}: an installation with LDAP, S3 and an
 *       external postgres, against the default one;
 *   <li>{@link dev.topology.examples.Availability}: how available a small stack is, what a
 *       better database buys, and how long it takes to recover.
 * </ul>
 *
 * <p>The build runs every one of them (see {@code ExamplesTest}), so they cannot drift from
 * the library. The {@code topology} command-line tool is a module of its own, {@code topology-cli}.
 */
package dev.topology.examples;
