package dev.topology.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one value, so that a constructor can report all of them at once.
 * Messages state the rule and the value that broke it.
 */
final class Validation {
  private final String subject;
  private final String serviceName;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> services;

  /**
   * @param subject what is being checked, for messages, such as {@code "A dependency"}
   * @param services the service names the problems are about
   */
  Validation(String subject, String... services) {
    this.subject = subject;
    this.serviceName = null;
    this.services = List.of(services);
  }

  private Validation(String serviceName) {
    this.subject = null;
    this.serviceName = serviceName;
    this.services = List.of(serviceName == null ? "" : serviceName);
  }

  /**
   * Checks the values of one service. The subject of the messages is quoted only when a problem
   * is found: a topology of a million valid services should not quote a million names.
   */
  static Validation ofService(String name) {
    return new Validation(name);
  }

  private String subject() {
    if (subject != null) {
      return subject;
    }
    return serviceName == null ? "A service" : "Service " + Names.quote(serviceName);
  }

  void add(Problem.Kind kind, String message) {
    problems.add(Problem.builder().kind(kind).services(services).message(message).build());
  }

  /** Requires a value. */
  boolean required(String field, Object value) {
    if (value == null) {
      add(Problem.Kind.MISSING_VALUE, subject() + " has no " + field + "; it is required.");
      return false;
    }
    return true;
  }

  /** Requires a valid name. */
  void name(String field, String value) {
    String why = Names.whyInvalid(value);
    if (why != null) {
      Problem.Kind kind = value == null ? Problem.Kind.MISSING_VALUE : Problem.Kind.INVALID_NAME;
      String article = "aeiou".indexOf(field.charAt(0)) >= 0 ? " has an " : " has a ";
      add(kind, subject() + article + field + " that " + why + " (" + Names.quote(value)
          + "); a name must be non-blank, without white space or control characters.");
    }
  }

  /** Requires a list without null elements. */
  boolean noNulls(String field, List<?> values) {
    if (!required(field, values)) {
      return false;
    }
    for (Object value : values) {
      if (value == null) {
        add(Problem.Kind.MISSING_VALUE, subject() + " has a null element in " + field + ".");
        return false;
      }
    }
    return true;
  }

  List<Problem> problems() {
    return problems;
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidTopologyException(problems);
    }
  }
}
