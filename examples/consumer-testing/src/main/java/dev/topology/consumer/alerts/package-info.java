/** Another team's code, tested with the SDK's testing kit: who hears of a failure. */
package dev.topology.consumer.alerts;
