package dev.topology.formats.structurizr;

import java.util.Map;
import org.immutables.value.Value;

/**
 * What {@link StructurizrWriter#write} returns: the DSL text, and the identifier of each service
 * whose name is not one the DSL takes. Immutable.
 */
@Value.Immutable
public abstract class StructurizrExport {
  StructurizrExport() {}

  /**
   * Returns the workspace as Structurizr DSL.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns the DSL identifier of each service whose name is not one (identifiers hold letters,
   * digits, {@code -} and {@code _}, compare without case, and are not DSL keywords); the others
   * are their own identifiers.
   *
   * @return an unmodifiable map from service name to identifier, sorted by service name
   */
  public abstract Map<String, String> identifiers();

  static StructurizrExport of(String text, Map<String, String> identifiers) {
    return ImmutableStructurizrExport.builder().text(text).identifiers(identifiers).build();
  }

  @Override
  public String toString() {
    return "StructurizrExport[" + text().length() + " characters, identifiers " + identifiers()
        + "]";
  }
}
