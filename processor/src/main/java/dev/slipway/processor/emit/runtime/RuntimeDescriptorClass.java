package dev.slipway.processor.emit.runtime;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.slipway.annotations.HealthCheck;
import dev.slipway.processor.emit.GeneratedSource;
import dev.slipway.processor.plan.Probes;
import dev.slipway.processor.plan.ServicePlan;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The runtime binding of one service: a generated class {@code <ServiceClass>_SlipwayDescriptor}
 * next to the annotated class, implementing {@code dev.slipway.runtime.ServiceDescriptor} with what
 * the manifests and alerts generated for the service assume about the running process (ports, probe
 * and scrape paths, SLO thresholds with their histogram buckets, shutdown timings). The Slipway
 * runtime and the Spring Boot starter load it by that name from the service class's own class
 * loader, so the process serves what the manifests probe, without reading annotations at run time.
 * Generated only when the runtime or the starter is on the class path.
 */
public final class RuntimeDescriptorClass {

  /** Appended to the annotated class's name ({@code $} of a nested class becomes {@code _}). */
  public static final String SUFFIX = "_SlipwayDescriptor";

  static final ClassName SERVICE_DESCRIPTOR =
      ClassName.get("dev.slipway.runtime", "ServiceDescriptor");

  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeDescriptorClass() {}

  /**
   * The name of the descriptor of the class with binary name {@code serviceClass}: {@code
   * com.acme.Shop$CartService} → {@code com.acme.Shop_CartService_SlipwayDescriptor}.
   */
  public static String qualifiedName(String serviceClass) {
    int dot = serviceClass.lastIndexOf('.');
    return serviceClass.substring(0, dot + 1)
        + serviceClass.substring(dot + 1).replace('$', '_')
        + SUFFIX;
  }

  /** The descriptor source of {@code service}. */
  public static GeneratedSource of(ServicePlan service) {
    String qualified = qualifiedName(service.className());
    int dot = qualified.lastIndexOf('.');
    String packageName = dot < 0 ? "" : qualified.substring(0, dot);
    TypeSpec type =
        TypeSpec.classBuilder(qualified.substring(dot + 1))
            .addJavadoc(
                "What the manifests and alerts generated for {@code $L}\n"
                    + "assume about the running service, read by the Slipway runtime and the Slipway Spring\n"
                    + "Boot starter. Generated from the class's annotations: change those, not this file.\n",
                service.className())
            .addAnnotation(
                AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", "dev.slipway.processor.SlipwayProcessor")
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(SERVICE_DESCRIPTOR)
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(List.class, Duration.class),
                        "LATENCY_BUCKETS",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer(durations(service.latencyBuckets()))
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("For the runtime, which creates the one instance it needs.\n")
                    .build())
            .addMethod(
                getter("serviceClass", String.class, CodeBlock.of("$S", service.className())))
            .addMethod(getter("name", String.class, CodeBlock.of("$S", service.name())))
            .addMethod(getter("team", String.class, CodeBlock.of("$S", service.team())))
            // a worker's runtime serves only its management port, and no routes of its own
            .addMethod(
                getter(
                    "port",
                    int.class,
                    CodeBlock.of(
                        "$L",
                        service.ports().servesHttp()
                            ? service.ports().http()
                            : service.ports().health())))
            .addMethod(
                getter("healthPort", int.class, CodeBlock.of("$L", service.ports().health())))
            .addMethod(
                getter(
                    "livenessPath",
                    String.class,
                    path(service, p -> Optional.of(p.liveness()), "liveness")))
            .addMethod(
                getter(
                    "readinessPath",
                    String.class,
                    path(service, p -> Optional.of(p.readiness()), "readiness")))
            .addMethod(
                getter("startupPath", String.class, path(service, Probes::startup, "startup")))
            .addMethod(
                getter("metricsPath", String.class, CodeBlock.of("$S", service.metrics().path())))
            .addMethod(
                getter("metricsPort", int.class, CodeBlock.of("$L", service.ports().metrics())))
            .addMethod(
                getter(
                    "availabilityObjective",
                    double.class,
                    CodeBlock.of(
                        "$L",
                        service.slo().availability().target().movePointRight(2).toPlainString())))
            .addMethod(
                getter(
                    "latencyThreshold",
                    Duration.class,
                    duration(service.slo().latencyThreshold().duration())))
            .addMethod(
                getter(
                    "latencyBuckets",
                    ParameterizedTypeName.get(List.class, Duration.class),
                    CodeBlock.of("LATENCY_BUCKETS")))
            .addMethod(getter("drain", Duration.class, duration(service.drain().duration())))
            .addMethod(
                getter("gracePeriod", Duration.class, duration(service.gracePeriod().duration())))
            .build();
    String source =
        JavaFile.builder(packageName, type)
            .skipJavaLangImports(true)
            .indent("  ")
            .build()
            .toString();
    return new GeneratedSource(qualified, service.className(), source);
  }

  private static MethodSpec getter(String name, Class<?> type, CodeBlock value) {
    return getter(name, TypeName.get(type), value);
  }

  private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", value)
        .build();
  }

  private static CodeBlock durations(List<Duration> durations) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < durations.size(); i++) {
      list.add(i == 0 ? "$L" : ",$W$L", duration(durations.get(i)));
    }
    return list.add(")").build();
  }

  private static CodeBlock duration(Duration duration) {
    if (duration.toNanos() % 1_000_000 != 0) {
      return CodeBlock.of("$T.ofNanos($LL)", Duration.class, duration.toNanos());
    }
    long millis = duration.toMillis();
    return millis % 1000 == 0
        ? CodeBlock.of("$T.ofSeconds($L)", Duration.class, millis / 1000)
        : CodeBlock.of("$T.ofMillis($L)", Duration.class, millis);
  }

  /**
   * A probe path from {@code @HealthCheck}; without it, the annotation's default, so the runtime
   * still serves the probes a later {@code @HealthCheck} would point at. A service with probes but
   * no startup path gets none ({@code ""}).
   */
  private static CodeBlock path(
      ServicePlan service, Function<Probes, Optional<String>> member, String attribute) {
    String path =
        service.probes().isPresent()
            ? member.apply(service.probes().get()).orElse("")
            : defaultOf(attribute);
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
