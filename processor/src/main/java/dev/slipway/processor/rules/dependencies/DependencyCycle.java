package dev.slipway.processor.rules.dependencies;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Guard;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-DEP-004: the services of a compile do not call each other in a cycle. Each service on a cycle
 * reports the {@code dependsOn} entry that leads into it, with the whole cycle spelled out.
 */
public final class DependencyCycle extends ServiceRule {

  public DependencyCycle() {
    super(
        "SLW-DEP-004",
        Severity.ERROR,
        Guard.READINESS,
        "Services do not depend on each other in a cycle",
        "Services that call each other in a cycle cannot start, roll out or fail independently:"
            + " one slow service stalls all of them.",
        "Break the cycle: remove one call, or move the shared part into its own service.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Map<String, List<String>> graph = new HashMap<>();
    for (ServiceModel s : compilation.services()) {
      graph.putIfAbsent(s.serviceName(), names(s.dependsOn()));
    }
    graph.put(service.serviceName(), names(service.dependsOn()));
    List<Finding> findings = new ArrayList<>();
    for (Located<String> dependency : service.dependsOn()) {
      if (dependency.value().equals(service.serviceName())) {
        continue; // SLW-DEP-002
      }
      Optional<List<String>> path = pathBack(graph, dependency.value(), service.serviceName());
      if (path.isPresent()) {
        findings.add(
            finding(
                Attribute.of("Service", "dependsOn", dependency),
                "closes the dependency cycle "
                    + service.serviceName()
                    + " -> "
                    + String.join(" -> ", path.get())
                    + "; services in a cycle cannot start or fail independently:"
                    + " remove one of these calls"));
      }
    }
    return findings.stream();
  }

  private static List<String> names(List<Located<String>> dependsOn) {
    List<String> names = new ArrayList<>(dependsOn.size());
    for (Located<String> dependency : dependsOn) {
      names.add(dependency.value());
    }
    return names;
  }

  /** The shortest path from {@code start} to {@code target}, both included, if there is one. */
  private static Optional<List<String>> pathBack(
      Map<String, List<String>> graph, String start, String target) {
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    cameFrom.put(start, start);
    while (!queue.isEmpty()) {
      String at = queue.removeFirst();
      if (at.equals(target)) {
        List<String> path = new ArrayList<>();
        for (String step = at; ; step = cameFrom.get(step)) {
          path.add(0, step);
          if (step.equals(start)) {
            return Optional.of(path);
          }
        }
      }
      for (String next : graph.getOrDefault(at, List.of())) {
        if (cameFrom.putIfAbsent(next, at) == null) {
          queue.addLast(next);
        }
      }
    }
    return Optional.empty();
  }
}
