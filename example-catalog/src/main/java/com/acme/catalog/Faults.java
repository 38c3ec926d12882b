package com.acme.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes the catalog fail, slow down or stop being ready on purpose, so its generated alerts and
 * analysis can be seen at work; the Spring Boot twin of the orders and payments' {@code
 * FaultInjection}. Off unless switched on:
 *
 * <ul>
 *   <li>{@code FAULT_ERROR_RATE}: the fraction of product requests, 0 to 1, answered 500;
 *   <li>{@code FAULT_LATENCY_MS}: extra milliseconds added to every product request;
 *   <li>{@code FAULT_ADMIN=true}: also serve {@code PUT /admin/faults/error-rate/{rate}}, {@code
 *       PUT /admin/faults/latency/{millis}} and {@code PUT /admin/readiness/{accepting|refusing}}.
 *       Never in production: anyone who reaches the service could break it.
 * </ul>
 *
 * The faults are injected after Spring MVC has matched the route, so the metrics see them under the
 * route's template ({@code uri="/products/{id}"}), as real failures would be.
 */
@RestController
public class Faults implements HandlerInterceptor, WebMvcConfigurer {

  private final ApplicationContext context;
  private final boolean admin;
  private volatile double errorRate;
  private volatile long latencyMillis;

  public Faults(ApplicationContext context, Environment environment) {
    this.context = context;
    this.admin = environment.getProperty("FAULT_ADMIN", Boolean.class, false);
    this.errorRate = environment.getProperty("FAULT_ERROR_RATE", Double.class, 0.0);
    this.latencyMillis = environment.getProperty("FAULT_LATENCY_MS", Long.class, 0L);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/products", "/products/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    long delay = latencyMillis;
    if (delay > 0) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (ThreadLocalRandom.current().nextDouble() < errorRate) {
      response.setStatus(500);
      return false;
    }
    return true;
  }

  @PutMapping("/admin/faults/error-rate/{rate}")
  public ResponseEntity<Map<String, Object>> errorRate(@PathVariable("rate") double rate) {
    if (!admin) {
      return ResponseEntity.notFound().build();
    }
    if (rate < 0 || rate > 1) {
      return ResponseEntity.badRequest().build();
    }
    errorRate = rate;
    return state();
  }

  @PutMapping("/admin/faults/latency/{millis}")
  public ResponseEntity<Map<String, Object>> latency(@PathVariable("millis") long millis) {
    if (!admin) {
      return ResponseEntity.notFound().build();
    }
    latencyMillis = Math.max(0, millis);
    return state();
  }

  @PutMapping("/admin/readiness/{state}")
  public ResponseEntity<Map<String, Object>> readiness(@PathVariable("state") String state) {
    if (!admin) {
      return ResponseEntity.notFound().build();
    }
    AvailabilityChangeEvent.publish(
        context,
        state.equals("refusing")
            ? ReadinessState.REFUSING_TRAFFIC
            : ReadinessState.ACCEPTING_TRAFFIC);
    return state();
  }

  private ResponseEntity<Map<String, Object>> state() {
    return ResponseEntity.ok(Map.of("errorRate", errorRate, "latencyMillis", latencyMillis));
  }
}
