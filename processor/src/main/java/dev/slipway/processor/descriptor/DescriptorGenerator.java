package dev.slipway.processor.descriptor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.slipway.annotations.HealthCheck;
import dev.slipway.processor.model.HealthCheckModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.values.Durations;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes a service's descriptor: a small Java class, next to the annotated class and named after
 * it ({@code OrdersService} gets {@code OrdersServiceSlipway}), implementing
 * {@code dev.slipway.runtime.ServiceDescriptor} with the values the generated manifests and alerts
 * were built from. The runtime reads these instead of the annotations, so the process serves what
 * the manifests probe. A pure function of the model; the processor writes the file.
 */
public final class DescriptorGenerator {

  public static final ClassName SERVICE_DESCRIPTOR = ClassName.get("dev.slipway.runtime", "ServiceDescriptor");

  /** The {@code ServiceLoader} registration listing every descriptor of the compile. */
  public static final String SERVICES_FILE = "META-INF/services/" + SERVICE_DESCRIPTOR.reflectionName();

  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName DURATION = ClassName.get(Duration.class);
  private static final ClassName STRING = ClassName.get(String.class);

  private DescriptorGenerator() {}

  /** The descriptor's class: in the service's package, the enclosing names joined by '_'. */
  public static ClassName descriptorName(ClassName serviceClass) {
    return ClassName.get(serviceClass.packageName(), String.join("_", serviceClass.simpleNames()) + "Slipway");
  }

  /** The descriptor source of {@code service}, whose annotated class is {@code serviceClass}. */
  public static JavaFile generate(ServiceModel service, ClassName serviceClass) {
    TypeSpec descriptor =
        TypeSpec.classBuilder(descriptorName(serviceClass))
            .addJavadoc(
                "What the manifests and alerts generated for {@link $T} assume about the\n"
                    + "running service, read by the Slipway runtime. Generated from the class's\n"
                    + "annotations: change those, not this file.\n",
                serviceClass)
            .addAnnotation(
                AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", "dev.slipway.processor.SlipwayProcessor")
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(SERVICE_DESCRIPTOR)
            .addMethod(getter("serviceClass", STRING, CodeBlock.of("$S", serviceClass.reflectionName())))
            .addMethod(getter("name", STRING, CodeBlock.of("$S", service.serviceName())))
            .addMethod(getter("team", STRING, CodeBlock.of("$S", service.team().value())))
            .addMethod(getter("port", TypeName.INT, CodeBlock.of("$L", service.port().value())))
            .addMethod(getter("healthPort", TypeName.INT, CodeBlock.of("$L", service.healthPort())))
            .addMethod(getter("livenessPath", STRING, path(service, HealthCheckModel::liveness, "liveness")))
            .addMethod(getter("readinessPath", STRING, path(service, HealthCheckModel::readiness, "readiness")))
            .addMethod(getter("startupPath", STRING, path(service, HealthCheckModel::startup, "startup")))
            .addMethod(getter("metricsPath", STRING, CodeBlock.of("$S", service.metrics().path().value())))
            .addMethod(getter("metricsPort", TypeName.INT, CodeBlock.of("$L", service.metricsPort())))
            .addMethod(getter("availabilityObjective", TypeName.DOUBLE,
                CodeBlock.of("$L", service.slo().availability().value())))
            .addMethod(getter("latencyThreshold", DURATION,
                duration(parse(service.slo().latency().value()))))
            .addMethod(getter("latencyBuckets", ParameterizedTypeName.get(ClassName.get(List.class), DURATION),
                CodeBlock.of("$T.of(\n$L)", List.class, LatencyBuckets.of(service).stream()
                    .map(DescriptorGenerator::duration)
                    .collect(CodeBlock.joining(",\n")))))
            .addMethod(getter("drain", DURATION, duration(parse(service.drain().value()))))
            .addMethod(getter("gracePeriod", DURATION, duration(parse(service.gracePeriod().value()))))
            .build();
    return JavaFile.builder(serviceClass.packageName(), descriptor).skipJavaLangImports(true).indent("  ").build();
  }

  /** The content of {@link #SERVICES_FILE}: the descriptors' binary names, one per line, sorted. */
  public static String servicesFile(List<ClassName> descriptors) {
    StringBuilder sb = new StringBuilder();
    descriptors.stream().map(ClassName::reflectionName).sorted().forEach(name -> sb.append(name).append('\n'));
    return sb.toString();
  }

  private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", value)
        .build();
  }

  /** A duration attribute; validation has already rejected malformed ones. */
  static Duration parse(String duration) {
    return Durations.parse(duration)
        .orElseThrow(() -> new IllegalArgumentException("not a duration: " + duration));
  }

  /** {@code Duration.ofSeconds(n)} when whole seconds, else {@code Duration.ofMillis(n)}. */
  private static CodeBlock duration(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0
        ? CodeBlock.of("$T.ofSeconds($L)", DURATION, millis / 1000)
        : CodeBlock.of("$T.ofMillis($L)", DURATION, millis);
  }

  /**
   * A probe path from {@code @HealthCheck}; without it, the annotation's default, so the runtime
   * still serves the probes a later {@code @HealthCheck} would point at.
   */
  private static CodeBlock path(
      ServiceModel service, Function<HealthCheckModel, Located<String>> member, String attribute) {
    String path = service.healthCheck().map(h -> member.apply(h).value()).orElseGet(() -> defaultOf(attribute));
    return CodeBlock.of("$S", path);
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
