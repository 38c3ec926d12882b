package dev.slipway.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A service's descriptor as the processor writes it: a {@code java.util.Properties} resource named
 * after the annotated class, one key per method of {@link ServiceDescriptor}, durations in
 * ISO 8601 ({@code PT0.3S}), the buckets comma-separated.
 */
record DescriptorFile(
    String serviceClass,
    String name,
    String team,
    int port,
    int healthPort,
    String livenessPath,
    String readinessPath,
    String startupPath,
    String metricsPath,
    int metricsPort,
    double availabilityObjective,
    Duration latencyThreshold,
    List<Duration> latencyBuckets,
    Duration drain,
    Duration gracePeriod)
    implements ServiceDescriptor {

  /** The processor's output folder for descriptors, in the class output. */
  static final String DIRECTORY = "META-INF/slipway/runtime/";

  DescriptorFile {
    latencyBuckets = List.copyOf(latencyBuckets);
  }

  /** The descriptor of {@code serviceClass}, from the class loader that loaded the class. */
  static DescriptorFile read(Class<?> serviceClass) {
    String resource = DIRECTORY + serviceClass.getName() + ".properties";
    ClassLoader loader = serviceClass.getClassLoader();
    try (InputStream in =
        loader == null ? ClassLoader.getSystemResourceAsStream(resource) : loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "No Slipway descriptor for "
                + serviceClass.getName()
                + " (no "
                + resource
                + "): is it annotated with @Service, is slipway-processor on the annotation processor"
                + " path and slipway-runtime on the compile class path, and did the compile succeed?");
      }
      Properties properties = new Properties();
      properties.load(in);
      return parse(properties, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }

  /** The descriptor in {@code properties}; {@code source} names them in errors. */
  static DescriptorFile parse(Properties properties, String source) {
    Values values = new Values(properties, source);
    return new DescriptorFile(
        values.text("serviceClass"),
        values.text("name"),
        values.text("team"),
        values.integer("port"),
        values.integer("healthPort"),
        values.text("livenessPath"),
        values.text("readinessPath"),
        values.text("startupPath"),
        values.text("metricsPath"),
        values.integer("metricsPort"),
        values.decimal("availabilityObjective"),
        values.duration("latencyThreshold"),
        values.durations("latencyBuckets"),
        values.duration("drain"),
        values.duration("gracePeriod"));
  }

  /** Typed access to the properties, failing with the key and the file at fault. */
  private record Values(Properties properties, String source) {

    String text(String key) {
      String value = properties.getProperty(key);
      if (value == null) {
        throw invalid(key, "is missing");
      }
      return value;
    }

    int integer(String key) {
      try {
        return Integer.parseInt(text(key));
      } catch (NumberFormatException e) {
        throw invalid(key, "is not a whole number: " + text(key));
      }
    }

    double decimal(String key) {
      try {
        return Double.parseDouble(text(key));
      } catch (NumberFormatException e) {
        throw invalid(key, "is not a number: " + text(key));
      }
    }

    Duration duration(String key) {
      return parseDuration(key, text(key));
    }

    List<Duration> durations(String key) {
      return Arrays.stream(text(key).split(",")).map(d -> parseDuration(key, d)).toList();
    }

    private Duration parseDuration(String key, String text) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw invalid(key, "is not an ISO 8601 duration: " + text);
      }
    }

    private IllegalStateException invalid(String key, String problem) {
      return new IllegalStateException(
          source + ": '" + key + "' " + problem + "; recompile the service with the slipway-processor"
              + " of the same version as slipway-runtime");
    }
  }
}
