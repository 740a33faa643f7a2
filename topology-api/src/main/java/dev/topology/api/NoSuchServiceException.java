package dev.topology.api;

import java.util.List;

/**
 * Thrown when a name is looked up that no service of the topology has.
 *
 * <p>The message names the closest known names ("did you mean 'postgres'?"), which {@link
 * #suggestions()} returns too.
 */
public class NoSuchServiceException extends TopologyException {
  private static final long serialVersionUID = 1L;

  /** The name that was not found. */
  private final String serviceName;
  private final transient List<String> suggestions;

  /**
   * Creates the exception.
   *
   * @param serviceName the name that was not found
   * @param suggestions the closest known names, best first; may be empty
   */
  public NoSuchServiceException(String serviceName, List<String> suggestions) {
    super(Names.unknownMessage(serviceName, suggestions == null ? List.of() : suggestions));
    this.serviceName = serviceName;
    this.suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }

  /**
   * Returns the name that was not found.
   *
   * @return the name as given
   */
  public String serviceName() {
    return serviceName;
  }

  /**
   * Returns the closest known names, best first.
   *
   * @return an unmodifiable list, empty when no known name is close
   */
  public List<String> suggestions() {
    return suggestions;
  }
}
