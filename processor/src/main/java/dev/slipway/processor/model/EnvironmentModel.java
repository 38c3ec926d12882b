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
    Located<String> host,
    Located<List<Located<Integer>>> steps,
    Located<String> pause,
    Located<String> manualGate,
    Located<Boolean> rollingUpdate,
    Located<String> alerts) {

  /** {@link #manualGate} when it keeps the base's. */
  public static final String INHERIT = "INHERIT";

  /** {@link #manualGate} when the rollout holds after its last step. */
  public static final String MANUAL = "MANUAL";

  public EnvironmentModel {
    env = List.copyOf(env);
  }

  /** The environment's name as written. */
  public String environment() {
    return name.value();
  }
}
