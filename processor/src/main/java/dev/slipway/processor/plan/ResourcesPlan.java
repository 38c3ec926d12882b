package dev.slipway.processor.plan;

import dev.slipway.processor.values.Quantity;
import java.util.Optional;

/**
 * {@code @Resources}, parsed: requests and the memory limit are always set, a CPU limit may not be.
 */
public record ResourcesPlan(
    Quantity cpu, Quantity memory, Optional<Quantity> cpuLimit, Quantity memoryLimit) {}
