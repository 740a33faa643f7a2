/** Another team's tool that uses Jackson 2 and the library's JSON codec side by side. */
package dev.topology.consumer.jackson2;
