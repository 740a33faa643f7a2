package dev.topology.testing;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.startup.StartupCycle;
import dev.topology.graph.startup.StartupCycleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Topology}: its services, its dependencies, and whether the engine can
 * order it. Made by {@link TopologyAssertions#assertThat(Topology)}.
 *
 * <p>Names may be any name of a service, canonical or alias. A name that no service has fails
 * with the closest names the topology has, except in {@link #doesNotHaveService(String)}, whose
 * point is that no service has it.
 */
public class TopologyAssert extends AbstractAssert<TopologyAssert, Topology> {
  /**
   * Creates the assertion; tests call {@link TopologyAssertions#assertThat(Topology)}.
   *
   * @param actual the topology to check
   */
  public TopologyAssert(Topology actual) {
    super(actual, TopologyAssert.class);
  }

  /**
   * Checks that a service has this name or alias.
   *
   * @param name any name of a service
   * @return this assertion
   * @throws IllegalArgumentException if the name is null
   */
  public TopologyAssert hasService(String name) {
    service(Sentences.name(name, "a service name"));
    return this;
  }

  /**
   * Checks that every one of these names is a name or alias of a service.
   *
   * @param names names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public TopologyAssert hasServices(String... names) {
    List<String> wanted = Sentences.names(names, "the service names");
    isNotNull();
    List<String> missing = new ArrayList<>();
    List<String> hints = new ArrayList<>();
    for (String name : wanted) {
      if (!actual.contains(name)) {
        missing.add(Sentences.quote(name));
        List<String> closest = actual.closestNames(name);
        if (!closest.isEmpty()) {
          hints.add(Sentences.or(closest) + " for " + Sentences.quote(name));
        }
      }
    }
    if (!missing.isEmpty()) {
      String text = "Expected services named " + Sentences.and(wanted.stream()
          .map(Sentences::quote).toList()) + ", but the topology has none named "
          + Sentences.or(missing) + "."
          + (hints.isEmpty() ? "" : " Did you mean " + String.join("; ", hints) + "?")
          + " It has " + actual.size() + (actual.size() == 1 ? " service: " : " services: ")
          + String.join(", ", actual.names()) + ".";
      failWithActualExpectedAndMessage(actual.names(), wanted, "%s", text);
    }
    return this;
  }

  /**
   * Checks that no service has this name or alias.
   *
   * @param name a name
   * @return this assertion
   * @throws IllegalArgumentException if the name is null
   */
  public TopologyAssert doesNotHaveService(String name) {
    Sentences.name(name, "a service name");
    isNotNull();
    Optional<Service> found = actual.find(name);
    if (found.isPresent()) {
      String canonical = found.get().name();
      failWithMessage("%s", "Expected no service named " + Sentences.quote(name)
          + ", but the topology has one" + (canonical.equals(name) ? ""
          : ": " + Sentences.quote(name) + " is an alias of " + canonical) + ".");
    }
    return this;
  }

  /**
   * Checks the number of services.
   *
   * @param expected the number of services expected
   * @return this assertion
   */
  public TopologyAssert hasServiceCount(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      failWithActualExpectedAndMessage(actual.size(), expected, "%s",
          "Expected " + expected + " services, but the topology has " + actual.size() + ": "
              + String.join(", ", actual.names()) + ".");
    }
    return this;
  }

  /**
   * Checks that a service declares a dependency of any kind (startup or runtime, required or
   * optional, conditional or not) on another.
   *
   * @param from any name of the service that needs the other
   * @param to any name of the service it needs
   * @return this assertion
   * @throws IllegalArgumentException if a name is null
   */
  public TopologyAssert hasDependency(String from, String to) {
    dependency(from, to, null, "a dependency");
    return this;
  }

  /**
   * Checks that a service declares a required dependency on another: one whose failure is
   * carried to the service ({@link Dependency#required()}).
   *
   * @param from any name of the service that needs the other
   * @param to any name of the service it needs
   * @return this assertion
   * @throws IllegalArgumentException if a name is null
   */
  public TopologyAssert hasRequiredDependency(String from, String to) {
    dependency(from, to, true, "a required dependency");
    return this;
  }

  /**
   * Checks that a service declares an optional dependency on another: one that orders startup
   * but carries no failure ({@link Dependency#required()} false).
   *
   * @param from any name of the service that needs the other
   * @param to any name of the service it needs
   * @return this assertion
   * @throws IllegalArgumentException if a name is null
   */
  public TopologyAssert hasOptionalDependency(String from, String to) {
    dependency(from, to, false, "an optional dependency");
    return this;
  }

  /**
   * Checks that a service declares no dependency of any kind on another.
   *
   * @param from any name of the service
   * @param to any name of the other service
   * @return this assertion
   * @throws IllegalArgumentException if a name is null
   */
  public TopologyAssert doesNotHaveDependency(String from, String to) {
    Sentences.name(from, "the name of the service that would need the other");
    Sentences.name(to, "the name of the service that would be needed");
    Service owner = service(from);
    String target = service(to).name();
    List<Dependency> found = dependenciesOn(owner, target);
    if (!found.isEmpty()) {
      failWithMessage("%s", "Expected " + owner.name() + " to declare no dependency on "
          + target + ", but it declares " + describe(found) + ".");
    }
    return this;
  }

  /**
   * Checks that the startup dependencies of the topology's default deployment form no cycle, so
   * that {@link TopologyGraph#of(Topology)} gives a startup plan.
   *
   * <p>Cost: builds the engine once, O(V + E).
   *
   * @return this assertion
   * @throws dev.topology.api.InvalidTopologyException if the topology does not resolve against
   *     its default deployment
   */
  public TopologyAssert hasNoCycles() {
    isNotNull();
    try {
      TopologyGraph.of(actual);
    } catch (StartupCycleException e) {
      List<String> cycles = new ArrayList<>();
      for (StartupCycle cycle : e.cycles()) {
        List<String> round = new ArrayList<>(cycle.witness());
        round.add(cycle.witness().get(0));
        cycles.add(String.join(" -> ", round));
      }
      failWithMessage("%s", "Expected startup dependencies without a cycle, but "
          + (cycles.size() == 1 ? "they form one: " : "they form " + cycles.size() + ": ")
          + String.join("; ", cycles) + " (each needs the next to start).");
    }
    return this;
  }

  /**
   * Checks that the engine's lint, on the topology's default deployment, finds nothing
   * ({@link TopologyGraph#lint()}).
   *
   * <p>Cost: builds the engine and runs the lint, O(V + E) for most rules; see {@link
   * TopologyGraph#lint()}.
   *
   * @return this assertion
   * @throws StartupCycleException if the startup dependencies form a cycle
   */
  public TopologyAssert hasNoLintFindings() {
    isNotNull();
    List<LintFinding> findings = TopologyGraph.of(actual).lint();
    if (!findings.isEmpty()) {
      StringBuilder text = new StringBuilder("Expected no lint finding, but there ")
          .append(findings.size() == 1 ? "is 1:" : "are " + findings.size() + ":");
      findings.forEach(f -> text.append("\n  ").append(f));
      failWithMessage("%s", text.toString());
    }
    return this;
  }

  private void dependency(String from, String to, Boolean required, String what) {
    Sentences.name(from, "the name of the service that needs the other");
    Sentences.name(to, "the name of the service that is needed");
    Service owner = service(from);
    String target = service(to).name();
    List<Dependency> found = dependenciesOn(owner, target);
    if (found.stream().noneMatch(d -> required == null || d.required() == required)) {
      String has = found.isEmpty() ? owner.dependencies().isEmpty()
          ? "it declares no dependency at all"
          : "it declares none on " + target + ", only " + describe(owner.dependencies())
          : "it declares only " + describe(found);
      failWithMessage("%s", "Expected " + owner.name() + " to declare " + what + " on "
          + target + ", but " + has + ".");
    }
  }

  private List<Dependency> dependenciesOn(Service owner, String target) {
    return owner.dependencies().stream()
        .filter(d -> actual.find(d.target()).map(Service::name).orElse("").equals(target))
        .toList();
  }

  private static String describe(List<Dependency> dependencies) {
    return Sentences.and(dependencies.stream().map(Dependency::toString).toList());
  }

  /** The service of that name, or a failure that names the closest ones. */
  private Service service(String name) {
    isNotNull();
    Optional<Service> found = actual.find(name);
    if (found.isEmpty()) {
      failWithMessage("%s", Sentences.unknown("Expected", name, actual.closestNames(name)));
    }
    return found.get();
  }
}
