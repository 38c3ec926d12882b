package dev.slipway.processor.rules.workers;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** SLW-WRK-005: each backlog label matcher is {@code name=value}, each name once. */
public final class InvalidBacklogLabel extends ServiceRule {

  private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  public InvalidBacklogLabel() {
    super(
        "SLW-WRK-005",
        Severity.ERROR,
        "@Backlog(labels) are name=value matchers, each label once",
        "Each entry becomes a PromQL matcher label=\"value\"; a label name must be a Prometheus"
            + " label name, and a label matched twice selects nothing.",
        "Write each matcher as \"name=value\", e.g. \"consumergroup=invoicing\", each label once.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    if (service.backlog().isEmpty()) {
      return Stream.empty();
    }
    Set<String> seen = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (Located<String> label : service.backlog().get().labels().value()) {
      Optional<String> problem = problem(label, seen);
      if (problem.isPresent()) {
        findings.add(finding(Attribute.of("Backlog", "labels", label), problem.get()));
      }
    }
    return findings.stream();
  }

  private static Optional<String> problem(Located<String> label, Set<String> seen) {
    String text = label.value();
    int eq = text.indexOf('=');
    if (eq < 0) {
      return Optional.of("is not a matcher name=value; write e.g. \"consumergroup=invoicing\"");
    }
    String name = text.substring(0, eq).strip();
    if (!LABEL.matcher(name).matches() || name.startsWith("__")) {
      return Optional.of(
          "has the label name \""
              + name
              + "\", which is not a Prometheus label name (letters, digits and '_', not starting"
              + " with a digit or \"__\"); write e.g. \"consumergroup=invoicing\"");
    }
    if (!seen.add(name)) {
      return Optional.of(
          "matches the label " + name + " a second time; keep one matcher per label");
    }
    return Optional.empty();
  }
}
