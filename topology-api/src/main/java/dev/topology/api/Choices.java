package dev.topology.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The checks of a topology's choices: declared once, named rightly by conditions and deployments. */
final class Choices {
  private Choices() {}

  /** The choices sorted by name, reporting nulls and names declared twice. */
  static List<Choice> sorted(Collection<Choice> choices, List<Problem> problems) {
    List<Choice> sorted = new ArrayList<>(choices.size());
    Set<String> seen = new HashSet<>();
    for (Choice choice : choices) {
      if (choice == null) {
        problems.add(Problem.of(Problem.Kind.MISSING_VALUE, "A topology has a null choice."));
      } else if (!seen.add(choice.name())) {
        problems.add(Problem.of(Problem.Kind.DUPLICATE_NAME, "The choice "
            + Names.quote(choice.name()) + " is declared more than once; declare it once."));
      } else {
        sorted.add(choice);
      }
    }
    sorted.sort(Comparator.comparing(Choice::name));
    return List.copyOf(sorted);
  }

  /** Reports every condition of a service that names an undeclared choice or value. */
  static void conditions(List<Choice> choices, List<Service> services, List<Problem> problems) {
    Map<String, Choice> byName = byName(choices);
    for (Service service : services) {
      check(byName, service, "is present", service.presentWhen(), problems);
      check(byName, service, "has its severity", service.severityCondition(), problems);
      for (Dependency dependency : service.dependencies()) {
        check(byName, service, "depends on " + Names.quote(dependency.target()),
            dependency.condition(), problems);
      }
    }
  }

  private static void check(Map<String, Choice> choices, Service service, String what,
      Optional<Condition> condition, List<Problem> problems) {
    if (condition.isEmpty()) {
      return;
    }
    condition.get().anyOf().forEach((name, values) -> {
      Choice choice = choices.get(name);
      String subject = "Service " + Names.quote(service.name()) + " " + what + " "
          + condition.get().description() + ", but ";
      if (choice == null) {
        problems.add(Problem.of(Problem.Kind.UNKNOWN_CHOICE, subject + "the topology declares no"
            + " choice " + Names.quote(name) + "." + suggestion(name, choices.keySet()),
            service.name()));
        return;
      }
      for (String value : values) {
        if (!choice.values().contains(value)) {
          problems.add(Problem.of(Problem.Kind.UNKNOWN_CHOICE, subject + "choice "
              + Names.quote(name) + " has no value " + Names.quote(value) + "; its values are "
              + Names.quoteAll(choice.values(), ", ") + ".", service.name()));
        }
      }
    });
  }

  /** The deployment with every declared choice set, checked against the declarations. */
  static Deployment settle(List<Choice> choices, Deployment deployment) {
    Map<String, Choice> byName = byName(choices);
    List<Problem> problems = new ArrayList<>();
    deployment.choices().forEach((name, value) -> {
      Choice choice = byName.get(name);
      if (choice == null) {
        problems.add(Problem.of(Problem.Kind.INVALID_DEPLOYMENT, "The deployment sets the choice "
            + Names.quote(name) + ", which the topology does not declare."
            + (byName.isEmpty() ? " It declares no choice."
                : suggestion(name, byName.keySet()) + " Its choices are "
                    + Names.quoteAll(byName.keySet(), ", ") + ".")));
      } else if (!choice.values().contains(value)) {
        problems.add(Problem.of(Problem.Kind.INVALID_DEPLOYMENT, "The deployment sets the choice "
            + Names.quote(name) + " to " + Names.quote(value) + ", which is not one of its values "
            + Names.quoteAll(choice.values(), ", ") + "."
            + suggestion(value, choice.values())));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidTopologyException(problems);
    }
    if (deployment.choices().size() == choices.size()) {
      return deployment;
    }
    Map<String, String> values = new TreeMap<>();
    for (Choice choice : choices) {
      values.put(choice.name(), choice.defaultValue());
    }
    values.putAll(deployment.choices());
    return new Deployment(values, deployment.externalized());
  }

  private static Map<String, Choice> byName(List<Choice> choices) {
    Map<String, Choice> byName = new TreeMap<>();
    for (Choice choice : choices) {
      byName.put(choice.name(), choice);
    }
    return byName;
  }

  private static String suggestion(String name, Collection<String> known) {
    List<String> close = Names.closest(name, known, 3);
    return close.isEmpty() ? "" : " Did you mean " + Names.quoteAll(close, " or ") + "?";
  }
}
