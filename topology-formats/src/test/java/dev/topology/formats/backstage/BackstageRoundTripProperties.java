package dev.topology.formats.backstage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Topology to Backstage and back keeps every field the annotations carry. */
class BackstageRoundTripProperties {
  @Property(tries = 100)
  void writeThenRead_givesTheResolvedTopology(@ForAll long seed) {
    Topology topology = RandomServices.topology(seed);
    Topology resolved = Topology.of(List.of(),
        topology.resolve(Deployment.defaults()).services());

    BackstageExport export = BackstageWriter.write(topology);
    BackstageImport back = BackstageReader.read(export.text());

    assertThat(back.topology()).isEqualTo(resolved);
    assertThat(back.ignored()).isEmpty();
    assertThat(back.assumedSeverity()).isEmpty();
    assertThat(back.entities()).hasSize(resolved.size());
  }

  @Property(tries = 100)
  void names_validDistinctWithoutCase_andRenamesOnlyWhereNeeded(@ForAll long seed) {
    Topology topology = RandomServices.topology(seed);
    BackstageExport export = BackstageWriter.write(topology);
    List<String> entityNames = BackstageWriterTest.plain(export.text()).keySet().stream()
        .toList();

    assertThat(entityNames).hasSize(topology.size());
    assertThat(entityNames).allSatisfy(name -> assertThat(name)
        .matches("[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*").hasSizeLessThanOrEqualTo(63));
    Set<String> lower = entityNames.stream().map(n -> n.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
    assertThat(lower).hasSize(entityNames.size());
    for (Service service : topology.services()) {
      String entity = export.renames().getOrDefault(service.name(), service.name());
      assertThat(entityNames).contains(entity);
    }
  }
}
