package dev.topology.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A container of the topology: its names, what it does, how bad its failure is, how long it
 * runs, and what it needs.
 *
 * <p>The canonical {@link #name()} is kept verbatim ({@code web_1}, {@code
 * authService}, {@code library/nginx}); the {@link #aliases()} resolve to the same
 * service in a {@link Topology}. The {@link #image()} is an attribute, not a name: any number of
 * services may run one image. {@link #labels()} are free metadata (owner, team, runbook link)
 * that the library keeps and never interprets.
 *
 * <p>The severity may depend on the deployment: {@link #severity()} holds when {@link
 * #severityCondition()} holds (or always, without a condition), and {@link #severityOtherwise()}
 * holds when it does not. {@link #severityIn(Deployment)} settles it.
 *
 * <pre>{@code
 * Service api = Service.builder()
 *     .name("api").severity(Severity.HIGH)
 *     .addDependencies(Dependency.startup("db"))
 *     .build();
 * Service quieter = api.toBuilder().severity(Severity.LOW).build();
 * }</pre>
 *
 * <p>Build one with {@link #builder()} or {@link #of(String, Severity, String...)}; every value is
 * checked when it is built, and every problem reported at once.
 */
@Value.Immutable
public abstract class Service {
  Service() {}

  /**
   * Returns the canonical name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the image it runs, if known; not a name of the service.
   *
   * @return the image, or empty
   */
  public abstract Optional<String> image();

  /**
   * Returns further names that resolve to this service.
   *
   * @return an unmodifiable list, in the order given
   */
  public abstract List<String> aliases();

  /**
   * Returns free metadata, by key.
   *
   * @return an unmodifiable map, sorted by key
   */
  public abstract Map<String, String> labels();

  /**
   * Returns what the service does.
   *
   * @return the text; empty unless set
   */
  @Value.Default
  public String role() {
    return "";
  }

  /**
   * Returns what happens if it fails.
   *
   * @return the text; empty unless set
   */
  @Value.Default
  public String failureEffect() {
    return "";
  }

  /**
   * Returns how bad its failure is (when {@link #severityCondition()} holds).
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns the condition under which {@link #severity()} holds.
   *
   * @return the condition; empty for always
   */
  public abstract Optional<SettingCondition> severityCondition();

  /**
   * Returns the severity when {@link #severityCondition()} does not hold.
   *
   * @return the severity, or empty
   */
  public abstract Optional<Severity> severityOtherwise();

  /**
   * Returns how long it runs.
   *
   * @return the lifecycle; {@link Lifecycle#LONG_RUNNING} unless set
   */
  @Value.Default
  public Lifecycle lifecycle() {
    return Lifecycle.LONG_RUNNING;
  }

  /**
   * Returns whether it can run outside the machine that runs the others.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean externalizable() {
    return false;
  }

  /**
   * Returns whether it does run outside (set by {@link Topology#resolve(Deployment)}).
   *
   * @return false unless set
   */
  @Value.Default
  public boolean external() {
    return false;
  }

  /**
   * Returns whether its absence at startup takes the whole system down.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean startupGate() {
    return false;
  }

  /**
   * Returns the condition under which the service exists at all.
   *
   * @return the condition; empty for always
   */
  public abstract Optional<SettingCondition> presentWhen();

  /**
   * Returns what it needs, in the source's order.
   *
   * @return an unmodifiable list
   */
  public abstract List<Dependency> dependencies();

  /**
   * Returns a statement that unnamed services depend on it, if the source makes one.
   *
   * @return the statement, or empty
   */
  public abstract Optional<BroadDependents> broadDependents();

  /**
   * Returns how often it fails and how long its repair takes, if known: the input of the
   * engine's availability and recovery answers, which take a figure from the caller for services
   * without one.
   *
   * @return the figure, or empty
   */
  public abstract Optional<Reliability> reliability();

  /**
   * Checks the values and returns the service with its labels sorted by key.
   *
   * @return this service, or an equal one with its labels sorted
   * @throws InvalidTopologyException listing every problem of the values, such as a blank name, a
   *     name used twice or a missing severity; a dependency on itself is a problem of the
   *     {@link Topology}
   */
  @Value.Check
  protected Service normalize() {
    String name = name();
    Optional<String> image = image();
    List<String> aliases = aliases();
    Map<String, String> labels = labels();
    Optional<SettingCondition> severityCondition = severityCondition();
    Optional<Severity> severityOtherwise = severityOtherwise();
    Optional<SettingCondition> presentWhen = presentWhen();
    Validation check = Validation.ofService(name);
    check.name("name", name);
    if (check.required("image", image)) {
      image.ifPresent(i -> check.name("image", i));
    }
    if (check.noNulls("aliases", aliases)) {
      aliases.forEach(a -> check.name("alias", a));
    }
    if (check.required("labels", labels)) {
      labels.forEach((key, value) -> {
        check.name("label key", key);
        if (value == null) {
          check.add(Problem.Kind.MISSING_VALUE, "Label " + Names.quote(key) + " of service "
              + Names.quote(name) + " has no value; use empty text instead.");
        }
      });
    }
    check.required("role", role());
    check.required("failure effect", failureEffect());
    check.required("severity", severity());
    check.required("severity condition", severityCondition);
    check.required("severity otherwise", severityOtherwise);
    check.required("lifecycle", lifecycle());
    check.required("present-when condition", presentWhen);
    check.required("broad dependents", broadDependents());
    check.required("reliability", reliability());
    check.noNulls("dependencies", dependencies());
    if (check.problems().isEmpty()) {
      checkNames(check, name, aliases);
      checkSeverity(check, name, severityCondition, severityOtherwise, presentWhen);
      if (external() && !externalizable()) {
        check.add(Problem.Kind.INCONSISTENT_VALUE, "Service " + Names.quote(name)
            + " is marked external but is not externalizable.");
      }
    }
    check.throwIfAny();
    return labelsSorted(labels) ? this
        : ((ImmutableService) this).withLabels(new TreeMap<>(labels));
  }

  private static boolean labelsSorted(Map<String, String> labels) {
    String previous = null;
    for (String key : labels.keySet()) {
      if (previous != null && previous.compareTo(key) >= 0) {
        return false;
      }
      previous = key;
    }
    return true;
  }

  private static void checkNames(Validation check, String name, List<String> aliases) {
    if (aliases.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    seen.add(name);
    for (String other : aliases) {
      if (!seen.add(other)) {
        check.add(Problem.Kind.DUPLICATE_NAME, "Service " + Names.quote(name) + " lists the name "
            + Names.quote(other) + " more than once; each name may appear once.");
      }
    }
  }

  private static void checkSeverity(Validation check, String name,
      Optional<SettingCondition> condition, Optional<Severity> otherwise, Optional<SettingCondition> present) {
    if (otherwise.isPresent() && condition.isEmpty()) {
      check.add(Problem.Kind.INCONSISTENT_VALUE, "Service " + Names.quote(name)
          + " has a severity for when its severity condition does not hold, but no condition.");
    }
    if (condition.isPresent() && otherwise.isEmpty() && !condition.equals(present)) {
      check.add(Problem.Kind.INCONSISTENT_VALUE, "Service " + Names.quote(name)
          + " has a severity that holds only " + condition.get().description()
          + " but none for otherwise; give severityOtherwise, or make the service present only"
          + " under that condition.");
    }
  }

  /**
   * Creates an unconditional long-running service with startup dependencies, the shortest way
   * to write a fixture.
   *
   * @param name the canonical name
   * @param severity how bad its failure is
   * @param startupDependencies names of the services it needs to start
   * @return the service
   * @throws InvalidTopologyException if a value is not valid
   */
  public static Service of(String name, Severity severity, String... startupDependencies) {
    if (startupDependencies == null) {
      throw new InvalidTopologyException("Service.of needs startup dependencies, not null;"
          + " give none instead.");
    }
    Builder builder = builder().name(name).severity(severity);
    for (String target : startupDependencies) {
      builder.addDependencies(Dependency.startup(target));
    }
    return builder.build();
  }

  /**
   * Returns a builder. Role and failure effect default to empty text, the lifecycle to {@link
   * Lifecycle#LONG_RUNNING}, the flags to false, aliases, labels and dependencies to none; the
   * name and the severity are required.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this service's values, to derive a variant in one line.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns every name of this service: the canonical name, then the aliases. The image is not a
   * name.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    List<String> aliases = aliases();
    if (aliases.isEmpty()) {
      return List.of(name());
    }
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(name());
    names.addAll(aliases);
    return List.copyOf(names);
  }

  /**
   * Tells whether {@code candidate} is one of this service's names.
   *
   * @param candidate a name
   * @return true if it is the canonical name or an alias
   */
  public boolean hasName(String candidate) {
    return candidate != null && (name().equals(candidate) || aliases().contains(candidate));
  }

  /**
   * Returns the value of a label.
   *
   * @param key the label's key
   * @return its value, or empty if the service has no such label
   */
  public Optional<String> label(String key) {
    return Optional.ofNullable(key == null ? null : labels().get(key));
  }

  /**
   * Returns the dependencies of one kind, in order.
   *
   * @param kind the kind wanted
   * @return an unmodifiable list
   */
  public List<Dependency> dependencies(DependencyKind kind) {
    return dependencies().stream().filter(d -> d.kind() == kind).toList();
  }

  /**
   * Returns the startup dependencies, in order.
   *
   * @return an unmodifiable list
   */
  public List<Dependency> startupDependencies() {
    return dependencies(DependencyKind.STARTUP);
  }

  /**
   * Returns the severity that holds in a deployment.
   *
   * @param deployment the settings of one installation
   * @return {@link #severity()} if there is no severity condition or it holds, otherwise {@link
   *     #severityOtherwise()} (or {@link #severity()} if none is given)
   */
  public Severity severityIn(Deployment deployment) {
    Optional<SettingCondition> condition = severityCondition();
    if (condition.isEmpty() || condition.get().holdsIn(deployment)) {
      return severity();
    }
    return severityOtherwise().orElse(severity());
  }

  /**
   * Tells whether this service exists in a deployment.
   *
   * @param deployment the settings of one installation
   * @return true if it has no presence condition or the condition holds
   */
  public boolean isPresentIn(Deployment deployment) {
    return presentWhen().map(c -> c.holdsIn(deployment)).orElse(true);
  }

  /** Builds a {@link Service}; see {@link Service#builder()} for the defaults. */
  public static final class Builder extends ImmutableService.Builder {
    Builder() {}

    /**
     * Adds a label, or replaces the value of one.
     *
     * @param key the label's key
     * @param value its value
     * @return this builder
     */
    public Builder label(String key, String value) {
      putLabels(key, value);
      return this;
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Service[").append(name());
    if (!aliases().isEmpty()) {
      text.append(" aka ").append(String.join(", ", aliases()));
    }
    image().ifPresent(i -> text.append(" (image ").append(i).append(')'));
    text.append(", ").append(severity());
    severityCondition().ifPresent(c -> text.append(' ').append(c.description()));
    severityOtherwise().ifPresent(s -> text.append(", otherwise ").append(s));
    text.append(", ")
        .append(lifecycle().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    if (external()) {
      text.append(", external");
    } else if (externalizable()) {
      text.append(", externalizable");
    }
    if (startupGate()) {
      text.append(", startup gate");
    }
    presentWhen().ifPresent(c -> text.append(", present ").append(c.description()));
    if (!dependencies().isEmpty()) {
      text.append(", needs ").append(dependencies());
    }
    if (!labels().isEmpty()) {
      text.append(", labels ").append(labels());
    }
    reliability().ifPresent(r -> text.append(", reliability ").append(r));
    return text.append(']').toString();
  }
}
