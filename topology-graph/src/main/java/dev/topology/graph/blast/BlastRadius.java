package dev.topology.graph.blast;

import dev.topology.api.Severity;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.startup.Phase;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Every service of an installation ranked by what its failure alone takes down in one phase.
 *
 * <p>For each service {@code s}, {@link ServiceBlast#takesDown()} is exactly the size of {@code
 * impact(phase, s).affected()} and {@link ServiceBlast#propagatedSeverity()} its {@link
 * Impact#propagatedSeverity()}; the rules of each phase are those of {@link Impact}. In
 * particular, at {@link Phase#STARTUP} a startup gate, and every
 * service it needs to start, takes down every service the installation starts; at {@link
 * Phase#RUNTIME} one-shot and startup-only services take nothing down.
 *
 * <p>{@link #ranking()} puts the service that takes down most first; ties go to the worse
 * {@linkplain ServiceBlast#propagatedSeverity() worst severity taken down} (none counting lowest),
 * then by name.
 *
 * <p>Cost, paid once per engine and phase ({@link TopologyGraph#blastRadius(Phase)} keeps the
 * result): the counts are exact, without a V-by-V matrix. Services whose dependents form chains,
 * trees or fans are counted by adding up, in O(V + E). The others are counted 64 at a time by
 * pushing a 64-bit word along the edges from 64 sources and summing it into bit-sliced counters:
 * O((V / 64 + R) * S / 64) time for {@code S} such services reaching {@code R} services and
 * edges per batch, so at worst O(V (V + E) / 64), and O(V + E) memory whatever the size.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable views that make each row when asked.
 */
public final class BlastRadius {
  private final GraphIndex g;
  private final Phase phase;
  private final int[] takesDown;
  private final byte[] worst;
  private final int[] ranked;

  static {
    Access.blasts(new Access.Blasts() {
      @Override
      public BlastRadius blastRadius(GraphIndex g, Phase phase, int[] takesDown, byte[] worst,
          int[] ranked) {
        return new BlastRadius(g, phase, takesDown, worst, ranked);
      }

      @Override
      public int takesDown(BlastRadius blast, int v) {
        return blast.takesDown(v);
      }

      @Override
      public ServiceBlast row(BlastRadius blast, int v) {
        return blast.row(v);
      }
    });
  }

  private BlastRadius(GraphIndex g, Phase phase, int[] takesDown, byte[] worst, int[] ranked) {
    this.g = g;
    this.phase = phase;
    this.takesDown = takesDown;
    this.worst = worst;
    this.ranked = ranked;
  }

  /**
   * Returns the phase the failures happen in.
   *
   * @return the phase
   */
  public Phase phase() {
    return phase;
  }

  /**
   * Returns every service of the installation, external ones included, most taken down first,
   * then worst severity taken down, then by name.
   *
   * @return an unmodifiable list with one row per service
   */
  public List<ServiceBlast> ranking() {
    return new Rows();
  }

  /**
   * Returns the row of one service.
   *
   * <p>Cost: O(1), a hash lookup of the name.
   *
   * @param service any name of a service of this installation
   * @return the row
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public ServiceBlast of(String service) {
    return row(g.indexOf(service, "BlastRadius.of"));
  }

  int takesDown(int v) {
    return takesDown[v];
  }

  ServiceBlast row(int v) {
    return ServiceBlast.of(g.name(v), g.service(v).severity(), takesDown[v],
        worst[v] < 0 ? Optional.empty() : Optional.of(Severity.values()[worst[v]]));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BlastRadius that && phase == that.phase
        && ranking().equals(that.ranking());
  }

  @Override
  public int hashCode() {
    return Objects.hash(phase, ranked.length);
  }

  /**
   * Returns the ranking for people, cut after a dozen rows.
   *
   * @return several lines
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("BlastRadius[").append(phase).append(", ")
        .append(ranked.length).append(ranked.length == 1 ? " service" : " services");
    int shown = Math.min(ranked.length, Messages.NAMES_SHOWN);
    for (int i = 0; i < shown; i++) {
      text.append("\n  ").append(i + 1).append(". ").append(row(ranked[i]));
    }
    if (shown < ranked.length) {
      text.append("\n  ... and ").append(ranked.length - shown).append(" more");
    }
    return text.append(']').toString();
  }

  private final class Rows extends AbstractList<ServiceBlast> implements RandomAccess {
    @Override
    public ServiceBlast get(int index) {
      if (index < 0 || index >= ranked.length) {
        throw new IndexOutOfBoundsException("Index " + index + " is out of a ranking of "
            + ranked.length + " services.");
      }
      return row(ranked[index]);
    }

    @Override
    public int size() {
      return ranked.length;
    }
  }
}
