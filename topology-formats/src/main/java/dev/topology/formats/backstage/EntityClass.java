package dev.topology.formats.backstage;

import dev.topology.api.Service;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How one service is written to Backstage: as a {@code Component} or a {@code Resource}, and its
 * {@code spec.type} ({@code service}, {@code database}, ...). Immutable.
 *
 * <p>{@link #byLabels(Service)} is the default classing: a service labelled {@value #KIND_LABEL}
 * {@code resource} is a Resource of the type its label {@value #TYPE_LABEL} gives ({@code
 * database} without one); every other service is a Component of that type ({@code service}
 * without one).
 */
@Value.Immutable
public abstract class EntityClass {
  /** The label that makes a service a Resource, with the value {@code resource}. */
  public static final String KIND_LABEL = "dev.topology.backstage.kind";
  /** The label that gives the entity's {@code spec.type}. */
  public static final String TYPE_LABEL = "dev.topology.backstage.type";

  /** The two kinds of entity that carry {@code dependsOn}. */
  public enum Kind {
    /** A piece of software: {@code kind: Component}. */
    COMPONENT("Component"),
    /** Infrastructure that components need, such as a database: {@code kind: Resource}. */
    RESOURCE("Resource");

    private final String spelling;

    Kind(String spelling) {
      this.spelling = spelling;
    }

    /**
     * Returns the kind as a descriptor spells it.
     *
     * @return {@code Component} or {@code Resource}
     */
    public String spelling() {
      return spelling;
    }

    /**
     * Returns the kind as an entity reference spells it.
     *
     * @return {@code component} or {@code resource}
     */
    public String refKind() {
      return spelling.toLowerCase(Locale.ROOT);
    }
  }

  EntityClass() {}

  /**
   * Returns the kind of entity.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the entity's {@code spec.type}.
   *
   * @return a non-blank type
   */
  public abstract String type();

  /**
   * Refuses a blank type: the descriptor format requires one.
   *
   * @throws BackstageException if the type is blank
   */
  @Value.Check
  protected void check() {
    if (type().isBlank()) {
      throw new BackstageException("A Backstage " + kind().spelling() + " needs a spec.type,"
          + " not blank text; give one such as service or database.");
    }
  }

  /**
   * Returns a class.
   *
   * @param kind the kind of entity
   * @param type its {@code spec.type}
   * @return the class
   * @throws BackstageException if a value is missing or the type is blank
   */
  public static EntityClass of(Kind kind, String type) {
    return ImmutableEntityClass.builder().kind(kind).type(type).build();
  }

  /**
   * Returns a Component of type {@code service}.
   *
   * @return the class
   */
  public static EntityClass component() {
    return of(Kind.COMPONENT, "service");
  }

  /**
   * Classes a service by its labels: {@value #KIND_LABEL} {@code resource} makes a Resource of
   * type {@value #TYPE_LABEL} (default {@code database}); otherwise a Component of that type
   * (default {@code service}).
   *
   * @param service the service
   * @return its class
   */
  public static EntityClass byLabels(Service service) {
    boolean resource = service.label(KIND_LABEL)
        .map(k -> k.strip().equalsIgnoreCase("resource")).orElse(false);
    String type = service.label(TYPE_LABEL).map(String::strip).filter(t -> !t.isEmpty())
        .orElse(resource ? "database" : "service");
    return of(resource ? Kind.RESOURCE : Kind.COMPONENT, type);
  }

  @Override
  public String toString() {
    return kind().spelling() + "(" + type() + ")";
  }
}
