package dev.topology.formats.backstage;

import java.util.Map;
import org.immutables.value.Value;

/**
 * What {@link BackstageWriter#write} returns: the catalog's text, and the services whose names
 * had to change to be valid Backstage names. Immutable.
 */
@Value.Immutable
public abstract class BackstageExport {
  BackstageExport() {}

  /**
   * Returns the multi-document YAML text, one entity per document.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns, for each service whose name is not a valid Backstage name (or is one only up to
   * case, which Backstage ignores, of another), the name its entity has instead.
   *
   * @return an unmodifiable map from service name to entity name, sorted by service name
   */
  public abstract Map<String, String> renames();

  /**
   * Returns how many entities the text holds.
   *
   * @return the count, one per service of the resolved topology
   */
  public abstract int entities();

  static BackstageExport of(String text, Map<String, String> renames, int entities) {
    return ImmutableBackstageExport.builder().text(text).renames(renames).entities(entities)
        .build();
  }

  @Override
  public String toString() {
    return "BackstageExport[" + entities() + " entities, renames " + renames() + "]";
  }
}
