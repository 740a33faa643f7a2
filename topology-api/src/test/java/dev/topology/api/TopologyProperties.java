package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.topology.api.json.TopologyJson;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@AddLifecycleHook(TriesCap.class)
class TopologyProperties {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Provide
  Arbitrary<Topology> topologies() {
    return Topologies.valid(12);
  }

  @Property(tries = 300)
  void json_roundTrip_isTheIdentity(@ForAll("topologies") Topology topology) {
    String json = TopologyJson.write(topology);

    assertThat(TopologyJson.read(json)).isEqualTo(topology);
    assertThat(TopologyJson.write(TopologyJson.read(json))).isEqualTo(json);
  }

  @Property(tries = 200)
  void of_anyOrder_sameTopology(@ForAll("topologies") Topology topology, @ForAll long seed) {
    List<Service> shuffled = new ArrayList<>(topology.services());
    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));

    assertThat(Topology.of(topology.settings(), shuffled)).isEqualTo(topology);
  }

  /** A defect planted in one service of a valid topology, and the problem it must raise. */
  record Defect(Problem.Kind kind, int service) {}

  @Provide
  Arbitrary<List<Defect>> defects() {
    return Combinators.combine(
            Arbitraries.of(Problem.Kind.DANGLING_DEPENDENCY, Problem.Kind.DUPLICATE_NAME,
                Problem.Kind.SELF_DEPENDENCY, Problem.Kind.INVALID_NAME),
            Arbitraries.integers().between(0, 1000))
        .as(Defect::new).list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 300)
  void invalid_everyPlantedProblem_isReported(
      @ForAll("topologies") Topology topology, @ForAll("defects") List<Defect> defects) {
    ObjectNode document = (ObjectNode) MAPPER.readTree(TopologyJson.write(topology));
    ArrayNode services = (ArrayNode) document.get("services");
    List<Defect> planted = plan(defects, services.size());
    org.junit.jupiter.api.Assumptions.assumeFalse(planted.isEmpty());
    List<String> names = topology.names();
    List<List<String>> expected = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (Defect defect : planted) {
      ObjectNode service = (ObjectNode) services.get(defect.service());
      String name = names.get(defect.service());
      switch (defect.kind()) {
        case INVALID_NAME -> {
          service.put("name", " ");
          expected.add(List.of());
          paths.add("$.services[" + defect.service() + "]: ");
        }
        case DANGLING_DEPENDENCY -> {
          dependencies(service).addObject().put("target", "missing-service");
          expected.add(List.of(name, "missing-service"));
          paths.add("$.services[" + defect.service() + "]: ");
        }
        case SELF_DEPENDENCY -> {
          dependencies(service).addObject().put("target", name).put("kind", "RUNTIME");
          expected.add(List.of(name));
          paths.add("$.services[" + defect.service() + "]: ");
        }
        default -> {
          int partner = partner(planted, defect.service(), names.size());
          String other = names.get(partner);
          aliases(service).add(other);
          expected.add(List.of(name, other));
          // Reported at the entry that repeats the name: the later one in the document.
          paths.add("$.services[" + Math.max(partner, defect.service()) + "]: ");
        }
      }
    }

    Throwable thrown = catchThrowable(() -> TopologyJson.read(MAPPER.writeValueAsString(document)));

    assertThat(thrown).isInstanceOf(InvalidTopologyException.class);
    List<Problem> problems = ((InvalidTopologyException) thrown).problems();
    for (int i = 0; i < planted.size(); i++) {
      Defect defect = planted.get(i);
      List<String> involved = expected.get(i);
      String path = paths.get(i);
      assertThat(problems).as("%s in service %s", defect.kind(), defect.service())
          .anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(defect.kind());
            assertThat(p.services()).containsAll(involved);
            assertThat(p.message()).startsWith(path);
          });
    }
  }

  /** One defect per service at most; a duplicate name needs a partner whose name stays valid. */
  private static List<Defect> plan(List<Defect> defects, int size) {
    List<Defect> planted = new ArrayList<>();
    java.util.Set<Integer> touched = new java.util.HashSet<>();
    for (Defect defect : defects) {
      int index = defect.service() % size;
      if (touched.add(index)) {
        planted.add(new Defect(defect.kind(), index));
      }
    }
    planted.removeIf(d -> d.kind() == Problem.Kind.DUPLICATE_NAME
        && partner(planted, d.service(), size) < 0);
    return planted;
  }

  private static int partner(List<Defect> planted, int index, int size) {
    for (int j = 0; j < size; j++) {
      int candidate = j;
      if (candidate != index && planted.stream().noneMatch(d -> d.service() == candidate
          && d.kind() == Problem.Kind.INVALID_NAME)) {
        return candidate;
      }
    }
    return -1;
  }

  private static ArrayNode dependencies(ObjectNode service) {
    return service.has("dependencies") ? (ArrayNode) service.get("dependencies")
        : service.putArray("dependencies");
  }

  private static ArrayNode aliases(ObjectNode service) {
    return service.has("aliases") ? (ArrayNode) service.get("aliases")
        : service.putArray("aliases");
  }
}
