package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes the service outside the cluster through an {@code Ingress} with TLS.
 *
 * <pre>{@code @Expose(host = "orders.acme.com", tlsSecret = "orders-tls")}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Expose {

  /** The public host name, a DNS subdomain such as {@code "orders.acme.com"}. Required. */
  String host();

  /** The path prefix routed to the service. Default: {@code "/"}. */
  String path() default "/";

  /**
   * The Secret holding the TLS certificate for {@link #host()}. Exposure without TLS is a
   * production error. Default: {@code ""} (none).
   */
  String tlsSecret() default "";

  /** The {@code ingressClassName}; {@code ""} uses the cluster's default class. Default: {@code ""}. */
  String ingressClass() default "";
}
