package dev.slipway.processor.rules.env;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.Framework;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.JvmHeapFlags;
import dev.slipway.processor.values.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * SLW-ENV-009: a heap the service sizes itself ({@code -Xmx}, {@code -XX:MaxRAMPercentage} in JVM
 * options it sets) leaves the framework's native memory inside the memory limit. Slipway then does
 * not size the JVM, so this is the only check that it fits.
 */
public final class HeapCrowdsOutNative extends ServiceRule {

  /** The variables JVMs and the usual image entry points read options from. */
  private static final Set<String> JVM_OPTIONS =
      Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "JAVA_OPTS");

  public HeapCrowdsOutNative() {
    super(
        "SLW-ENV-009",
        Severity.WARNING,
        Guard.READINESS,
        "A heap set in JVM options leaves room for native memory",
        "The memory limit counts the whole process: a heap close to it leaves too little for"
            + " metaspace, code cache and thread stacks, and the kernel kills the pod while the heap"
            + " still looks fine.",
        "Lower -Xmx (or -XX:MaxRAMPercentage) to what the limit leaves after the framework's"
            + " native memory, raise memoryLimit, or drop the flag and let Slipway size the JVM.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Optional<Quantity> limit = Quantity.parse(service.resources().memoryLimit().value());
    if (limit.isEmpty() || limit.get().value().signum() <= 0) {
      return Stream.empty();
    }
    Framework framework = compilation.platform().framework();
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      if (JVM_OPTIONS.contains(env.name().value()) && literal(env)) {
        Optional<Finding> problem = problem(env, limit.get(), framework);
        if (problem.isPresent()) {
          findings.add(problem.get());
        }
      }
    }
    return findings.stream();
  }

  private Optional<Finding> problem(EnvModel env, Quantity limit, Framework framework) {
    BigDecimal nativeNeed = BigDecimal.valueOf(framework.nativeMiB()).multiply(Quantity.MEBIBYTE);
    Optional<BigDecimal> maxHeap = JvmHeapFlags.maxHeap(env.value().value(), limit.value());
    if (maxHeap.isEmpty() || limit.value().subtract(maxHeap.get()).compareTo(nativeNeed) >= 0) {
      return Optional.empty();
    }
    BigDecimal heap = maxHeap.get();
    long left = mib(limit.value().subtract(heap).max(BigDecimal.ZERO));
    long heapFits = mib(limit.value().subtract(nativeNeed).max(BigDecimal.ZERO));
    return Optional.of(
        finding(
            EnvAttributes.of(env, "value", env.value()),
            "leaves "
                + left
                + "Mi of memoryLimit = \""
                + limit.text()
                + "\" outside a "
                + mib(heap)
                + "Mi heap, less than the "
                + framework.nativeMiB()
                + "Mi a "
                + framework.title()
                + " service needs for metaspace, code cache and threads; lower the heap to at"
                + " most "
                + heapFits
                + "Mi or raise memoryLimit to at least \""
                + (mib(heap) + framework.nativeMiB())
                + "Mi\""));
  }

  private static boolean literal(EnvModel env) {
    return env.secret().value().isEmpty() && env.configMap().value().isEmpty();
  }

  private static long mib(BigDecimal bytes) {
    return bytes.divide(Quantity.MEBIBYTE, 0, RoundingMode.DOWN).longValueExact();
  }
}
