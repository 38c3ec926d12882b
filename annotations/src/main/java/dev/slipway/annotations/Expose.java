package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes the service outside the cluster: by default through a Gateway API {@code HTTPRoute}
 * attached to a Gateway the platform team runs, or, on a cluster without the Gateway API, through
 * an {@code Ingress} with TLS ({@code via = Via.INGRESS}).
 *
 * <pre>{@code @Expose(host = "orders.acme.com", gateway = "infra/public")}</pre>
 *
 * <pre>
 * {@code @Expose(via = Expose.Via.INGRESS, host = "orders.acme.com", tlsSecret = "orders-tls")}
 * </pre>
 *
 * <p>Through a Gateway, TLS is the Gateway listener's: the route attaches to the listener named by
 * {@link #listener()} (an HTTPS listener holding the host's certificate), and a {@code @Canary}
 * service gets exact traffic weights from Argo Rollouts' Gateway API plugin.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Expose {

  /** How a request from outside the cluster reaches the service. */
  enum Via {
    /**
     * A Gateway API {@code HTTPRoute} ({@code gateway.networking.k8s.io/v1}) attached to {@link
     * #gateway()}'s {@link #listener()}; a canary's weights are set on its backends.
     */
    GATEWAY,
    /**
     * A {@code networking.k8s.io/v1 Ingress} with TLS from {@link #tlsSecret()}, for clusters
     * without the Gateway API; a canary's weights are then approximated with pods.
     */
    INGRESS
  }

  /** The public host name, a DNS subdomain such as {@code "orders.acme.com"}. Required. */
  String host();

  /** The path prefix routed to the service. Default: {@code "/"}. */
  String path() default "/";

  /**
   * Through a Gateway API route ({@link Via#GATEWAY}) or an Ingress ({@link Via#INGRESS}). Default:
   * {@link Via#GATEWAY}.
   */
  Via via() default Via.GATEWAY;

  /**
   * The Gateway the route attaches to, as {@code "<namespace>/<name>"}, e.g. {@code
   * "infra/public"}; {@code ""} takes the processor option {@code -Aslipway.gateway}, which a
   * platform sets once for every service. One of the two is required with {@link Via#GATEWAY}; not
   * allowed with {@link Via#INGRESS}. Default: {@code ""}.
   */
  String gateway() default "";

  /**
   * The Gateway listener the route attaches to (its {@code sectionName}): the HTTPS listener that
   * terminates TLS for {@link #host()}. Only with {@link Via#GATEWAY}. Default: {@code "https"}.
   */
  String listener() default "https";

  /**
   * The Secret holding the TLS certificate for {@link #host()}, only with {@link Via#INGRESS}
   * (through a Gateway the listener holds the certificate). Exposure through an Ingress without TLS
   * is a production error. Default: {@code ""} (none).
   */
  String tlsSecret() default "";

  /**
   * The {@code ingressClassName}, only with {@link Via#INGRESS}; {@code ""} uses the cluster's
   * default class. Default: {@code ""}.
   */
  String ingressClass() default "";
}
