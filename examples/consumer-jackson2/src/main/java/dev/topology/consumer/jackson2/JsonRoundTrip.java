package dev.topology.consumer.jackson2;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;

/**
 * Writes the bundled catalog with the library's codec, reads it back with the codec and with
 * Jackson 2, and asks the engine about the topology read.
 */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /**
   * Runs the round trip and fails with exit code 1 if anything differs.
   *
   * @param args the Jackson 2 version the build declared
   * @throws Exception if Jackson 2 cannot read the codec's JSON
   */
  public static void main(String[] args) throws Exception {
    String expected = args.length == 1 ? args[0] : "";
    String jackson2 = PackageVersion.VERSION.toString();

    Topology catalog = CircleCiServer2.topology();
    String json = TopologyJson.write(catalog);
    Topology read = TopologyJson.read(json);
    int servicesSeenByJackson2 = new ObjectMapper().readTree(json).get("services").size();
    TopologyGraph graph = TopologyGraph.of(read);
    Impact impact = graph.impact(Phase.RUNTIME, "postgres");

    System.out.println("With Jackson " + jackson2 + " on the class path: " + json.length()
        + " characters of JSON, " + read.services().size() + " services read back ("
        + servicesSeenByJackson2 + " seen by Jackson 2), " + graph.startupPlan().waves().size()
        + " startup waves, postgres down at runtime hits " + impact.affectedNames().size());
    if (!jackson2.equals(expected) || !read.equals(catalog)
        || servicesSeenByJackson2 != catalog.services().size()
        || !impact.isAffected("frontend")) {
      System.err.println("Expected Jackson " + expected + ", the catalog read back unchanged and"
          + " frontend affected.");
      System.exit(1);
    }
  }
}
