package dev.slipway.spring;

import dev.slipway.runtime.ServiceDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.Environment;

/**
 * How the starter finds the application's {@code @Service} class, the one whose generated
 * descriptor it reads: the class named by {@code slipway.service-class} if set, else the
 * application's main class, else its primary sources (the {@code @SpringBootApplication} class,
 * also under {@code @SpringBootTest}); the first that has a descriptor wins.
 */
final class ServiceClasses {

  /** Names the {@code @Service} class when it is not the application class. */
  static final String SERVICE_CLASS = "slipway.service-class";

  /** {@code false} switches the starter off. */
  static final String ENABLED = "slipway.enabled";

  private ServiceClasses() {}

  /** The service class of {@code application}, or why there is none. */
  static Class<?> find(Environment environment, SpringApplication application) {
    ClassLoader loader = application.getClassLoader();
    Set<String> candidates = new LinkedHashSet<>();
    String named = environment.getProperty(SERVICE_CLASS);
    if (named != null && !named.isBlank()) {
      candidates.add(named.strip());
    }
    if (application.getMainApplicationClass() != null) {
      candidates.add(application.getMainApplicationClass().getName());
    }
    for (Object source : application.getAllSources()) {
      if (source instanceof Class<?> type) {
        candidates.add(type.getName());
      }
    }
    for (String candidate : candidates) {
      Optional<Class<?>> type = load(candidate, loader);
      if (type.isPresent()
          && load(ServiceDescriptor.descriptorClassName(candidate), loader).isPresent()) {
        return type.get();
      }
    }
    List<String> tried = new ArrayList<>(candidates);
    throw new IllegalStateException(
        "slipway-spring-boot found no Slipway descriptor for the application (tried "
            + tried
            + "): annotate the @SpringBootApplication class with @Service and compile it with"
            + " slipway-processor on the annotation processor path, or name the @Service class with "
            + SERVICE_CLASS
            + ", or set "
            + ENABLED
            + "=false");
  }

  /**
   * The descriptor of the service class named in {@code environment} (set by the post-processor).
   */
  static ServiceDescriptor descriptor(Environment environment, ClassLoader loader) {
    String name = environment.getRequiredProperty(SERVICE_CLASS);
    return ServiceDescriptor.of(
        load(name, loader)
            .orElseThrow(
                () -> new IllegalStateException(SERVICE_CLASS + " = " + name + " is not a class")));
  }

  private static Optional<Class<?>> load(String name, ClassLoader loader) {
    try {
      return Optional.of(Class.forName(name, false, loader));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }
}
