package dev.topology.graph.availability;

import dev.topology.api.Reliability;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.internal.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a caller gives {@link TopologyGraph#availability(AvailabilityInputs)} beyond the
 * topology: figures that override or complete the services' own {@linkplain
 * dev.topology.api.Service#reliability() reliability}, a default for the services that have
 * none, and the start durations that recovery times add up.
 *
 * <pre>{@code
 * AvailabilityInputs.fromModel();                                   // the model's figures only
 * AvailabilityInputs.fromModel().withDefault(Reliability.parse("99.9%"));
 * AvailabilityInputs.builder()
 *     .defaultFigure(Reliability.parse("99.9% mttr=10m"))
 *     .putFigures("postgres", Reliability.parse("mttf=90d mttr=15m"))
 *     .putStartDurations("postgres", Duration.ofSeconds(20))
 *     .build();
 * }</pre>
 *
 * <p>Keys name services by any of their names; they are checked against the engine when the
 * inputs are used (an unknown name raises {@link dev.topology.api.NoSuchServiceException} with
 * the closest names). Immutable.
 */
// Without generated copy methods: the withers below are this type's own, with their checks.
@Value.Immutable(copy = false)
public abstract class AvailabilityInputs {
  AvailabilityInputs() {}

  /**
   * Returns the figure of every service that has none in the model and none in {@link
   * #figures()}.
   *
   * @return the default; empty when every service needs a figure of its own
   */
  public abstract Optional<Reliability> defaultFigure();

  /**
   * Returns figures per service, which take the place of the model's.
   *
   * @return an unmodifiable map from any name of a service to its figure
   */
  public abstract Map<String, Reliability> figures();

  /**
   * Returns how long each service takes to start, what recovery times add up after a repair;
   * zero for a service left out.
   *
   * @return an unmodifiable map from any name of a service to its start duration
   */
  public abstract Map<String, Duration> startDurations();

  /**
   * Checks the maps: no null name or value, no start duration negative or longer than {@link
   * Reliability#LONGEST}.
   *
   * @throws InvalidQueryException naming every entry that is refused
   */
  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    figures().forEach((name, figure) -> {
      if (name == null || figure == null) {
        problems.add(name == null ? "a figure is given for a null name"
            : Messages.quote(name) + " has a null figure");
      }
    });
    List<Map.Entry<String, Duration>> durations = new ArrayList<>(startDurations().entrySet());
    durations.sort(Map.Entry.comparingByKey(
        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
    for (Map.Entry<String, Duration> entry : durations) {
      Duration d = entry.getValue();
      String name = entry.getKey() == null ? "a null name" : Messages.quote(entry.getKey());
      if (entry.getKey() == null || d == null) {
        problems.add(entry.getKey() == null ? "a start duration is given for a null name"
            : name + " has a null start duration");
      } else if (d.isNegative()) {
        problems.add(name + " has the start duration " + Reliability.format(d)
            + ", which is negative");
      } else if (d.compareTo(Reliability.LONGEST) > 0) {
        problems.add(name + " has the start duration " + Reliability.format(d)
            + ", longer than a thousand years");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidQueryException("Availability inputs refuse "
          + (problems.size() == 1 ? "an entry: " : problems.size() + " entries: ")
          + String.join("; ", problems) + ". Give each service by name a figure, and a start"
          + " duration of zero or more, such as 30s.");
    }
  }

  /**
   * Returns the inputs that take every figure from the model, with no default and no start
   * durations.
   *
   * @return the inputs
   */
  public static AvailabilityInputs fromModel() {
    return builder().build();
  }

  /**
   * Returns these inputs with a default figure for the services that have none.
   *
   * @param figure the default
   * @return the inputs
   * @throws InvalidQueryException if the figure is null
   */
  public AvailabilityInputs withDefault(Reliability figure) {
    if (figure == null) {
      throw new InvalidQueryException("A default figure is null; give one such as"
          + " Reliability.parse(\"99.9%\"), or use fromModel() for none.");
    }
    return toBuilder().defaultFigure(figure).build();
  }

  /**
   * Returns these inputs with a figure for one service, replacing any given before for that
   * name.
   *
   * @param service any name of the service
   * @param figure its figure
   * @return the inputs
   * @throws InvalidQueryException if an argument is null
   */
  public AvailabilityInputs withFigure(String service, Reliability figure) {
    if (service == null || figure == null) {
      throw new InvalidQueryException("A figure for a service needs a name and a figure, not"
          + " null; give withFigure(\"db\", Reliability.parse(\"99.95%\")).");
    }
    Map<String, Reliability> more = new LinkedHashMap<>(figures());
    more.put(service, figure);
    return toBuilder().figures(more).build();
  }

  /**
   * Returns these inputs with these start durations in place of the ones given before.
   *
   * @param durations start duration per service, under any of its names
   * @return the inputs
   * @throws InvalidQueryException if the map, a key or a value is null, or a duration is
   *     negative
   */
  public AvailabilityInputs withStartDurations(Map<String, Duration> durations) {
    if (durations == null) {
      throw new InvalidQueryException("Start durations are null; give a map such as"
          + " Map.of(\"db\", Duration.ofSeconds(20)), or an empty one.");
    }
    return toBuilder().startDurations(durations).build();
  }

  /**
   * Returns a new builder; unset, the inputs take every figure from the model.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from these inputs.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link AvailabilityInputs}. */
  public static final class Builder extends ImmutableAvailabilityInputs.Builder {
    Builder() {}
  }
}
