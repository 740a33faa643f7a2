package dev.topology.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of valid topologies for properties: unique names, dependencies naming other
 * services by any of their names, declared choices with conditions on them, labels, optional
 * dependencies and readiness, images shared by several services, every optional field sometimes
 * set.
 */
public final class Topologies {
  private static final List<String> IMAGES = List.of("img/a", "img/b", "img/c");

  private Topologies() {}

  /** Valid topologies of 1 to {@code most} services. */
  public static Arbitrary<Topology> valid(int most) {
    Arbitrary<List<String>> names = Arbitraries.strings().withCharRange('a', 'f')
        .withChars('-', '/', '_').ofMinLength(1).ofMaxLength(6)
        .list().uniqueElements().ofMinSize(1).ofMaxSize(most * 3);
    Arbitrary<Topology> any = Combinators.combine(names, choices()).flatAs((all, choices) -> {
      int services = Math.max(1, all.size() / 3);
      List<Arbitrary<Service>> arbitraries = new ArrayList<>();
      for (int i = 0; i < services; i++) {
        arbitraries.add(service(i, all, services, choices));
      }
      return Combinators.combine(arbitraries).as(s -> Topology.of(choices, s));
    });
    // Every field's edge cases multiply into thousands, of which jqwik would try an arbitrary
    // first few hundred, and log so on every run. The one edge case kept is the smallest
    // topology; small ones come often anyway, the sizes being biased towards them.
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Topology.of(Service.of("a", Severity.LOW)))),
        Tuple.of(30, any.withoutEdgeCases()));
  }

  /** The deployment that sets every choice of {@code topology} to its last value. */
  public static Deployment lastValues(Topology topology) {
    Deployment.Builder deployment = Deployment.builder();
    for (Setting choice : topology.settings()) {
      deployment.choose(choice.name(), choice.values().get(choice.values().size() - 1));
    }
    return deployment.build();
  }

  /** Zero to three choices c0, c1, c2 of two or three values among v0, v1, v2. */
  static Arbitrary<List<Setting>> choices() {
    Arbitrary<Setting> choice = Combinators.combine(Arbitraries.integers().between(2, 3),
            Arbitraries.integers().between(0, 2), Arbitraries.of("", "What it is about."))
        .as((count, pick, description) -> {
          List<String> values = new ArrayList<>(List.of("v0", "v1", "v2").subList(0, count));
          return Setting.builder().name("c").values(values).defaultValue(values.get(pick % count))
              .description(description).build();
        });
    return choice.list().ofMaxSize(3).map(list -> {
      List<Setting> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        named.add(list.get(i).toBuilder().name("c" + i).build());
      }
      return named;
    });
  }

  /** Sometimes a condition on one or two of {@code choices}, on some of their values. */
  static Arbitrary<Optional<SettingCondition>> conditions(List<Setting> choices) {
    if (choices.isEmpty()) {
      return Arbitraries.just(Optional.empty());
    }
    Arbitrary<SettingCondition> one = Arbitraries.of(choices).flatMap(c ->
        Arbitraries.subsetOf(c.values()).ofMinSize(1)
            .map(values -> SettingCondition.when(c.name(), values.toArray(String[]::new))));
    return Combinators.combine(one, one, Arbitraries.of(false, true))
        .as((a, b, both) -> {
          SettingCondition condition = a;
          if (both) {
            for (Map.Entry<String, Set<String>> entry : b.anyOf().entrySet()) {
              condition = condition.or(entry.getKey(), entry.getValue().toArray(String[]::new));
            }
          }
          return condition;
        })
        .optional(0.4);
  }

  /**
   * Service {@code index} takes {@code all.get(index)} as its name and, as aliases, some of the
   * names beyond the first {@code services}, which no other service takes.
   */
  private static Arbitrary<Service> service(
      int index, List<String> all, int services, List<Setting> choices) {
    List<String> spare = new ArrayList<>();
    for (int j = services + index; j < all.size(); j += services) {
      spare.add(all.get(j));
    }
    Arbitrary<Optional<String>> image = Arbitraries.of(IMAGES).optional(0.6);
    Arbitrary<Integer> targetCount = Arbitraries.integers().between(0, Math.min(4, services - 1));
    Arbitrary<List<Dependency>> dependencies = targetCount.flatMap(count ->
        Arbitraries.integers().between(0, services - 1).filter(t -> t != index)
            .set().ofSize(count)
            .flatMap(targets -> dependenciesOn(targets, all, services, choices)));
    Arbitrary<Map<String, String>> labels = Arbitraries.maps(Arbitraries.of("team", "owner",
        "runbook"), Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(5)).ofMaxSize(2);
    Arbitrary<List<Object>> more = Combinators.combine(labels, conditions(choices),
        conditions(choices)).as(List::of);
    return Combinators.combine(image, dependencies, Arbitraries.of(Severity.class),
            Arbitraries.of(Lifecycle.class), more,
            Arbitraries.integers().between(0, 7), Arbitraries.strings().ofMaxLength(12))
        .as((img, deps, severity, lifecycle, extra, flags, text) -> {
          @SuppressWarnings("unchecked")
          Map<String, String> label = (Map<String, String>) extra.get(0);
          @SuppressWarnings("unchecked")
          Optional<SettingCondition> condition = (Optional<SettingCondition>) extra.get(1);
          @SuppressWarnings("unchecked")
          Optional<SettingCondition> presence = (Optional<SettingCondition>) extra.get(2);
          Service.Builder builder = Service.builder().name(all.get(index)).image(img)
              .role(text).failureEffect(text.toUpperCase(java.util.Locale.ROOT))
              .severity(severity).lifecycle(lifecycle).dependencies(deps)
              .labels(new TreeMap<>(label))
              .externalizable((flags & 1) != 0).external((flags & 3) == 3)
              .startupGate((flags & 4) != 0);
          builder.addAllAliases(spare);
          condition.ifPresent(c -> builder.severityCondition(c).severityOtherwise(Severity.LOW));
          if ((flags & 2) != 0) {
            presence.ifPresent(builder::presentWhen);
            builder.broadDependents(BroadDependents.of(DependencyKind.RUNTIME, "Most use it."));
          }
          return builder.build();
        });
  }

  private static Arbitrary<List<Dependency>> dependenciesOn(
      Set<Integer> targets, List<String> all, int services, List<Setting> choices) {
    List<Arbitrary<Dependency>> each = new ArrayList<>();
    for (int target : new LinkedHashSet<>(targets)) {
      List<String> names = new ArrayList<>();
      for (int j = target; j < all.size(); j += services) {
        names.add(all.get(j));
      }
      each.add(Combinators.combine(Arbitraries.of(names), Arbitraries.of(DependencyKind.class),
              Arbitraries.of(true, true, false), Arbitraries.of(Readiness.class),
              conditions(choices), Arbitraries.strings().alpha()
                  .ofMinLength(1).ofMaxLength(8).optional(),
              Arbitraries.of(false, false, true), Arbitraries.of(false, false, true))
          .as((name, kind, required, readiness, condition, citation, ifPresent, restarts) ->
              Dependency.builder().target(name).kind(kind).required(required)
                  .readiness(readiness).condition(condition).citation(citation)
                  .onlyIfPresent(ifPresent).restartsWith(restarts).build()));
    }
    return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(l -> l);
  }
}
