package dev.slipway.processor.emit.runtime;

import dev.slipway.annotations.HealthCheck;
import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.emit.ServiceOutput;
import dev.slipway.processor.plan.Layout;
import dev.slipway.processor.plan.Probes;
import dev.slipway.processor.plan.ServicePlan;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes {@code runtime/<class>.properties}, one per service, named after the annotated class's
 * binary name: what the manifests and alerts generated for the service assume about the running
 * process (ports, probe and scrape paths, SLO thresholds with their histogram buckets, shutdown
 * timings). {@code slipway-runtime} reads it ({@code ServiceDescriptor.of(serviceClass)}), so the
 * process serves what the manifests probe. Written only when the runtime is on the class path.
 *
 * <p>A resource rather than generated Java: a generated source would make javac run one more
 * round, re-entering every class of the module, and compile one more class per service.
 */
public final class RuntimeDescriptorFile implements Emitter {

  @Override
  public List<GeneratedFile> emit(ServiceOutput output) {
    if (!output.compile().runtimeOnClassPath()) {
      return List.of();
    }
    ServicePlan service = output.service();
    return List.of(
        GeneratedFile.text(Layout.runtimeDescriptor(service.className()), text(service)));
  }

  /** The descriptor of {@code service} in {@code java.util.Properties} format. */
  static String text(ServicePlan service) {
    StringBuilder text =
        new StringBuilder()
            .append("# What the manifests and alerts generated for ")
            .append(service.className())
            .append(" assume about the running\n")
            .append("# service, read by the Slipway runtime. Generated from the class's annotations:\n")
            .append("# change those, not this file.\n");
    values(service).forEach((key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
    return text.toString();
  }

  /** The values, in the order of {@code dev.slipway.runtime.ServiceDescriptor}'s methods. */
  static Map<String, String> values(ServicePlan service) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("serviceClass", service.className());
    values.put("name", service.name());
    values.put("team", service.team());
    values.put("port", Integer.toString(service.ports().http()));
    values.put("healthPort", Integer.toString(service.ports().health()));
    values.put("livenessPath", path(service, p -> Optional.of(p.liveness()), "liveness"));
    values.put("readinessPath", path(service, p -> Optional.of(p.readiness()), "readiness"));
    values.put("startupPath", path(service, Probes::startup, "startup"));
    values.put("metricsPath", service.metrics().path());
    values.put("metricsPort", Integer.toString(service.ports().metrics()));
    values.put("availabilityObjective", service.slo().availability().target().movePointRight(2).toPlainString());
    values.put("latencyThreshold", service.slo().latencyThreshold().duration().toString());
    values.put(
        "latencyBuckets",
        service.latencyBuckets().stream().map(Duration::toString).collect(Collectors.joining(",")));
    values.put("drain", service.drain().duration().toString());
    values.put("gracePeriod", service.gracePeriod().duration().toString());
    return values;
  }

  /**
   * {@code value} as a property value that {@code Properties.load} reads back unchanged, from a
   * character stream or from ISO 8859-1 bytes alike: backslashes, line breaks and leading blanks
   * escaped, everything outside printable ASCII as {@code \}{@code uXXXX}.
   */
  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        case '\f' -> escaped.append("\\f");
        case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /**
   * A probe path from {@code @HealthCheck}; without it, the annotation's default, so the runtime
   * still serves the probes a later {@code @HealthCheck} would point at. A service with probes but
   * no startup path gets none.
   */
  private static String path(
      ServicePlan service, Function<Probes, Optional<String>> member, String attribute) {
    return service.probes().isPresent()
        ? member.apply(service.probes().get()).orElse("")
        : defaultOf(attribute);
  }

  private static String defaultOf(String attribute) {
    try {
      Method method = HealthCheck.class.getMethod(attribute);
      return (String) method.getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("@HealthCheck has no " + attribute, e);
    }
  }
}
