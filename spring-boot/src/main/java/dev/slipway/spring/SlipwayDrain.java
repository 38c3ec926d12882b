package dev.slipway.spring;

import java.time.Duration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The drain of {@code @Service(drain)}: when the application context closes (on SIGTERM, through
 * Spring Boot's shutdown hook), readiness turns to {@code REFUSING_TRAFFIC} and the app keeps
 * serving for the drain, while Kubernetes takes the pod out of its Services; only then do the web
 * server's graceful shutdown (up to {@code spring.lifecycle.timeout-per-shutdown-phase}) and the
 * rest of the shutdown run. The context-closed event comes before the lifecycle stops.
 */
public final class SlipwayDrain
    implements ApplicationListener<ContextClosedEvent>, ApplicationContextAware {

  private final Duration drain;
  private ApplicationContext context;

  SlipwayDrain(Duration drain) {
    this.drain = drain;
  }

  @Override
  public void setApplicationContext(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    if (event.getApplicationContext() != context) {
      return; // a child context, such as Actuator's on a management port of its own
    }
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      Thread.sleep(drain.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How long the app keeps serving after readiness fails. */
  public Duration drain() {
    return drain;
  }
}
