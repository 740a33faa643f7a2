package dev.topology.formats.structurizr;

import dev.topology.api.TopologyException;

/** Thrown when a Structurizr workspace cannot be written: an option is not valid. */
public class StructurizrException extends TopologyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message a sentence that states the rule and the value that broke it
   */
  public StructurizrException(String message) {
    super(message);
  }
}
