package dev.slipway.processor.rules.network;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EgressModel;
import dev.slipway.processor.model.EnvModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.Cidr;
import dev.slipway.processor.values.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-NET-004: what the service's configuration says it connects to is let through its
 * NetworkPolicy. An env value that is a connection string must point at a {@code dependsOn} service
 * or a declared {@code @Egress}; a service that reads credentials from a Secret (whatever they are
 * for is outside the compile) must declare some egress at all.
 */
public final class UndeclaredEgress extends ServiceRule {

  /**
   * Ports to suggest for a Secret's peer, by a word in the variable's name; the more specific words
   * first ({@code MONGODB_URI} is MongoDB, not a generic database).
   */
  private static final List<Map.Entry<String, Integer>> PORTS_BY_NAME =
      List.of(
          Map.entry("MONGO", 27017),
          Map.entry("POSTGRES", 5432),
          Map.entry("MYSQL", 3306),
          Map.entry("MARIADB", 3306),
          Map.entry("REDIS", 6379),
          Map.entry("KAFKA", 9092),
          Map.entry("AMQP", 5672),
          Map.entry("RABBIT", 5672),
          Map.entry("DATABASE", 5432),
          Map.entry("DB", 5432));

  public UndeclaredEgress() {
    super(
        "SLW-NET-004",
        Severity.WARNING,
        Guard.READINESS,
        "What the environment connects to is declared with dependsOn or @Egress",
        "The NetworkPolicy lets the pods reach only DNS, the dependsOn services and each"
            + " @Egress: a database or API the service reads from its environment but never"
            + " declares is unreachable after kubectl apply.",
        "Add the peer to dependsOn (a service Slipway deploys) or declare it, e.g."
            + " @Egress(host = \"db.acme.internal\", ports = 5432); waive the rule for a value"
            + " that is not a connection.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    List<Finding> findings = new ArrayList<>();
    for (EnvModel env : service.env()) {
      if (!env.value().value().isEmpty()) {
        Optional<Finding> undeclared = undeclared(service, env);
        if (undeclared.isPresent()) {
          findings.add(undeclared.get());
        }
      }
    }
    if (service.egress().isEmpty()) {
      for (EnvModel env : service.env()) {
        if (!env.secret().value().isEmpty()) {
          findings.add(secretWithoutEgress(service, env));
          break;
        }
      }
    }
    return findings.stream();
  }

  private Optional<Finding> undeclared(ServiceModel service, EnvModel env) {
    Optional<Endpoint> endpoint = Endpoint.parse(env.value().value());
    if (endpoint.isEmpty() || allowed(service, endpoint.get())) {
      return Optional.empty();
    }
    Endpoint to = endpoint.get();
    String advice =
        to.inCluster()
            ? "add it to dependsOn if Slipway deploys it, else declare its namespace:"
                + " @Egress(namespace = \"<its namespace>\", ports = "
                + to.port()
                + ")"
            : "declare it: @Egress("
                + (to.address().isPresent()
                    ? "cidr = " + Describe.literal(cidrOf(to))
                    : "host = " + Describe.literal(to.host()))
                + ", ports = "
                + to.port()
                + ")";
    return Optional.of(
        finding(
            new Attribute<>(
                "Env", "name = " + Describe.literal(env.name().value()), "value", env.value()),
            "connects to "
                + to.host()
                + ":"
                + to.port()
                + ", which neither dependsOn nor an @Egress lets through the NetworkPolicy; "
                + advice));
  }

  private Finding secretWithoutEgress(ServiceModel service, EnvModel env) {
    int port = suggestedPort(env.name().value());
    return finding(
        new Attribute<>(
            "Env", "name = " + Describe.literal(env.name().value()), "secret", env.secret()),
        "reads credentials from a Secret, but "
            + service.serviceName()
            + " declares no @Egress: its NetworkPolicy lets it reach only DNS and its dependsOn"
            + " services, so whatever the credentials are for is blocked; declare it, e.g."
            + " @Egress(host = \"<host>\", ports = "
            + port
            + "), or waive SLW-NET-004 when the Secret is for a dependsOn service");
  }

  /** Whether {@code endpoint} is a dependsOn service or lies in a declared egress. */
  private static boolean allowed(ServiceModel service, Endpoint endpoint) {
    String host = endpoint.host().toLowerCase(Locale.ROOT);
    for (Located<String> dependency : service.dependsOn()) {
      if (host.equals(dependency.value()) || host.startsWith(dependency.value() + ".")) {
        return true;
      }
    }
    for (EgressModel egress : service.egress()) {
      if (covers(egress, endpoint, host)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(EgressModel egress, Endpoint endpoint, String host) {
    boolean port = false;
    for (Located<Integer> declaredPort : egress.ports().value()) {
      port |= declaredPort.value() == endpoint.port();
    }
    String declared = egress.host().value().toLowerCase(Locale.ROOT);
    boolean byHost =
        !declared.isEmpty()
            && (declared.equals(host)
                || declared.startsWith("*.") && host.endsWith(declared.substring(1)));
    Optional<Cidr> cidr = Cidr.parse(egress.cidr().value());
    boolean byCidr =
        endpoint.address().isPresent()
            && cidr.isPresent()
            && cidr.get().contains(endpoint.address().get());
    String namespace = egress.namespace().value();
    boolean byNamespace =
        !namespace.isEmpty()
            && (host.endsWith("." + namespace) || host.contains("." + namespace + ".svc"));
    return port && (byHost || byCidr || byNamespace);
  }

  /** {@code 10.20.0.7} as the single-address range {@code 10.20.0.7/32}. */
  private static String cidrOf(Endpoint endpoint) {
    return endpoint.host() + (endpoint.address().orElseThrow().length == 4 ? "/32" : "/128");
  }

  private static int suggestedPort(String variable) {
    String upper = variable.toUpperCase(Locale.ROOT);
    for (Map.Entry<String, Integer> byName : PORTS_BY_NAME) {
      if (upper.contains(byName.getKey())) {
        return byName.getValue();
      }
    }
    return 443;
  }
}
