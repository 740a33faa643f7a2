package dev.topology.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of valid topologies for properties: unique names, dependencies naming other
 * services by any of their names, every optional field sometimes set.
 */
public final class Topologies {
  private Topologies() {}

  /** Valid topologies of 1 to {@code most} services. */
  public static Arbitrary<Topology> valid(int most) {
    Arbitrary<List<String>> names = Arbitraries.strings().withCharRange('a', 'f')
        .withChars('-', '/', '_').ofMinLength(1).ofMaxLength(6)
        .list().uniqueElements().ofMinSize(1).ofMaxSize(most * 3);
    Arbitrary<Topology> any = names.flatMap(all -> {
      int services = Math.max(1, all.size() / 3);
      List<Arbitrary<Service>> arbitraries = new ArrayList<>();
      for (int i = 0; i < services; i++) {
        arbitraries.add(service(i, all, services));
      }
      return Combinators.combine(arbitraries).as(Topology::of);
    });
    // Every field's edge cases multiply into thousands, of which jqwik would try an arbitrary
    // first few hundred, and log so on every run. The one edge case kept is the smallest
    // topology; small ones come often anyway, the sizes being biased towards them.
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Topology.of(Service.of("a", Severity.LOW)))),
        Tuple.of(30, any.withoutEdgeCases()));
  }

  /**
   * Service {@code index} takes {@code all.get(index)} as its name and, as image and aliases,
   * some of the names beyond the first {@code services}, which no other service takes.
   */
  private static Arbitrary<Service> service(int index, List<String> all, int services) {
    List<String> spare = new ArrayList<>();
    for (int j = services + index; j < all.size(); j += services) {
      spare.add(all.get(j));
    }
    Arbitrary<Optional<String>> image = spare.isEmpty()
        ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(Optional.<String>empty(), Optional.of(spare.get(0)));
    Arbitrary<Integer> targetCount = Arbitraries.integers().between(0, Math.min(4, services - 1));
    Arbitrary<List<Dependency>> dependencies = targetCount.flatMap(count ->
        Arbitraries.integers().between(0, services - 1).filter(t -> t != index)
            .set().ofSize(count)
            .flatMap(targets -> dependenciesOn(targets, all, services)));
    return Combinators.combine(image, dependencies, Arbitraries.of(Severity.class),
            Arbitraries.of(Lifecycle.class), Arbitraries.of(Condition.class).optional(),
            Arbitraries.integers().between(0, 7), Arbitraries.strings().ofMaxLength(12))
        .as((img, deps, severity, lifecycle, condition, flags, text) -> {
          Service.Builder builder = Service.builder().name(all.get(index)).image(img)
              .role(text).failureEffect(text.toUpperCase(java.util.Locale.ROOT))
              .severity(severity).lifecycle(lifecycle).dependencies(deps)
              .externalizable((flags & 1) != 0).external((flags & 3) == 3)
              .startupGate((flags & 4) != 0);
          for (String alias : spare) {
            if (!img.filter(alias::equals).isPresent()) {
              builder.addAliases(alias);
            }
          }
          condition.ifPresent(c -> builder.severityCondition(c).severityOtherwise(Severity.LOW));
          if ((flags & 2) != 0) {
            condition.ifPresent(builder::presentWhen);
            builder.broadDependents(BroadDependents.of(DependencyKind.RUNTIME, "Most use it."));
          }
          return builder.build();
        });
  }

  private static Arbitrary<List<Dependency>> dependenciesOn(
      Set<Integer> targets, List<String> all, int services) {
    List<Arbitrary<Dependency>> each = new ArrayList<>();
    for (int target : new LinkedHashSet<>(targets)) {
      List<String> names = new ArrayList<>();
      for (int j = target; j < all.size(); j += services) {
        names.add(all.get(j));
      }
      each.add(Combinators.combine(Arbitraries.of(names), Arbitraries.of(DependencyKind.class),
              Arbitraries.of(Condition.class).optional(), Arbitraries.strings().alpha()
                  .ofMinLength(1).ofMaxLength(8).optional())
          .as((name, kind, condition, citation) ->
              new Dependency(name, kind, condition, citation)));
    }
    return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(l -> l);
  }
}
