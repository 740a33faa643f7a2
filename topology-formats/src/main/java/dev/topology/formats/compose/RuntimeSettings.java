package dev.topology.formats.compose;

import dev.topology.api.Problem;
import dev.topology.formats.compose.ComposeMapping.ServiceDraft;
import java.util.List;
import java.util.Map;

/**
 * Reads the settings of a service that say how {@code docker compose up} runs it, as far as the
 * topology needs them: whether it declares a health test ({@code healthcheck}), its {@code
 * restart} policy, and how many containers it starts ({@code scale}, {@code deploy.replicas}).
 * Other keys of these settings are not read, so not checked.
 */
final class RuntimeSettings {
  private final ServiceDraft draft;
  private final Interpolation interpolation;
  private final List<Problem> problems;

  RuntimeSettings(ServiceDraft draft, Interpolation interpolation,
      List<Problem> problems) {
    this.draft = draft;
    this.interpolation = interpolation;
    this.problems = problems;
  }

  /** Reads {@code key}, one of healthcheck, restart, deploy and scale, at {@code path}. */
  void read(String key, Object value, String path) {
    switch (key) {
      case "healthcheck" -> healthcheck(value, path);
      case "restart" -> {
        String text = text(value, path);
        draft.restart = text == null ? null : text.strip();
      }
      case "deploy" -> {
        if (value instanceof Map<?, ?> deploy) {
          if (deploy.get("replicas") != null) {
            replicas(deploy.get("replicas"), path + ".replicas");
          }
        } else if (value != null) {
          problems.add(Problems.at(path, "'deploy' is a mapping of settings, not "
              + Values.kind(value) + "."));
        }
      }
      default -> {
        if (value != null) {
          replicas(value, path);
        }
      }
    }
  }

  /**
   * A health test is declared unless the mapping disables it ({@code disable: true}, or a
   * {@code test} of {@code ["NONE"]}, as the Compose specification says); a mapping without
   * {@code test} only tunes the image's own test, so it declares none.
   */
  private void healthcheck(Object value, String path) {
    if (value == null) {
      return;
    }
    if (!(value instanceof Map<?, ?> settings)) {
      problems.add(Problems.at(path, "'healthcheck' is a mapping of settings, not "
          + Values.kind(value) + "."));
      return;
    }
    Object disable = settings.get("disable");
    if (Boolean.TRUE.equals(disable) || (disable instanceof String s
        && "true".equalsIgnoreCase(interpolation.apply(s, path + ".disable", false, problems)))) {
      draft.healthcheck = false;
      return;
    }
    Object test = settings.get("test");
    if (test instanceof List<?> list) {
      draft.healthcheck = list.isEmpty() ? null : !"NONE".equals(list.get(0));
    } else if (test != null) {
      draft.healthcheck = true;
    }
  }

  /**
   * {@code scale} or {@code deploy.replicas}: a whole number, after interpolation. Compose
   * refuses distinct values in the two (compose-go's loader: "can't set distinct values on
   * 'scale' and 'deploy.replicas'").
   */
  private void replicas(Object value, String path) {
    String text = text(value, path);
    if (text == null) {
      return;
    }
    int count;
    try {
      count = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      count = -1;
    }
    if (count < 0) {
      problems.add(Problems.at(path, "'" + path.substring(path.lastIndexOf('.') + 1)
          + "' is a whole number of containers, not " + Values.kind(text) + "."));
    } else if (draft.replicas != null && draft.replicas != count) {
      problems.add(Problems.at(Problem.Kind.INCONSISTENT_VALUE, path,
          "'scale' and 'deploy.replicas' of service '" + draft.name + "' differ ("
              + draft.replicas + " and " + count + "); Compose refuses"
              + " distinct values, give one of them."));
    } else {
      draft.replicas = count;
      draft.replicasPath = path;
    }
  }

  private String text(Object value, String path) {
    String text = Values.text(value, path, problems);
    return text == null ? null : interpolation.apply(text, path, false, problems);
  }

  @Override
  public String toString() {
    return "RuntimeSettings[" + draft.name + "]";
  }
}
