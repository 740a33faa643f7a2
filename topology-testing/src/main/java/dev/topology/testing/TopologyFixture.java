package dev.topology.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test's parameter of type {@link dev.topology.api.Topology} or {@link
 * dev.topology.graph.TopologyGraph} to be loaded from a file of the test class path: a Compose
 * file ({@code .yml}, {@code .yaml}, read as {@link Fixtures#compose(String)} reads it) or the
 * library's topology JSON ({@code .json}, as {@link Fixtures#json(String)}).
 *
 * <pre>{@code
 * class ShopTest {
 *   @Test
 *   void dbStartsFirst(@TopologyFixture("compose/shop.yml") TopologyGraph shop) {
 *     assertThat(shop.startupPlan().waves().get(0)).contains("db");
 *   }
 * }
 * }</pre>
 *
 * <p>No {@code @ExtendWith} is needed: the annotation registers {@link
 * TopologyFixtureExtension}. Each file is read once per test class, and the value shared by its
 * tests (the values are immutable). A graph is built for the default deployment.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@ExtendWith(TopologyFixtureExtension.class)
public @interface TopologyFixture {
  /**
   * Returns the file's path on the test class path.
   *
   * @return such as {@code "compose/shop.yml"} or {@code "topologies/shop.json"}
   */
  String value();
}
