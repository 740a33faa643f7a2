package dev.topology.cli;

import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import java.util.Locale;

/**
 * A service's lifecycle as the tables show it, for {@code catalog} and {@code plan}. A class of
 * its own, so that a table of {@code plan} loads none of the JSON classes that {@code catalog}'s
 * JSON answer uses.
 */
final class Lifecycles {
  private Lifecycles() {}

  /** The lifecycle in lower case, with "gate" after a one-shot or periodic startup gate. */
  static String of(Service service) {
    String text = service.lifecycle().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return service.startupGate() && service.lifecycle() != Lifecycle.LONG_RUNNING
        ? text + " gate" : text;
  }
}
