import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a synthetic Maven-shaped module for the compile-time benchmark: {@code classes} classes
 * of ordinary code (fields, generics, collections, streams, a nested record, calls into a
 * neighbour class), of which {@code services} carry deployment annotations.
 *
 * <p>The annotations are written in one of two flavours. The benchmark's floor compiles the same
 * module with {@code -proc:none}, so each processor is measured against its own sources:
 *
 * <ul>
 *   <li>{@code slipway}: {@code @Service} with resources, env and dependsOn, {@code @Scaling},
 *       {@code @HealthCheck} and {@code @Slo} on every service; {@code @Canary} on every second
 *       and {@code @Expose} (through an Ingress, as Dekorate writes it) on every fourth. All values are valid, so the processor writes every
 *       artifact.
 *   <li>{@code dekorate}: the same services as far as Dekorate 4.1.5 can express them
 *       ({@code @KubernetesApplication} with name, port, replicas, env, the three probes,
 *       requests and limits, a team label and an ingress; {@code @DockerBuild} for the image).
 *       Dekorate has no autoscaler, canary, SLO or dependency attributes. Dekorate is built for
 *       one application per module: it merges every {@code @KubernetesApplication} of a compile
 *       into one configuration and then fails ("Duplicate key team"), so only the first service
 *       class is annotated and the others stay plain code.
 *   <li>{@code plain}: no annotations at all.
 * </ul>
 *
 * <p>Usage: {@code java Generate.java <module-dir> <classes> <services> <slipway|dekorate>}.
 * Output depends only on the arguments.
 */
public final class Generate {

  /** Classes per package, so that a 1000-class module looks like a project, not one huge folder. */
  private static final int PER_PACKAGE = 20;

  private static final String[] WORDS = {
    "orders", "payments", "billing", "catalog", "search", "shipping", "inventory", "accounts",
    "pricing", "reviews", "ledger", "notify", "profile", "session", "quotes", "returns"
  };

  public enum Flavour {
    SLIPWAY,
    DEKORATE
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println(
          "usage: java Generate.java <module-dir> <classes> <services> <slipway|dekorate>");
      System.exit(2);
    }
    Path module = Path.of(args[0]);
    List<Path> sources =
        module(
            module,
            Integer.parseInt(args[1]),
            Integer.parseInt(args[2]),
            Flavour.valueOf(args[3].toUpperCase(Locale.ROOT)));
    System.out.println("wrote " + sources.size() + " classes to " + module);
  }

  /**
   * Writes the module and returns its source files. Services are spread evenly over the classes.
   * A {@code pom.xml} is written too: Dekorate refuses to run without a build file above the
   * class output.
   */
  public static List<Path> module(Path module, int classes, int services, Flavour flavour)
      throws IOException {
    if (services > classes || classes < 1 || services < 0) {
      throw new IllegalArgumentException(classes + " classes cannot hold " + services + " services");
    }
    Path sourceRoot = module.resolve("src/main/java");
    Files.createDirectories(sourceRoot);
    Files.writeString(module.resolve("pom.xml"), pom(module.getFileName().toString()));
    List<Path> files = new ArrayList<>();
    int serviceIndex = 0;
    for (int i = 0; i < classes; i++) {
      // class i is the k-th service when it is the first class at or past k * classes / services
      boolean isService =
          serviceIndex < services && i == (int) ((long) serviceIndex * classes / services);
      boolean annotated = isService && (flavour == Flavour.SLIPWAY || serviceIndex == 0);
      String pkg = packageOf(i);
      Path dir = sourceRoot.resolve(pkg.replace('.', '/'));
      Files.createDirectories(dir);
      Path file = dir.resolve(className(i) + ".java");
      Files.writeString(
          file,
          annotated
              ? source(i, pkg, imports(flavour), annotations(flavour, serviceIndex))
              : source(i, pkg, "", ""));
      files.add(file);
      if (isService) {
        serviceIndex++;
      }
    }
    return files;
  }

  static String packageOf(int i) {
    return String.format(Locale.ROOT, "com.acme.bench.p%03d", i / PER_PACKAGE);
  }

  static String className(int i) {
    return String.format(Locale.ROOT, "Component%04d", i);
  }

  static String serviceName(int k) {
    return WORDS[k % WORDS.length] + "-" + k;
  }

  private static String pom(String artifactId) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme.bench</groupId>
          <artifactId>%s</artifactId>
          <version>1.0.0</version>
        </project>
        """
        .formatted(artifactId);
  }

  private static String imports(Flavour flavour) {
    return switch (flavour) {
      case SLIPWAY -> Stream.of("Canary", "Env", "Expose", "HealthCheck", "Resources", "Scaling", "Service", "Slo")
          .map(a -> "import dev.slipway.annotations." + a + ";\n")
          .collect(Collectors.joining());
      case DEKORATE -> "import io.dekorate.docker.annotation.DockerBuild;\n"
          + Stream.of("Env", "Ingress", "KubernetesApplication", "Label", "Port", "Probe", "ResourceRequirements")
              .map(a -> "import io.dekorate.kubernetes.annotation." + a + ";\n")
              .collect(Collectors.joining());
    };
  }

  private static String annotations(Flavour flavour, int k) {
    return switch (flavour) {
      case SLIPWAY -> slipway(k);
      case DEKORATE -> dekorate(k);
    };
  }

  private static String slipway(int k) {
    String name = serviceName(k);
    StringBuilder sb = new StringBuilder();
    sb.append(
        """
        @Service(
            name = "%1$s",
            image = "ghcr.io/acme/%1$s:1.4.%2$d",
            port = 8080,
            team = "commerce",
            resources = @Resources(
                cpu = "250m", memory = "256Mi", cpuLimit = "1", memoryLimit = "512Mi"),
            env = {
              @Env(name = "LOG_LEVEL", value = "info"),
              @Env(name = "DATABASE_URL", secret = "%1$s-db", key = "url")
            },
            dependsOn = {%3$s})
        @Scaling(min = 4, max = 12, cpuUtilization = 70)
        @HealthCheck(
            liveness = "/health/live", readiness = "/health/ready", startup = "/health/started",
            period = "10s", timeout = "2s", failureThreshold = 3)
        @Slo(availability = 99.9, latency = "300ms", latencyTarget = 99.0)
        """
            .formatted(name, k % 10, k == 0 ? "" : "\"" + serviceName(k - 1) + "\""));
    if (k % 2 == 0) {
      sb.append(
          """
          @Canary(
              steps = {25, 50, 75}, pause = "5m", maxErrorRate = 0.01, maxLatencyP99 = "500ms")
          """);
    }
    if (k % 4 == 0) {
      sb.append(
          """
          @Expose(via = Expose.Via.INGRESS, host = "%1$s.acme.example", tlsSecret = "%1$s-tls")
          """
              .formatted(name));
    }
    return sb.toString();
  }

  private static String dekorate(int k) {
    String name = serviceName(k);
    String ingress =
        k % 4 == 0
            ? """

                ingress = @Ingress(
                    host = "%1$s.acme.example", expose = true, tlsSecretName = "%1$s-tls"),"""
                .formatted(name)
            : "";
    return """
        @DockerBuild(image = "ghcr.io/acme/%1$s:1.4.%2$d")
        @KubernetesApplication(
            name = "%1$s",
            replicas = 4,
            labels = @Label(key = "team", value = "commerce"),
            ports = @Port(name = "http", containerPort = 8080),
            envVars = {
              @Env(name = "LOG_LEVEL", value = "info"),
              @Env(
                  name = "DATABASE_URL", secret = "%1$s-db", value = "url")
            },
            livenessProbe = @Probe(
                httpActionPath = "/health/live", periodSeconds = 10, timeoutSeconds = 2,
                failureThreshold = 3),
            readinessProbe = @Probe(
                httpActionPath = "/health/ready", periodSeconds = 10, timeoutSeconds = 2,
                failureThreshold = 3),
            startupProbe = @Probe(
                httpActionPath = "/health/started", periodSeconds = 10, timeoutSeconds = 2,
                failureThreshold = 3),%3$s
            requestResources = @ResourceRequirements(
                cpu = "250m", memory = "256Mi"),
            limitResources = @ResourceRequirements(
                cpu = "1", memory = "512Mi"))
        """
        .formatted(name, k % 10, ingress);
  }

  /** Ordinary application code; class {@code i} uses class {@code i - 1} of its package. */
  private static String source(int i, String pkg, String imports, String annotations) {
    String self = className(i);
    boolean hasPeer = i % PER_PACKAGE != 0;
    String peerType = hasPeer ? className(i - 1) : "Object";
    String peerUse =
        hasPeer
            ? "peer == null ? 0 : peer.total(\"k\" + (depth - 1), depth - 1)"
            : "peer == null ? 0 : peer.hashCode()";
    return """
        package %1$s;

        %7$simport java.util.ArrayList;
        import java.util.Collection;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.stream.Collectors;

        /** Synthetic component %2$s (%5$s). */
        %3$spublic class %2$s {

          /** One observation. */
          public record Entry(String key, long value, List<String> tags) {
            public Entry {
              tags = List.copyOf(tags);
            }
          }

          private final Map<String, List<Entry>> index = new HashMap<>();
          private final %4$s peer;
          private final String name;
          private long counter;

          public %2$s(String name, %4$s peer) {
            this.name = name;
            this.peer = peer;
          }

          public void add(String key, long value, String... tags) {
            counter++;
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(key, value, List.of(tags)));
          }

          public long total(String key, int depth) {
            long own = index.getOrDefault(key, List.of()).stream().mapToLong(Entry::value).sum();
            return depth <= 0 ? own : own + (%6$s);
          }

          public <T extends Comparable<? super T>> Optional<T> largest(Collection<? extends T> items) {
            T best = null;
            for (T item : items) {
              if (best == null || item.compareTo(best) > 0) {
                best = item;
              }
            }
            return Optional.ofNullable(best);
          }

          public List<String> topKeys(int limit) {
            return index.keySet().stream().sorted().limit(limit).collect(Collectors.toList());
          }

          public String describe(int level) {
            String kind;
            switch (level) {
              case 0:
                kind = "quiet";
                break;
              case 1:
                kind = "normal";
                break;
              default:
                kind = level > 5 ? "loud" : "busy";
            }
            StringBuilder sb = new StringBuilder(name).append(':').append(kind);
            for (Map.Entry<String, List<Entry>> e : index.entrySet()) {
              sb.append(' ').append(e.getKey()).append('=').append(e.getValue().size());
            }
            return sb.append(" after ").append(counter).append(" adds").toString();
          }

          public static void main(String[] args) {
            %2$s component = new %2$s("%2$s", null);
            for (int i = 0; i < args.length; i++) {
              component.add(args[i], i, "cli");
            }
            System.out.println(component.describe(args.length));
          }
        }
        """
        .formatted(
            pkg,
            self,
            annotations,
            peerType,
            annotations.isEmpty() ? "ordinary code" : "a deployable service",
            peerUse,
            imports);
  }

  private Generate() {}
}
