package dev.topology.graph.internal;

import dev.topology.graph.TopologyGraph;
import dev.topology.graph.availability.AvailabilityInputs;
import dev.topology.graph.availability.AvailabilityModel;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupCycle;
import dev.topology.graph.startup.StartupCycleException;
import dev.topology.graph.startup.StartupPlan;
import dev.topology.graph.startup.StartupSchedule;
import dev.topology.graph.triage.Triage;
import java.time.Duration;
import java.util.List;

/**
 * The kernels' way into the answer types of the subject packages, whose construction and
 * engine-side state are not public. Each answer type hands its hooks over when its class is
 * initialized; a getter initializes the class first, so a hook is there whenever a kernel asks
 * for it. The package is not exported, so these hooks are not API.
 */
public final class Access {
  private static volatile Graphs graphs;
  private static volatile Startups startups;
  private static volatile Impacts impacts;
  private static volatile Blasts blasts;
  private static volatile RootCauseSets rootCauses;
  private static volatile Restarts restarts;
  private static volatile Triages triages;
  private static volatile Availabilities availabilities;

  private Access() {}

  /** What the kernels read of an engine. */
  public interface Graphs {
    /**
     * The engine's frozen arrays.
     *
     * @param graph the engine
     * @return its index
     */
    GraphIndex index(TopologyGraph graph);

    /**
     * The engine's startup order.
     *
     * @param graph the engine
     * @return its order
     */
    StartupOrder startupOrder(TopologyGraph graph);

    /**
     * The engine's failure graph of a phase, built on first use and kept.
     *
     * @param graph the engine
     * @param phase the phase
     * @return the failure graph
     */
    FailureGraph failures(TopologyGraph graph, Phase phase);
  }

  /** Construction of the startup answers. */
  public interface Startups {
    /**
     * A plan over an order.
     *
     * @param g the index
     * @param startup the order
     * @return the plan
     */
    StartupPlan plan(GraphIndex g, StartupOrder startup);

    /**
     * A timed plan.
     *
     * @param g the index
     * @param startup the order
     * @param plan the plan
     * @param durations per node
     * @return the schedule
     */
    StartupSchedule schedule(GraphIndex g, StartupOrder startup, StartupPlan plan,
        Duration[] durations);

    /**
     * The error that names every cycle.
     *
     * @param cycles the cycles
     * @return the exception
     */
    StartupCycleException cycles(List<StartupCycle> cycles);
  }

  /** Construction of impacts and what the kernels read of one. */
  public interface Impacts {
    /**
     * An impact.
     *
     * @param g the index
     * @param phase the phase
     * @param failed the failed nodes, sorted
     * @param affected the affected nodes, worst first
     * @param affectedBits the affected nodes as a bitset
     * @param notes the notes
     * @param wholeSystemDown whether nothing is left running
     * @return the impact
     */
    Impact impact(GraphIndex g, Phase phase, int[] failed, int[] affected, long[] affectedBits,
        List<dev.topology.graph.impact.ImpactNote> notes, boolean wholeSystemDown);

    /**
     * The index the impact was computed on.
     *
     * @param impact the impact
     * @return the index
     */
    GraphIndex index(Impact impact);

    /**
     * The node before {@code v} on its path.
     *
     * @param impact the impact
     * @param v a node
     * @return the parent, {@link ImpactSearch#FAILED} or {@link ImpactSearch#UNTOUCHED}
     */
    int parent(Impact impact, int v);

    /**
     * Whether the failure takes {@code v} down.
     *
     * @param impact the impact
     * @param v a node
     * @return true if affected
     */
    boolean affects(Impact impact, int v);

    /**
     * Whether {@code v} failed or is affected.
     *
     * @param impact the impact
     * @param v a node
     * @return true if touched
     */
    boolean touches(Impact impact, int v);
  }

  /** Construction of blast radii and what the kernels read of one. */
  public interface Blasts {
    /**
     * A blast radius.
     *
     * @param g the index
     * @param phase the phase
     * @param takesDown per node
     * @param worst per node, the worst severity's ordinal taken down, or -1
     * @param ranked the nodes ranked
     * @return the blast radius
     */
    BlastRadius blastRadius(GraphIndex g, Phase phase, int[] takesDown, byte[] worst,
        int[] ranked);

    /**
     * How many services the failure of {@code v} takes down.
     *
     * @param blast the blast radius
     * @param v a node
     * @return the count
     */
    int takesDown(BlastRadius blast, int v);

    /**
     * The row of {@code v}.
     *
     * @param blast the blast radius
     * @param v a node
     * @return the row
     */
    ServiceBlast row(BlastRadius blast, int v);
  }

  /** Construction of root-cause answers. */
  public interface RootCauseSets {
    /**
     * A root-cause answer.
     *
     * @param f the failure graph
     * @param observed the observed nodes
     * @param sets the candidate sets, best first
     * @param alsoDown per candidate, how many more it takes down
     * @param exhaustive whether the search was exhaustive
     * @param exact whether the counts are exact
     * @param greedy whether a greedy search found the candidates
     * @return the answer
     */
    RootCauses rootCauses(FailureGraph f, int[] observed, int[][] sets, int[] alsoDown,
        boolean exhaustive, boolean exact, boolean greedy);
  }

  /** Construction of restart plans. */
  public interface Restarts {
    /**
     * A restart plan.
     *
     * @param g the index
     * @param startup the order
     * @param impact the runtime impact of the restart
     * @return the plan
     */
    RestartPlan restartPlan(GraphIndex g, StartupOrder startup, Impact impact);
  }

  /** Construction of triage answers. */
  public interface Triages {
    /**
     * A triage answer.
     *
     * @param found what the search found
     * @return the answer
     */
    Triage triage(TriageFindings found);
  }

  /** Construction of availability models. */
  public interface Availabilities {
    /**
     * A model: the figures resolved and the steady state computed.
     *
     * @param graph the engine
     * @param inputs the caller's inputs
     * @return the model
     */
    AvailabilityModel model(TopologyGraph graph, AvailabilityInputs inputs);
  }

  /**
   * Sets the availability model's hooks.
   *
   * @param hooks the hooks
   */
  public static void availabilities(Availabilities hooks) {
    availabilities = hooks;
  }

  /**
   * The availability model's hooks.
   *
   * @return the hooks
   */
  public static Availabilities availabilities() {
    Availabilities hooks = availabilities;
    return hooks != null ? hooks
        : initialized(AvailabilityModel.class, () -> availabilities);
  }

  /**
   * Sets the engine's hooks.
   *
   * @param hooks the hooks
   */
  public static void graphs(Graphs hooks) {
    graphs = hooks;
  }

  /**
   * Sets the startup answers' hooks.
   *
   * @param hooks the hooks
   */
  public static void startups(Startups hooks) {
    startups = hooks;
  }

  /**
   * Sets the impact's hooks.
   *
   * @param hooks the hooks
   */
  public static void impacts(Impacts hooks) {
    impacts = hooks;
  }

  /**
   * Sets the blast radius's hooks.
   *
   * @param hooks the hooks
   */
  public static void blasts(Blasts hooks) {
    blasts = hooks;
  }

  /**
   * Sets the root-cause answer's hooks.
   *
   * @param hooks the hooks
   */
  public static void rootCauses(RootCauseSets hooks) {
    rootCauses = hooks;
  }

  /**
   * Sets the restart plan's hooks.
   *
   * @param hooks the hooks
   */
  public static void restarts(Restarts hooks) {
    restarts = hooks;
  }

  /**
   * Sets the triage answer's hooks.
   *
   * @param hooks the hooks
   */
  public static void triages(Triages hooks) {
    triages = hooks;
  }

  /**
   * The engine's hooks.
   *
   * @return the hooks
   */
  public static Graphs graphs() {
    Graphs hooks = graphs;
    return hooks != null ? hooks : initialized(TopologyGraph.class, () -> graphs);
  }

  /**
   * The startup answers' hooks.
   *
   * @return the hooks
   */
  public static Startups startups() {
    Startups hooks = startups;
    return hooks != null ? hooks : initialized(StartupPlan.class, () -> startups);
  }

  /**
   * The impact's hooks.
   *
   * @return the hooks
   */
  public static Impacts impacts() {
    Impacts hooks = impacts;
    return hooks != null ? hooks : initialized(Impact.class, () -> impacts);
  }

  /**
   * The blast radius's hooks.
   *
   * @return the hooks
   */
  public static Blasts blasts() {
    Blasts hooks = blasts;
    return hooks != null ? hooks : initialized(BlastRadius.class, () -> blasts);
  }

  /**
   * The root-cause answer's hooks.
   *
   * @return the hooks
   */
  public static RootCauseSets rootCauses() {
    RootCauseSets hooks = rootCauses;
    return hooks != null ? hooks : initialized(RootCauses.class, () -> rootCauses);
  }

  /**
   * The restart plan's hooks.
   *
   * @return the hooks
   */
  public static Restarts restarts() {
    Restarts hooks = restarts;
    return hooks != null ? hooks : initialized(RestartPlan.class, () -> restarts);
  }

  /**
   * The triage answer's hooks.
   *
   * @return the hooks
   */
  public static Triages triages() {
    Triages hooks = triages;
    return hooks != null ? hooks : initialized(Triage.class, () -> triages);
  }

  private static <T> T initialized(Class<?> owner, java.util.function.Supplier<T> hooks) {
    try {
      Class.forName(owner.getName(), true, owner.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The engine's class " + owner.getName()
          + " is missing from its own module.", e);
    }
    return hooks.get();
  }
}
