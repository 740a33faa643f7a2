package dev.topology.testing.jqwik;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A jqwik lifecycle hook that caps the tries of every property when the system property
 * {@value #CAP} is set; without it, nothing changes. Mutation testing runs each property once
 * per mutant it covers, and a few dozen tries kill what a thousand do, at a fraction of the
 * time.
 *
 * <p>The kit does not register it. A team that wants it lists it in its own test resources,
 * in {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}:
 *
 * <pre>
 * dev.topology.testing.jqwik.TriesCap
 * </pre>
 *
 * <p>and runs its mutation tests with {@code -Dtopology.tries.cap=20}, say.
 */
public final class TriesCap implements AroundPropertyHook {
  /** The system property holding the most tries a property may run. */
  public static final String CAP = "topology.tries.cap";

  /** Creates the hook; jqwik does, through the service loader. */
  public TriesCap() {}

  /**
   * Applies the hook to every property of every container below the one it is registered on.
   *
   * @return {@link PropagationMode#ALL_DESCENDANTS}
   */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  /**
   * Applies the hook to every element.
   *
   * @param element the element
   * @return true
   */
  @Override
  public boolean appliesTo(Optional<AnnotatedElement> element) {
    return true;
  }

  /**
   * Runs the property with its tries capped when {@value #CAP} is set.
   *
   * @param context the property's context
   * @param property runs the property
   * @return the property's result
   * @throws IllegalArgumentException if {@value #CAP} is set to something other than a
   *     positive whole number
   */
  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    String cap = System.getProperty(CAP);
    if (cap != null) {
      int most = most(cap);
      int tries = context.attributes().tries().orElse(Integer.MAX_VALUE);
      context.attributes().setTries(Math.min(tries, most));
    }
    return property.execute();
  }

  /** The cap the system property states. */
  static int most(String cap) {
    int most;
    try {
      most = Integer.parseInt(cap.strip());
    } catch (NumberFormatException e) {
      most = 0;
    }
    if (most < 1) {
      throw new IllegalArgumentException("The system property " + CAP + " caps the tries of"
          + " each property and must be a positive whole number; got '" + cap + "'.");
    }
    return most;
  }
}
