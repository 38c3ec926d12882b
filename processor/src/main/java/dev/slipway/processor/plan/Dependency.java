package dev.slipway.processor.plan;

import java.util.Optional;

/**
 * A service this one calls ({@code @Service(dependsOn)}).
 *
 * @param port the dependency's service port when it is built in the same compile; empty for a
 *     service built elsewhere, whose port Slipway cannot know
 */
public record Dependency(String name, Optional<Integer> port) {

  /** True when the dependency is a {@code @Service} of this compile, with its own runbook. */
  public boolean inCompile() {
    return port.isPresent();
  }
}
