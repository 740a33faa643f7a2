package dev.topology.formats.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson module that writes the engine's answers as the {@code topology} tool's {@code
 * --json} prints them, for an application that has its own Jackson 3 mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TopologyAnswersModule()).build();
 * String json = mapper.writeValueAsString(graph.impact(Phase.RUNTIME, "postgres"));
 * }</pre>
 *
 * <p>It writes, each with the fields and in the order that {@link AnswerJson} documents: {@link
 * dev.topology.graph.startup.StartupPlan}, {@link dev.topology.graph.startup.StartupSchedule}, {@link
 * dev.topology.graph.ServiceReach} (prerequisites and dependents), {@link
 * dev.topology.graph.impact.Impact} and its {@link dev.topology.graph.impact.AffectedService} and {@link
 * dev.topology.graph.impact.ImpactNote}, {@link dev.topology.graph.restart.RestartPlan}, {@link
 * dev.topology.graph.rootcause.RootCauses} and {@link dev.topology.graph.rootcause.RootCause}, {@link
 * dev.topology.graph.blast.BlastRadius} and {@link dev.topology.graph.blast.ServiceBlast}, {@link
 * dev.topology.graph.lint.LintFinding}, {@link dev.topology.formats.compose.ComposeFinding}, {@link
 * dev.topology.graph.diff.TopologyDiff} and its {@link dev.topology.graph.Edge}, {@link
 * dev.topology.graph.triage.Triage}, {@link dev.topology.api.Deployment}, and the availability
 * answers: {@link dev.topology.graph.availability.Availability} with its {@link
 * dev.topology.graph.availability.ServiceAvailability} and {@link
 * dev.topology.graph.availability.SystemAvailability}, {@link
 * dev.topology.graph.availability.Importance}, {@link
 * dev.topology.graph.availability.ServiceFigure}, {@link
 * dev.topology.graph.availability.Recovery} with its {@link
 * dev.topology.graph.availability.RecoveryWave} and {@link
 * dev.topology.graph.availability.ServiceRecovery}, {@link
 * dev.topology.graph.availability.Simulation} with its {@link
 * dev.topology.graph.availability.SimulatedService} and {@link
 * dev.topology.graph.availability.SimulatedSystem}. A list of answers, such
 * as {@link dev.topology.graph.TopologyGraph#lint()}, is written as an array of them. The
 * serializers write the fields themselves, so the mapper's naming or inclusion settings do not
 * change them; its pretty printer, if any, lays them out. The module holds no state; one
 * instance may be registered with any number of mappers.
 */
public final class TopologyAnswersModule extends JacksonModule {
  /**
   * Makes the module.
   */
  public TopologyAnswersModule() {}

  /**
   * Returns the module's name, by which a mapper registers it once.
   *
   * @return {@code "TopologyAnswersModule"}
   */
  @Override
  public String getModuleName() {
    return "TopologyAnswersModule";
  }

  /**
   * Returns an unknown version: the module's version is the library's, which its jar names.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Adds the serializers of the answers to the mapper being built.
   *
   * @param context the mapper's set-up
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new SimpleSerializers(serializers()));
  }

  static List<ValueSerializer<?>> serializers() {
    List<ValueSerializer<?>> all = new ArrayList<>();
    all.addAll(PlanSerializers.all());
    all.addAll(ImpactSerializers.all());
    all.addAll(DiffSerializers.all());
    all.addAll(TriageSerializers.all());
    all.addAll(AvailabilitySerializers.all());
    return all;
  }
}
