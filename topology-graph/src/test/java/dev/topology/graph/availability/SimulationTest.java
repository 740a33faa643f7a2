package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Severity;
import dev.topology.graph.InvalidQueryException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The simulation on small topologies, against figures worked by hand. */
class SimulationTest {
  private static final double HOUR = 3_600;
  private static final double MINUTE = 60;
  private static final Duration YEARS_10 = Duration.ofDays(3_652);

  private static SimulationOptions options(long seed, Duration horizon, double confidence) {
    return SimulationOptions.builder().seed(seed).horizon(horizon).confidence(confidence).build();
  }

  /**
   * <pre>
   *   web ──► api ──► db      only db fails (MTTF F = 10 h, MTTR R = 10 min);
   *                           api starts in S_api = 5 min, web in S_web = 3 min
   * </pre>
   *
   * Over one cycle of db (up X ~ Exp(F), then down Y ~ Exp(R)) api is up for max(0, X - S_api):
   * it waits S_api once db is back, and a failure of db during the wait starts it over. By the
   * memoryless property E[max(0, X - S)] = F e^(-S/F), so by the renewal-reward theorem
   * A(api) = F e^(-S_api/F) / (F + R); web waits for api, then for its own start:
   * A(web) = F e^(-(S_api + S_web)/F) / (F + R). The exact formula without restarts gives both
   * A(db) = F / (F + R).
   */
  @Test
  void simulate_chainWithStarts_losesWhatTheRestartsCost() {
    double f = 10 * HOUR;
    double r = 10 * MINUTE;
    double api = 5 * MINUTE;
    double web = 3 * MINUTE;
    SimData data = SimData.of(SimData.topology("web>api", "api>db")).figure("db", f, r)
        .availability("api", 1).availability("web", 1).start("api", api).start("web", web);

    Simulation sim = data.run(options(11, YEARS_10, 0.999));

    double exact = f / (f + r);
    assertThat(data.exact("web")).isEqualTo(exact);
    SimulatedService apiFigures = sim.service("api");
    SimulatedService webFigures = sim.service("web");
    assertThat(f * Math.exp(-api / f) / (f + r))
        .isBetween(apiFigures.lower(), apiFigures.upper());
    assertThat(f * Math.exp(-(api + web) / f) / (f + r))
        .isBetween(webFigures.lower(), webFigures.upper());
    assertThat(webFigures.upper()).isLessThan(exact);
    assertThat(apiFigures.upper()).isLessThan(exact);
    // Each failure of db costs api one wait of S_api, a little less when db fails during it.
    double seconds = SimulationInputs.seconds(sim.simulatedTime());
    long failures = sim.service("db").failures();
    double loss = sim.service("db").availability() - apiFigures.availability();
    assertThat(loss).isCloseTo(failures * api / seconds, withinPercentage(3));
    assertThat(apiFigures.restarts()).isCloseTo(failures, withinPercentage(3));
    assertThat(sim.service("db").restarts()).isZero();
  }

  /**
   * <pre>
   *   web ═!═► api ──► db     web declares it restarts with api; api declares nothing
   * </pre>
   *
   * Under the declared rule api is up as soon as db is (A = F / (F + R), the exact figure) and
   * only web waits: A(web) = F e^(-S_web/F) / (F + R) as in the chain above.
   */
  @Test
  void simulate_declaredRestarts_onlyWhatDeclaresWaits() {
    double f = 8 * HOUR;
    double r = 15 * MINUTE;
    double web = 10 * MINUTE;
    SimData data = SimData.of(SimData.topology("web!>api", "api>db")).figure("db", f, r)
        .availability("api", 1).availability("web", 1).start("api", 30 * MINUTE)
        .start("web", web);

    Simulation sim = data.run(options(5, YEARS_10, 0.999));

    assertThat(data.exact("api")).isBetween(sim.service("api").lower(),
        sim.service("api").upper());
    assertThat(sim.service("api").restarts()).isZero();
    assertThat(f * Math.exp(-web / f) / (f + r)).isBetween(sim.service("web").lower(),
        sim.service("web").upper());
  }

  /** A diamond as in the exact answers: d counts once in a's product. */
  @Test
  void simulate_diamondWithoutStarts_agreesWithTheExactFigures() {
    SimData data = SimData.of(SimData.topology("a>b", "a>c", "b>d", "c>d", "d=HIGH"))
        .figure("a", 6 * HOUR, 5 * MINUTE).figure("d", 12 * HOUR, 20 * MINUTE)
        .every(9 * HOUR, 8 * MINUTE);

    Simulation sim = data.run(options(3, YEARS_10, 0.999));

    for (SimulatedService s : sim.services()) {
      assertThat(data.exact(s.service())).as(s.service()).isBetween(s.lower(), s.upper());
    }
    for (Severity level : Severity.values()) {
      SimulatedSystem system = sim.system(level);
      assertThat(data.exactSystem(level)).as("%s", level)
          .isBetween(system.lower(), system.upper());
    }
    assertThat(sim.services()).extracting(SimulatedService::service)
        .containsExactly("a", "b", "c", "d");
    assertThat(sim.systems()).extracting(SimulatedSystem::severity)
        .containsExactly(Severity.HIGH, Severity.MEDIUM, Severity.LOW);
  }

  /** The check can fail: one figure changed in the exact product falls outside. */
  @Test
  void simulate_wrongFigure_fallsOutsideTheInterval() {
    SimData data = SimData.of(SimData.topology("a>b", "a>c", "b>d", "c>d"))
        .every(9 * HOUR, 8 * MINUTE);
    Simulation sim = data.run(options(3, YEARS_10, 0.999));
    SimulatedService a = sim.service("a");
    double exact = data.exact("a");
    assertThat(exact).isBetween(a.lower(), a.upper());

    // d at 16 minutes instead of 8: the exact figure of a with d's unavailability doubled.
    double d = 8 * MINUTE / (9 * HOUR + 8 * MINUTE);
    double wrongD = 16 * MINUTE / (9 * HOUR + 16 * MINUTE);
    double wrong = exact / (1 - d) * (1 - wrongD);
    assertThat(wrong).isLessThan(a.lower());
    // d counted twice, as a sum over paths would: also outside.
    assertThat(exact * (1 - d)).isLessThan(a.lower());
  }

  @Test
  void simulate_sameSeedTwice_equalAnswers_otherSeedDiffers() {
    SimData data = SimData.of(SimData.topology("web>api", "api>db", "poller~>api", "api~>poller"))
        .every(5 * HOUR, 10 * MINUTE).start("api", 2 * MINUTE).start("web", MINUTE);
    SimulationOptions options = options(42, Duration.ofDays(365), 0.95);

    Simulation first = data.run(options);
    Simulation second = data.run(options);
    Simulation other = data.run(options.toBuilder().seed(43).build());

    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(second.toString()).isEqualTo(first.toString());
    assertThat(second.services().toString()).isEqualTo(first.services().toString());
    assertThat(other).isNotEqualTo(first);
    assertThat(other.service("db").failures()).isNotEqualTo(first.service("db").failures());
  }

  @Test
  void simulate_eventBound_stopsEarlyAndSaysSo() {
    SimData data = SimData.of(SimData.topology("api>db")).every(HOUR, MINUTE);
    Simulation sim = data.run(SimulationOptions.builder().seed(1).maxEvents(1_000).build());

    assertThat(sim.events()).isEqualTo(1_000);
    assertThat(sim.end()).isEqualTo(SimulationEnd.EVENT_BOUND);
    assertThat(sim.stoppedEarly()).isTrue();
    assertThat(sim.simulatedTime()).isPositive().isLessThan(Duration.ofDays(365));
    assertThat(sim.horizon()).isEqualTo(SimulationOptions.DEFAULT_HORIZON);
    // 1,000 events are about ten days, less than one batch of 100 / 30 years: no interval.
    assertThat(sim.service("api").lower()).isZero();
    assertThat(sim.service("api").upper()).isEqualTo(1.0);
  }

  /**
   * <pre>
   *   web ──► api ◄~~► poller     api and poller talk to each other while running
   *            │
   *            ▼
   *            db
   * </pre>
   *
   * The cycle stands and falls together: api and poller are down at the same times, and both
   * have the exact figure of the product over {api, poller, db}.
   */
  @Test
  void simulate_runtimeCycle_standsAndFallsTogether() {
    SimData data = SimData.of(SimData.topology("web>api", "api>db", "poller~>api",
        "api~>poller")).every(7 * HOUR, 9 * MINUTE);
    Simulation sim = data.run(options(8, YEARS_10, 0.999));

    SimulatedService api = sim.service("api");
    SimulatedService poller = sim.service("poller");
    assertThat(poller.availability()).isEqualTo(api.availability());
    assertThat(poller.outages()).isEqualTo(api.outages());
    assertThat(data.exact("poller")).isEqualTo(data.exact("api"))
        .isBetween(api.lower(), api.upper());
    assertThat(data.exact("web")).isBetween(sim.service("web").lower(),
        sim.service("web").upper());
  }

  @Test
  void simulate_cancelledAfterThreeChecks_stopsAtTheThirdCheck() {
    SimData data = SimData.of(SimData.topology("api>db")).every(HOUR, MINUTE);
    AtomicInteger checks = new AtomicInteger();
    Simulation sim = data.run(SimulationOptions.builder().seed(1)
        .cancelled(() -> checks.incrementAndGet() >= 3).build());

    assertThat(checks.get()).isEqualTo(3);
    assertThat(sim.events()).isEqualTo(3 * 4_096);
    assertThat(sim.end()).isEqualTo(SimulationEnd.CANCELLED);
    assertThat(sim.stoppedEarly()).isTrue();
  }

  @Test
  void simulate_wholeHorizon_endsThereWithItsBatchesAndMonths() {
    SimData data = SimData.of(SimData.topology("api>db")).every(HOUR, MINUTE);
    Simulation sim = data.run(options(2, Duration.ofDays(90), 0.95));

    assertThat(sim.end()).isEqualTo(SimulationEnd.HORIZON);
    assertThat(sim.stoppedEarly()).isFalse();
    assertThat(sim.simulatedTime()).isEqualTo(Duration.ofDays(90));
    // 90 days are three whole months, so each figure has a spread.
    assertThat(sim.service("api").downtimePerMonthSpread()).isPresent();
  }

  @Test
  void simulate_availabilityAlone_needsADefaultMttr() {
    SimData data = SimData.of(SimData.topology("web>api", "api>db", "migrate=ONE_SHOT"))
        .availability("db", 0.99).availability("web", 0.995).figure("api", HOUR, MINUTE);

    assertThatThrownBy(() -> data.run(SimulationOptions.of(1)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A simulation draws times to failure and to repair, but 2 services have an"
            + " availability alone, without a time scale: db, web. Give each an MTTF or an MTTR,"
            + " or give SimulationOptions a defaultMttr.");

    Simulation sim = data.run(SimulationOptions.builder().seed(1).horizon(YEARS_10)
        .confidence(0.999).defaultMttr(Duration.ofMinutes(6)).build());
    assertThat(data.exact("web")).isBetween(sim.service("web").lower(),
        sim.service("web").upper());
    // MTTR 6 min at 99%: MTTF = 6 min * 0.99 / 0.01 = 594 min, about 8,850 failures in ten years.
    assertThat(sim.service("db").failures()).isCloseTo(8_850, withinPercentage(5));
    assertThatThrownBy(() -> sim.service("migrate")).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("no figure for migrate");
  }

  @Test
  void simulate_unknownName_suggestsTheNearest() {
    Simulation sim = SimData.of(SimData.topology("api>db")).every(HOUR, MINUTE)
        .run(options(1, Duration.ofDays(30), 0.95));
    assertThatThrownBy(() -> sim.service("dbb")).isInstanceOf(NoSuchServiceException.class)
        .hasMessageContaining("db");
    assertThatThrownBy(() -> sim.system(null)).isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void simulate_availabilityOne_neverFails() {
    SimData data = SimData.of(SimData.topology("api>db")).availability("db", 1)
        .figure("api", HOUR, MINUTE);
    Simulation sim = data.run(options(4, Duration.ofDays(365), 0.95));

    SimulatedService db = sim.service("db");
    assertThat(db.failures()).isZero();
    assertThat(db.availability()).isEqualTo(1.0);
    assertThat(db.lower()).isEqualTo(1.0);
    assertThat(db.downtimePerMonth()).isZero();
    assertThat(sim.service("api").failures()).isPositive();
  }

  /** MTTF of a thousand years over 30 days: no failure seen, an interval of zero width. */
  @Test
  void simulate_hugeMttfShortHorizon_seesNoFailure() {
    SimData data = SimData.of(SimData.topology("api>db")).every(1_000 * 365.25 * 86_400, HOUR);
    Simulation sim = data.run(options(4, Duration.ofDays(30), 0.95));

    assertThat(sim.events()).isZero();
    for (SimulatedService s : sim.services()) {
      assertThat(s.availability()).isEqualTo(1.0);
      assertThat(s.lower()).isEqualTo(s.upper()).isEqualTo(1.0);
      assertThat(s.downtimePerMonthSpread()).isEmpty();
    }
  }

  /** A million years: no overflow in time, months or durations. */
  @Test
  void simulate_longestHorizon_staysFinite() {
    SimData data = SimData.of(SimData.topology("api>db")).every(10 * 365.25 * 86_400, HOUR);
    Simulation sim = data.run(SimulationOptions.builder().seed(9)
        .horizon(SimulationOptions.LONGEST_HORIZON).build());

    assertThat(sim.end()).isEqualTo(SimulationEnd.HORIZON);
    assertThat(sim.simulatedTime()).isEqualTo(SimulationOptions.LONGEST_HORIZON);
    SimulatedService db = sim.service("db");
    // About 100,000 failures of an hour each in a million years: 1 - 1 / 87,660.
    assertThat(1 - db.availability()).isCloseTo(HOUR / (10 * 365.25 * 86_400 + HOUR),
        withinPercentage(2));
    assertThat(db.downtimePerMonthSpread()).isPresent();
  }
}
