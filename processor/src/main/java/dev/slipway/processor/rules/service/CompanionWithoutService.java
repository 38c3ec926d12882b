package dev.slipway.processor.rules.service;

import dev.slipway.processor.model.Located;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Rule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SLW-SVC-008: {@code @Scaling}, {@code @HealthCheck}, {@code @Canary} and the other companion
 * annotations are only read next to {@code @Service}; on any other class they would be silently
 * ignored. This rule looks at classes without {@code @Service}, which the processor collects, so it
 * is not a {@link dev.slipway.processor.rules.ServiceRule}.
 */
public final class CompanionWithoutService extends Rule {

  public CompanionWithoutService() {
    super(
        "SLW-SVC-008",
        Severity.ERROR,
        "Companion annotations are on a class with @Service",
        "On a class without @Service, @Scaling, @HealthCheck, @Canary and the rest would be"
            + " silently ignored, typically after @Service moved to another class.",
        "Move the annotation to the class that has @Service, or add @Service to this class.");
  }

  /**
   * Findings for a class without {@code @Service}.
   *
   * @param companions the simple names of its Slipway annotations, each at its annotation
   */
  public Stream<Finding> check(String className, List<Located<String>> companions) {
    List<Finding> findings = new ArrayList<>();
    for (Located<String> annotation : companions) {
      findings.add(
          finding(
              annotation.origin(),
              "@"
                  + annotation.value()
                  + " is on "
                  + className
                  + ", which has no @Service, so it would be ignored; move it to the"
                  + " class with @Service, or add @Service here"));
    }
    return findings.stream();
  }
}
