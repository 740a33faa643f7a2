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

/** The checks of a topology's settings: declared once, named rightly by conditions and deployments. */
final class Settings {
  private Settings() {}

  /** Reports every setting declared more than once; {@code settings} are sorted by name. */
  static void check(List<Setting> settings, List<Problem> problems) {
    for (int i = 1; i < settings.size(); i++) {
      String name = settings.get(i).name();
      if (name.equals(settings.get(i - 1).name())) {
        problems.add(Problem.of(Problem.Kind.DUPLICATE_NAME, "The setting "
            + Names.quote(name) + " is declared more than once; declare it once."));
      }
    }
  }

  /** Reports every condition of a service that names an undeclared setting or value. */
  static void conditions(List<Setting> settings, List<Service> services, List<Problem> problems) {
    Map<String, Setting> byName = byName(settings);
    for (Service service : services) {
      check(byName, service, "is present", service.presentWhen(), problems);
      check(byName, service, "has its severity", service.severityCondition(), problems);
      for (Dependency dependency : service.dependencies()) {
        check(byName, service, "depends on " + Names.quote(dependency.target()),
            dependency.condition(), problems);
      }
    }
  }

  private static void check(Map<String, Setting> settings, Service service, String what,
      Optional<SettingCondition> condition, List<Problem> problems) {
    if (condition.isEmpty()) {
      return;
    }
    condition.get().anyOf().forEach((name, values) -> {
      Setting setting = settings.get(name);
      String subject = "Service " + Names.quote(service.name()) + " " + what + " "
          + condition.get().description() + ", but ";
      if (setting == null) {
        problems.add(Problem.of(Problem.Kind.UNKNOWN_CHOICE, subject + "the topology declares no"
            + " setting " + Names.quote(name) + "." + suggestion(name, settings.keySet()),
            service.name()));
        return;
      }
      for (String value : values) {
        if (!setting.values().contains(value)) {
          problems.add(Problem.of(Problem.Kind.UNKNOWN_CHOICE, subject + "setting "
              + Names.quote(name) + " has no value " + Names.quote(value) + "; its values are "
              + Names.quoteAll(setting.values(), ", ") + ".", service.name()));
        }
      }
    });
  }

  /** The deployment with every declared setting set, checked against the declarations. */
  static Deployment settle(List<Setting> settings, Deployment deployment) {
    Map<String, Setting> byName = byName(settings);
    List<Problem> problems = new ArrayList<>();
    deployment.settings().forEach((name, value) -> {
      Setting setting = byName.get(name);
      if (setting == null) {
        problems.add(Problem.of(Problem.Kind.INVALID_DEPLOYMENT, "The deployment sets the setting "
            + Names.quote(name) + ", which the topology does not declare."
            + (byName.isEmpty() ? " It declares no setting."
                : suggestion(name, byName.keySet()) + " Its settings are "
                    + Names.quoteAll(byName.keySet(), ", ") + ".")));
      } else if (!setting.values().contains(value)) {
        problems.add(Problem.of(Problem.Kind.INVALID_DEPLOYMENT, "The deployment sets the setting "
            + Names.quote(name) + " to " + Names.quote(value) + ", which is not one of its values "
            + Names.quoteAll(setting.values(), ", ") + "."
            + suggestion(value, setting.values())));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidTopologyException(problems);
    }
    if (deployment.settings().size() == settings.size()) {
      return deployment;
    }
    Map<String, String> values = new TreeMap<>();
    for (Setting setting : settings) {
      values.put(setting.name(), setting.defaultValue());
    }
    values.putAll(deployment.settings());
    return deployment.toBuilder().settings(values).build();
  }

  private static Map<String, Setting> byName(List<Setting> settings) {
    Map<String, Setting> byName = new TreeMap<>();
    for (Setting setting : settings) {
      byName.put(setting.name(), setting);
    }
    return byName;
  }

  private static String suggestion(String name, Collection<String> known) {
    List<String> close = Names.closest(name, known, 3);
    return close.isEmpty() ? "" : " Did you mean " + Names.quoteAll(close, " or ") + "?";
  }
}
