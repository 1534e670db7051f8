package io.trunkline.plan;

import java.util.Map;

/** Looks up {@code env:NAME} references in the environment given (the process's, or a map in tests). */
final class Environment {
  private final Map<String, String> variables;

  Environment(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  /** {@code value} itself, or the variable it references; an unset variable is an error naming it. */
  String resolve(String field, String value) {
    if (value == null || !value.startsWith(DesiredStateReader.ENV_PREFIX)) {
      return value;
    }
    String name = value.substring(DesiredStateReader.ENV_PREFIX.length());
    String found = variables.get(name);
    if (found == null || found.isEmpty()) {
      throw new DesiredStateException("the environment variable " + name + " (for " + field + ") is not set",
          field, 0, 0);
    }
    return found;
  }
}
