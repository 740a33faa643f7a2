package dev.topology.formats.compose;

import dev.topology.api.internal.Quoting;
import dev.topology.formats.compose.ComposeLoading.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's {@code extends}, applied as compose-go's {@code loader/extends.go} applies it: the
 * service named ({@code extends: base}, or {@code extends: {service: base, file: other.yml}}),
 * itself extended first, is the base onto which the service's own settings merge by the rules
 * of {@link ComposeMerge}. A service of the same file is looked up in that file alone; {@code
 * file} is resolved from the folder of the file that names it, and the base's own {@code extends}
 * from the folder of its file. A chain that comes back to a service is an error.
 */
final class Extension {
  /** The most services one chain of extends may pass through, so that no chain is too deep. */
  static final int MAX_CHAIN = 100;
  private final ComposeLoading loading;
  /** By file and service: the service extended, computed once. */
  private final Map<String, Object> done = new HashMap<>();

  Extension(ComposeLoading loading) {
    this.loading = loading;
  }

  /**
   * The settings of service {@code name} of {@code source} with its {@code extends} applied.
   *
   * @param chain the services being extended, as {@code path#service}, to find cycles
   */
  Object extended(Source source, Object name, List<String> chain) {
    Object settings = source.services().get(name);
    if (!(settings instanceof Map<?, ?> own) || !own.containsKey("extends")) {
      return settings;
    }
    String id = source.key() + "#" + Values.key(name);
    Object known = done.get(id);
    if (known != null) {
      return known;
    }
    Map<Object, Object> local = new LinkedHashMap<>(own);
    local.remove("extends");
    Object merged = local;
    String path = "services." + Values.key(name) + ".extends";
    Object base = base(source, own.get("extends"), path, chain, id);
    if (base != null) {
      merged = loading.merge(source)
          .service(ComposeMerge.settled(base), local, "services." + Values.key(name));
      if (merged == null) {
        merged = Map.of();
      }
    }
    done.put(id, merged);
    return merged;
  }

  /** The base service, extended; null after a problem. */
  private Object base(Source source, Object extend, String path, List<String> chain, String id) {
    String service;
    String file = null;
    String at = path;
    if (extend instanceof Map<?, ?> settings) {
      at = path + ".service";
      if (!(settings.get("service") instanceof String)) {
        loading.problem(source, at, "'extends' names the service to extend with 'service'"
            + (settings.containsKey("service") ? ", as text, not "
                + Values.kind(settings.get("service")) : "") + ".");
        return null;
      }
      service = loading.text(settings.get("service"), source, at);
      if (settings.get("file") != null) {
        file = loading.text(settings.get("file"), source, path + ".file");
        if (file == null) {
          return null;
        }
      }
    } else if (extend instanceof String text) {
      service = loading.text(text, source, path);
    } else {
      loading.problem(source, path, "'extends' is the name of a service, or a mapping with"
          + " 'service' and optionally 'file', not " + Values.kind(extend) + ".");
      return null;
    }
    if (service == null) {
      return null;
    }
    Source target = source;
    if (file != null) {
      target = loading.source(loading.resolve(source, file), source, path + ".file");
      if (target == null) {
        return null;
      }
    }
    if (!target.services().containsKey(service)) {
      List<String> names = target.services().keySet().stream().map(Values::key).toList();
      loading.problem(source, at, "no service is named '" + service + "'"
          + (file == null ? "" : " in " + Quoting.quote(file)) + "."
          + new Suggestions(names).didYouMean(service));
      return null;
    }
    if (chain.size() >= MAX_CHAIN) {
      loading.problem(source, at, "'extends' chains more than " + MAX_CHAIN + " services;"
          + " that is the limit.");
      return null;
    }
    List<String> next = new ArrayList<>(chain);
    next.add(id);
    String baseId = target.key() + "#" + service;
    if (next.contains(baseId)) {
      next.add(baseId);
      loading.problem(source, at, "'extends' forms a cycle: " + cycle(next, baseId)
          + "; a service cannot extend itself, directly or through others.");
      return null;
    }
    return extended(target, service, next);
  }

  /** The cycle as {@code a -> b -> a}, with files named where the chain spans several. */
  private static String cycle(List<String> chain, String repeated) {
    List<String> links = chain.subList(chain.indexOf(repeated), chain.size());
    boolean oneFile = links.stream().map(l -> l.substring(0, l.lastIndexOf('#')))
        .distinct().count() == 1;
    List<String> names = new ArrayList<>();
    for (String link : links) {
      int hash = link.lastIndexOf('#');
      names.add(oneFile ? link.substring(hash + 1)
          : link.substring(0, hash) + " " + link.substring(hash + 1));
    }
    return String.join(" -> ", names);
  }

  @Override
  public String toString() {
    return "Extension[" + done.size() + " services extended]";
  }
}
