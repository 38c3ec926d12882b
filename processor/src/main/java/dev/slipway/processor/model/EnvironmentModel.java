package dev.slipway.processor.model;

import java.util.List;

/**
 * One {@code @Environment}: how the service differs in one non-production environment. 0 and empty
 * strings mean "inherit the base".
 */
public record EnvironmentModel(
    Origin origin,
    Located<String> name,
    Located<Integer> min,
    Located<Integer> max,
    Located<String> cpu,
    Located<String> memory,
    Located<String> cpuLimit,
    Located<String> memoryLimit,
    List<EnvModel> env,
    Located<String> host) {

  public EnvironmentModel {
    env = List.copyOf(env);
  }

  /** The environment's name as written. */
  public String environment() {
    return name.value();
  }
}
