package dev.topology.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReliabilityFiguresTest {

  private static String digest(List<Topology> topologies) throws NoSuchAlgorithmException {
    StringBuilder all = new StringBuilder();
    topologies.forEach(t -> all.append(TopologyJson.write(t)));
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Service> services(List<Topology> topologies) {
    return topologies.stream().flatMap(t -> t.services().stream()).collect(Collectors.toList());
  }

  @Example
  void defaults_withoutFigures_sameTopologiesAsBeforeFiguresExisted()
      throws NoSuchAlgorithmException {
    // Digests of the JSON of the first 60 topologies for seed 7, taken with the kit as it was
    // before reliability figures were added: other teams' seeds keep giving what they gave.
    assertThat(digest(TopologyArbitraryTest.sample(TopologyArbitraries.topologies(), 60, 7)))
        .isEqualTo("b35a32bcbc4f7af01568607a7ad4d05d2a1d37640be91c4d6dfaca73dda6fda7");
    assertThat(digest(TopologyArbitraryTest.sample(TopologyArbitraries.topologies()
        .ofServices(5, 40).withSettings(3), 60, 7)))
        .isEqualTo("3e32e667a28ea1b14156c942172738b41d097c1748df0344861f1211bd302e50");
    assertThat(services(TopologyArbitraryTest.sample(TopologyArbitraries.topologies(), 100, 8)))
        .allSatisfy(s -> assertThat(s.reliability()).isEmpty());
  }

  @Example
  void withReliabilityFigures_all_everyServiceEveryForm() {
    List<Service> services = services(TopologyArbitraryTest.sample(
        TopologyArbitraries.topologies().withReliabilityFigures(1), 100, 9));

    assertThat(services).allSatisfy(s -> assertThat(s.reliability()).isPresent());
    Set<String> forms = services.stream().map(s -> s.reliability().orElseThrow())
        .map(r -> (r.availability().isPresent() ? "A" : "") + (r.mttf().isPresent() ? "F" : "")
            + (r.mttr().isPresent() ? "R" : ""))
        .collect(Collectors.toSet());
    assertThat(forms).containsExactlyInAnyOrder("A", "FR", "AR", "AF");
    assertThat(services).anySatisfy(s -> assertThat(s.reliability().orElseThrow().figure())
        .isEqualTo(1.0));
  }

  @Example
  void withReliabilityFigures_share_nearlyMet() {
    List<Service> services = services(TopologyArbitraryTest.sample(
        TopologyArbitraries.topologies().ofServices(10, 20).withReliabilityFigures(0.3), 200,
        10));

    double share = services.stream().filter(s -> s.reliability().isPresent()).count()
        / (double) services.size();
    assertThat(share).isCloseTo(0.3, within(0.03));
  }

  @Example
  void figure_zero_isTheSmallestFigure() {
    assertThat(Blueprint.figure(0)).isEqualTo(Reliability.of(0.9));
    // 3 + 4 * 7 + 32 * 9 + 320 * 9: an availability below 100% (99.999%) with an MTTF of 30d.
    assertThat(Blueprint.figure(3 + 4 * 7 + 32 * 9 + 320 * 9)).isEqualTo(Reliability.parse(
        "99.999% mttf=30d"));
  }

  @Example
  void withReliabilityFigures_outOfRange_refused() {
    assertThatThrownBy(() -> TopologyArbitraries.topologies().withReliabilityFigures(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The share of reliability figures must be from 0 to 1; got 1.5.");
  }

  @Provide
  Arbitrary<Topology> figured() {
    return TopologyArbitraries.topologies().ofServices(1, 12).withReliabilityFigures(0.7);
  }

  @Property(tries = 200)
  void json_roundTrip_keepsEveryFigure(@ForAll("figured") Topology topology) {
    Topology read = TopologyJson.read(TopologyJson.write(topology));

    assertThat(read).isEqualTo(topology);
    assertThat(read.services()).extracting(Service::reliability)
        .isEqualTo(topology.services().stream().map(Service::reliability)
            .collect(Collectors.<Optional<Reliability>>toList()));
  }
}
