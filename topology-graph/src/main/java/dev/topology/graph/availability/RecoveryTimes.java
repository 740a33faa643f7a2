package dev.topology.graph.availability;

import dev.topology.api.Reliability;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.FailureGraph;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.startup.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Computes a {@link Recovery}: the repair, the restart plan's waves timed, what follows. */
final class RecoveryTimes {
  private RecoveryTimes() {}

  static Recovery of(TopologyGraph graph, Figures figures, int failed) {
    GraphIndex g = figures.g;
    Reliability figure = figures.figures[failed];
    Optional<Duration> mttr = figure.impliedMttr();
    if (mttr.isEmpty()) {
      throw new InvalidQueryException(noTimeScale(g.name(failed), figure));
    }
    Duration repair = mttr.get();
    RestartPlan plan = graph.restartPlan(g.name(failed));
    int n = g.size();
    Duration[] back = new Duration[n];
    ServiceRecovery.Way[] way = new ServiceRecovery.Way[n];
    int[] wave = new int[n];
    back[failed] = repair;
    way[failed] = ServiceRecovery.Way.REPAIRED;
    List<RecoveryWave> waves = new ArrayList<>();
    Duration start = repair;
    for (int k = 0; k < plan.waves().size(); k++) {
      List<String> names = plan.waves().get(k);
      Duration longest = Duration.ZERO;
      for (String name : names) {
        int v = g.topology.indexOf(name);
        Duration own = figures.starts[v];
        longest = own.compareTo(longest) > 0 ? own : longest;
        back[v] = start.plus(own);
        way[v] = ServiceRecovery.Way.RESTARTED;
        wave[v] = k;
      }
      waves.add(RecoveryWave.builder().wave(k).services(names).start(start).duration(longest)
          .build());
      start = start.plus(longest);
    }
    List<String> follow = new ArrayList<>(plan.toCheck());
    follow.addAll(plan.externalDependents());
    if (!follow.isEmpty()) {
      FailureGraph f = Access.graphs().failures(graph, Phase.RUNTIME);
      Duration[] carried = carried(f, back, way);
      for (String name : follow) {
        int v = g.topology.indexOf(name);
        Duration at = carried[f.comp[v]];
        back[v] = at == null ? repair : at;
        way[v] = ServiceRecovery.Way.FOLLOWS;
      }
    }
    List<ServiceRecovery> services = new ArrayList<>();
    Duration total = repair;
    for (int v = 0; v < n; v++) {
      if (back[v] == null) {
        continue;
      }
      ServiceRecovery.Builder row = ServiceRecovery.builder().service(g.name(v)).way(way[v])
          .backAt(back[v]);
      if (way[v] == ServiceRecovery.Way.RESTARTED) {
        row.wave(wave[v]);
      }
      services.add(row.build());
      total = back[v].compareTo(total) > 0 ? back[v] : total;
    }
    services.sort(Comparator.comparing(ServiceRecovery::backAt)
        .thenComparing(ServiceRecovery::way).thenComparing(ServiceRecovery::service));
    return Recovery.builder().failed(g.name(failed)).rule(plan.rule()).repair(repair)
        .waves(waves).services(services).total(total).build();
  }

  /**
   * Per component, when the last repaired or restarted service it requires at runtime,
   * transitively, itself included, is back; null when none. Components in descending order
   * visit every component that takes one down before it, so one pass carries the latest time
   * down the failure graph: O(V + E).
   */
  private static Duration[] carried(FailureGraph f, Duration[] back,
      ServiceRecovery.Way[] way) {
    Duration[] carried = new Duration[f.compCount];
    for (int c = f.compCount - 1; c >= 0; c--) {
      Duration latest = carried[c];
      for (int i = f.members.start(c); i < f.members.end(c); i++) {
        int v = f.members.target(i);
        if (back[v] != null && way[v] != ServiceRecovery.Way.FOLLOWS) {
          latest = later(latest, back[v]);
        }
      }
      carried[c] = latest;
      if (latest == null) {
        continue;
      }
      for (int i = f.down.start(c); i < f.down.end(c); i++) {
        int d = f.down.target(i);
        carried[d] = later(carried[d], latest);
      }
    }
    return carried;
  }

  private static Duration later(Duration a, Duration b) {
    return a == null || b.compareTo(a) > 0 ? b : a;
  }

  private static String noTimeScale(String name, Reliability figure) {
    if (figure.figure() >= 1) {
      return "The recovery of " + Messages.quote(name) + " needs its mean time to repair, but"
          + " its figure, 100%, never fails; give it a figure that can fail, such as"
          + " '99.9% mttr=10m'.";
    }
    return "The recovery of " + Messages.quote(name) + " needs its mean time to repair, and"
        + " its figure, " + figure + ", gives only an availability; give an MTTR with it ('"
        + figure + " mttr=10m') or an MTTF and an MTTR ('mttf=30d mttr=5m').";
  }
}
