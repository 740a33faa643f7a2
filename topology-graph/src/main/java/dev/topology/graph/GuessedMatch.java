package dev.topology.graph;

/**
 * A container that {@link Triage} matched to a service by its image alone: no name of the
 * container (its service, its Compose service label, its name) names a service, but its image's
 * repository does. Many services may share an image, so the match is a guess, and is reported.
 *
 * @param container the container's name
 * @param image the image it runs, as observed
 * @param service the canonical name of the service its image names
 */
public record GuessedMatch(String container, String image, String service) {

  @Override
  public String toString() {
    return container + " as " + service + " (image " + image + ")";
  }
}
