package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Something the service calls that is not a {@code @Service} of its own compile and not in {@link
 * Service#dependsOn()}: a database, a message broker, an external API. The service's NetworkPolicy
 * denies all other egress (DNS and {@code dependsOn} services aside), so whatever the service
 * connects to must be declared here, with exactly one of {@link #host()}, {@link #cidr()} or {@link
 * #namespace()}.
 *
 * <pre>{@code
 * @Egress(cidr = "10.20.0.0/16", ports = 5432)          // the database network
 * @Egress(host = "api.stripe.com", ports = 443)         // an external API
 * @Egress(namespace = "kafka", ports = {9092, 9093})    // a broker in the cluster
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Egress.List.class)
public @interface Egress {

  /**
   * A DNS name outside the cluster, such as {@code "api.stripe.com"}. A Kubernetes NetworkPolicy
   * cannot select by name, so this opens the ports to any address; prefer {@link #cidr()} when the
   * addresses are known.
   */
  String host() default "";

  /**
   * An address range in CIDR notation, such as {@code "10.20.0.0/16"} or {@code "2001:db8::/32"}.
   */
  String cidr() default "";

  /** A namespace of the cluster whose pods the service calls, such as {@code "kafka"}. */
  String namespace() default "";

  /** The TCP ports, at least one, each in 1..65535. */
  int[] ports();

  /** Container for repeated {@link Egress}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Egress[] value();
  }
}
