package dev.topology.formats.backstage;

import java.util.Locale;

/**
 * A Backstage entity reference, {@code [kind:][namespace/]name}, compared as Backstage compares
 * them: without case.
 */
record EntityRef(String kind, String namespace, String name) {
  /** Parses a reference; the namespace defaults to {@code namespace}; null kind if none. */
  static EntityRef parse(String text, String namespace) {
    String rest = text.strip();
    String kind = null;
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      kind = rest.substring(0, colon);
      rest = rest.substring(colon + 1);
    }
    int slash = rest.indexOf('/');
    String ns = namespace;
    if (slash >= 0) {
      ns = rest.substring(0, slash);
      rest = rest.substring(slash + 1);
    }
    return new EntityRef(kind, ns, rest);
  }

  boolean complete() {
    return kind != null && !kind.isEmpty() && !namespace.isEmpty() && !name.isEmpty();
  }

  /** The key two equal references share: lower case. */
  String key() {
    return (kind == null ? "" : kind.toLowerCase(Locale.ROOT)) + ":"
        + namespace.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT);
  }

  EntityRef withKind(String other) {
    return new EntityRef(other, namespace, name);
  }

  @Override
  public String toString() {
    return (kind == null ? "" : kind.toLowerCase(Locale.ROOT) + ":") + namespace + "/" + name;
  }
}
