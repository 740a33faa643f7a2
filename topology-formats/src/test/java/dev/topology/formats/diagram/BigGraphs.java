package dev.topology.formats.diagram;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The big fixtures of the scale tests, built directly from services (not through JSON), and a
 * way to query them on a thread with a small stack.
 */
final class BigGraphs {
  /** Half the usual default thread stack of 64-bit JVMs (1 MiB): recursion shows at once. */
  static final long SMALL_STACK = 512 * 1024;

  private BigGraphs() {}

  /** {@code prefix} and {@code i} zero-padded to seven digits, without a Formatter per name. */
  static String name(String prefix, int i) {
    String digits = Integer.toString(i);
    return prefix + "0000000".substring(Math.min(7, digits.length())) + digits;
  }

  /**
   * A chain of {@code length} services, each needing the one before it to start, optionally
   * closed into a cycle:
   *
   * <pre>
   *   s0000000 &lt;── s0000001 &lt;── ... &lt;── s(length-1)      ("a &lt;── b": b needs a)
   * </pre>
   */
  static Topology chain(int length, boolean closed) {
    List<Service> services = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      Service.Builder builder = Service.builder().name(name("s", i)).severity(Severity.MEDIUM);
      if (i > 0 || closed) {
        builder.addDependencies(Dependency.startup(name("s", (i + length - 1) % length)));
      }
      services.add(builder.build());
    }
    return Topology.of(services);
  }

  /**
   * A star both ways: {@code width} leaves each need {@code hub}, and {@code top} needs every
   * leaf, so one service has {@code width} dependents and one has {@code width} dependencies.
   *
   * <pre>
   *          ┌── leaf0000000 &lt;──┐
   *   hub &lt;──┼── leaf0000001 &lt;──┼── top          ("a &lt;── b": b needs a)
   *          └── ... (width) &lt;──┘
   * </pre>
   */
  static Topology star(int width) {
    List<Service> services = new ArrayList<>(width + 2);
    services.add(Service.of("hub", Severity.HIGH));
    Service.Builder top = Service.builder().name("top").severity(Severity.LOW);
    for (int i = 0; i < width; i++) {
      String leaf = name("leaf", i);
      services.add(Service.of(leaf, Severity.MEDIUM, "hub"));
      top.addDependencies(Dependency.startup(leaf));
    }
    services.add(top.build());
    return Topology.of(services);
  }

  /** Runs {@code task} on a fresh thread with a {@link #SMALL_STACK} and returns its result. */
  static <T> T onSmallStack(Callable<T> task) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(task.call());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", SMALL_STACK);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for the query.", e);
    }
    if (failure.get() instanceof Error error) {
      throw error;
    }
    if (failure.get() != null) {
      throw new AssertionError("The query failed.", failure.get());
    }
    return result.get();
  }
}
