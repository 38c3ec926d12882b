package dev.slipway.processor.emit.runtime;

import dev.slipway.annotations.HealthCheck;
import dev.slipway.processor.emit.Emitter;
import dev.slipway.processor.emit.GeneratedFile;
import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.values.Durations;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Where the descriptors go, below {@code META-INF/slipway/}; the runtime looks there. */
  public static final String DIRECTORY = "runtime/";

  @Override
  public List<GeneratedFile> emit(Compilation compilation) {
    if (!compilation.runtimeOnClassPath()) {
      return List.of();
    }
    return compilation.services().stream()
        .map(service -> GeneratedFile.text(DIRECTORY + service.className() + ".properties", text(service)))
        .toList();
  }

  /** The descriptor of {@code service} in {@code java.util.Properties} format. */
  static String text(ServiceModel service) {
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
  static Map<String, String> values(ServiceModel service) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("serviceClass", service.className());
    values.put("name", service.serviceName());
    values.put("team", service.team().value());
    values.put("port", Integer.toString(service.port().value()));
    values.put("healthPort", Integer.toString(service.healthPort()));
    values.put("livenessPath", path(service, HealthCheckModel::liveness, "liveness"));
    values.put("readinessPath", path(service, HealthCheckModel::readiness, "readiness"));
    values.put("startupPath", path(service, HealthCheckModel::startup, "startup"));
    values.put("metricsPath", service.metrics().path().value());
    values.put("metricsPort", Integer.toString(service.metricsPort()));
    values.put("availabilityObjective", Double.toString(service.slo().availability().value()));
    values.put("latencyThreshold", duration(service.slo().latency().value()).toString());
    values.put(
        "latencyBuckets",
        LatencyBuckets.of(service).stream().map(Duration::toString).collect(Collectors.joining(",")));
    values.put("drain", duration(service.drain().value()).toString());
    values.put("gracePeriod", duration(service.gracePeriod().value()).toString());
    return values;
  }

  /** A duration attribute; validation has already rejected malformed ones. */
  static Duration duration(String attribute) {
    return Durations.parse(attribute)
        .orElseThrow(() -> new IllegalArgumentException("not a duration: " + attribute));
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
   * still serves the probes a later {@code @HealthCheck} would point at.
   */
  private static String path(
      ServiceModel service, Function<HealthCheckModel, Located<String>> member, String attribute) {
    return service.healthCheck().map(h -> member.apply(h).value()).orElseGet(() -> defaultOf(attribute));
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
