package dev.slipway.processor.plan;

import dev.slipway.processor.model.Framework;
import dev.slipway.processor.values.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The JVM sized to its container, passed in {@code JAVA_TOOL_OPTIONS}: the JVM reads that variable
 * before its command line, so a flag the image or the user sets anywhere else still wins (see
 * {@code docs/kubernetes.md}, "The JVM in its container").
 *
 * @param heapPercent the heap's share of the memory limit: what is left after the framework's
 *     native memory, at most {@value #MAX_HEAP_PERCENT} %
 * @param processors the processor count the JVM sizes its GC and pools for: the CPU limit rounded
 *     up, else the request rounded up, so that a pod without a CPU limit on a 64-core node does not
 *     start 64 GC threads for a quarter of a core
 */
public record JvmSizing(int heapPercent, int processors) {

  /** Above this the heap crowds out native memory even in large containers. */
  static final int MAX_HEAP_PERCENT = 75;

  /** The JVM's own default; a waived, too small limit still gets a working heap. */
  static final int MIN_HEAP_PERCENT = 25;

  /** The variables that size a JVM; when the service sets one, it sizes its own JVM. */
  public static final Set<String> USER_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  static JvmSizing of(Framework framework, ResourcesPlan resources) {
    BigDecimal limitMiB = resources.memoryLimit().value().divide(Quantity.MEBIBYTE);
    BigDecimal heapMiB = limitMiB.subtract(BigDecimal.valueOf(framework.nativeMiB()));
    int percent =
        limitMiB.signum() <= 0
            ? MIN_HEAP_PERCENT
            : heapMiB
                .multiply(BigDecimal.valueOf(100))
                .divide(limitMiB, 0, RoundingMode.DOWN)
                .intValue();
    BigDecimal cpu = resources.cpuLimit().orElse(resources.cpu()).value();
    int processors = Math.max(1, cpu.setScale(0, RoundingMode.CEILING).intValueExact());
    return new JvmSizing(
        Math.max(MIN_HEAP_PERCENT, Math.min(MAX_HEAP_PERCENT, percent)), processors);
  }

  /** The value of {@code JAVA_TOOL_OPTIONS}. */
  public String javaToolOptions() {
    // a JVM out of heap is restarted by Kubernetes instead of limping on with broken threads
    return "-XX:MaxRAMPercentage="
        + heapPercent
        + " -XX:ActiveProcessorCount="
        + processors
        + " -XX:+ExitOnOutOfMemoryError";
  }
}
