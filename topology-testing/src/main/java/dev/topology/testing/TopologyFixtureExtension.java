package dev.topology.testing;

import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.lang.reflect.Parameter;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves the parameters marked {@link TopologyFixture}: reads the file once per test class
 * and keeps the value in the class's {@link ExtensionContext.Store}. Registered by the
 * annotation itself; there is no need to name it.
 */
public final class TopologyFixtureExtension implements ParameterResolver {
  private static final String ALLOWED_TYPES = "a parameter of type Topology or TopologyGraph";
  private static final String ALLOWED_FILES = "a Compose file (.yml, .yaml) or a topology's JSON"
      + " (.json)";

  /** Creates the extension; JUnit does, for each {@link TopologyFixture}. */
  public TopologyFixtureExtension() {}

  /**
   * Tells whether the parameter is marked {@link TopologyFixture}; one of a type this extension
   * cannot give is then refused by {@link #resolveParameter} with a message that says why.
   *
   * @param parameter the parameter
   * @param context the test's context
   * @return true if the parameter is marked
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(TopologyFixture.class);
  }

  /**
   * Returns the topology or the engine of the parameter's file, read once per test class.
   *
   * @param parameter the parameter
   * @param context the test's context
   * @return a {@link Topology} or a {@link TopologyGraph}
   * @throws ParameterResolutionException if the parameter is of another type, the file's
   *     extension is none of {@code .json}, {@code .yml}, {@code .yaml}, or the file is missing
   *     or cannot be read; the message names the parameter and the file
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String resource = parameter.findAnnotation(TopologyFixture.class)
        .map(TopologyFixture::value).orElseThrow();
    Class<?> type = parameter.getParameter().getType();
    if (type != Topology.class && type != TopologyGraph.class) {
      throw refused(parameter, resource, "it is of type " + type.getName() + "; @TopologyFixture"
          + " gives " + ALLOWED_TYPES + ".", null);
    }
    ExtensionContext.Store store = classContext(context)
        .getStore(ExtensionContext.Namespace.create(TopologyFixtureExtension.class));
    Topology topology = store.get(resource, Topology.class);
    if (topology == null) {
      topology = load(parameter, resource);
      store.put(resource, topology);
    }
    if (type == Topology.class) {
      return topology;
    }
    String graphKey = "graph:" + resource;
    TopologyGraph graph = store.get(graphKey, TopologyGraph.class);
    if (graph == null) {
      try {
        graph = TopologyGraph.of(topology);
      } catch (RuntimeException e) {
        throw refused(parameter, resource, "its topology has no engine: " + e.getMessage(), e);
      }
      store.put(graphKey, graph);
    }
    return graph;
  }

  private static Topology load(ParameterContext parameter, String resource) {
    String lower = resource.strip().toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".json")) {
        return Fixtures.json(resource);
      }
      if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
        return Fixtures.compose(resource);
      }
    } catch (RuntimeException e) {
      throw refused(parameter, resource, e.getMessage(), e);
    }
    throw refused(parameter, resource, "the file's name ends with none of .json, .yml, .yaml;"
        + " @TopologyFixture reads " + ALLOWED_FILES + ".", null);
  }

  /** The context of the test class, whose store lives as long as the class's tests run. */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  private static ParameterResolutionException refused(ParameterContext parameter,
      String resource, String why, Throwable cause) {
    Parameter p = parameter.getParameter();
    String message = "Cannot resolve parameter " + parameter.getIndex()
        + (p.isNamePresent() ? " ('" + p.getName() + "')" : "") + " of "
        + p.getDeclaringExecutable().getDeclaringClass().getSimpleName() + "."
        + p.getDeclaringExecutable().getName() + " from @TopologyFixture(\"" + resource
        + "\"): " + why;
    return cause == null ? new ParameterResolutionException(message)
        : new ParameterResolutionException(message, cause);
  }
}
