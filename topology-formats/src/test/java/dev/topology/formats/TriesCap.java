package dev.topology.formats;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps the tries of every property when the system property {@value #CAP} is set, as the
 * mutation-testing profile does: there each property runs once per mutant it covers, and a few
 * dozen tries kill what a thousand do at a fraction of the time. Without it, nothing changes.
 * Every property of this module's tests gets it through {@code META-INF/services}, which the
 * profile's class path reads.
 */
public final class TriesCap implements AroundPropertyHook {
  /** The system property holding the most tries a property may run. */
  public static final String CAP = "topology.tries.cap";

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public boolean appliesTo(Optional<AnnotatedElement> element) {
    return true;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    String cap = System.getProperty(CAP);
    if (cap != null) {
      int most = Integer.parseInt(cap);
      int tries = context.attributes().tries().orElse(Integer.MAX_VALUE);
      context.attributes().setTries(Math.min(tries, most));
    }
    return property.execute();
  }
}
