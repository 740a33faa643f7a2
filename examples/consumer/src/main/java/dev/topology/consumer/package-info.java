/** Another team's tool that uses the library from outside the reactor. */
package dev.topology.consumer;
