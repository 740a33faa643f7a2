package dev.topology.graph.triage;

import org.immutables.value.Value;
/**
 * A container that {@link Triage} matched to a service by its image alone: no name of the
 * container (its service, its Compose service label, its name) names a service, but its image's
 * repository does. Many services may share an image, so the match is a guess, and is reported.
 */
@Value.Immutable
public abstract class GuessedMatch {
  GuessedMatch() {}

  /**
   * Returns the container's name.
   *
   * @return the value
   */
  public abstract String container();

  /**
   * Returns the image it runs, as observed.
   *
   * @return the value
   */
  public abstract String image();

  /**
   * Returns the canonical name of the service its image names.
   *
   * @return the value
   */
  public abstract String service();

  /**
   * Returns a value with every component given.
   *
   * @param container the container's name
   * @param image the image it runs, as observed
   * @param service the canonical name of the service its image names
   * @return the value
   */
  public static GuessedMatch of(String container, String image, String service) {
    return builder().container(container).image(image).service(service).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link GuessedMatch}s. */
  public static final class Builder extends ImmutableGuessedMatch.Builder {
    Builder() {}
  }


  @Override
  public String toString() {
    return container() + " as " + service() + " (image " + image() + ")";
  }
}
