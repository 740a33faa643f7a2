package dev.topology.formats.backstage;

import dev.topology.api.Topology;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What {@link BackstageReader#read} returns: the topology, and what the reader did besides
 * reading (entities it ignored, severities it assumed, placeholders it made). Immutable.
 */
@Value.Immutable
public abstract class BackstageImport {
  BackstageImport() {}

  /**
   * Returns the topology: a service per Component and Resource.
   *
   * @return the topology
   */
  public abstract Topology topology();

  /**
   * Returns the entity each service stands for.
   *
   * @return an unmodifiable map from service name to full entity reference ({@code
   *     component:default/web}), sorted by service name
   */
  public abstract Map<String, String> entities();

  /**
   * Returns how many entities of each other kind (System, API, Group, User, Domain, Location,
   * Template...) the file holds; they carry no dependencies and become no service.
   *
   * @return an unmodifiable map from kind, as the file spells it, to count, sorted by kind
   */
  public abstract Map<String, Integer> ignored();

  /**
   * Returns the services that took {@link BackstageReadOptions#defaultSeverity()} because their
   * entity states none.
   *
   * @return an unmodifiable list of service names, sorted
   */
  public abstract List<String> assumedSeverity();

  /**
   * Returns the placeholder services made for references to entities the file does not have
   * (with {@link BackstageReadOptions#missingAsExternal()}).
   *
   * @return an unmodifiable list of service names, sorted
   */
  public abstract List<String> placeholders();

  /**
   * Returns the references to entities of other kinds that the reader left out, as {@code
   * from -> to}.
   *
   * @return an unmodifiable list, in the order of the file
   */
  public abstract List<String> droppedReferences();

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BackstageImport}. */
  static final class Builder extends ImmutableBackstageImport.Builder {}

  @Override
  public String toString() {
    return "BackstageImport[" + topology().size() + " services, ignored " + ignored()
        + ", assumed severity for " + assumedSeverity().size() + ", placeholders "
        + placeholders() + "]";
  }
}
