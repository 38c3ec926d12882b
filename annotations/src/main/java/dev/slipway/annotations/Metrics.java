package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where Prometheus scrapes the service. The Slipway runtime serves {@code /metrics} on the
 * health-check port; on Spring Boot use {@code @Metrics(path = "/actuator/prometheus")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Metrics {

  /** The scrape path. Default: {@code "/metrics"}. */
  String path() default "/metrics";

  /**
   * The scrape port; 0 means the health-check port (itself the service port by default). Default:
   * {@code 0}.
   */
  int port() default 0;

  /** The scrape interval, a duration. Default: {@code "30s"}. */
  String interval() default "30s";
}
