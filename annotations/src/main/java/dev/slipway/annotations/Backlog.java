package dev.slipway.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The backlog a {@link Worker} consumes from, as a Prometheus gauge: a consumer group's lag, a
 * queue's depth. Slipway alerts when the sum of the matching series stays above {@link
 * #threshold()} for {@link #duration()}, shows the backlog on the worker's dashboard and explains
 * it in the runbook.
 *
 * <pre>{@code
 * @Backlog(metric = "kafka_consumergroup_lag", labels = {"consumergroup=invoicing", "topic=orders"},
 *          threshold = 10000, duration = "10m")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Backlog {

  /**
   * The metric name, as Prometheus stores it, for example {@code "kafka_consumergroup_lag"}
   * (kafka-exporter), {@code "rabbitmq_queue_messages_ready"} or {@code
   * "aws_sqs_approximate_number_of_messages_visible_average"}. Required.
   */
  String metric();

  /**
   * Label matchers that select this worker's backlog among the metric's series, each {@code
   * "name=value"}, for example {@code {"consumergroup=invoicing", "topic=orders"}}. The values are
   * matched exactly (escaped for PromQL). Default: none, every series of the metric.
   */
  String[] labels() default {};

  /**
   * The backlog, in the metric's unit (messages), above which the worker falls behind; at least 1.
   */
  long threshold();

  /**
   * How long the backlog must stay above {@link #threshold()} before the alert fires. Default:
   * {@code "10m"}.
   */
  String duration() default "10m";
}
