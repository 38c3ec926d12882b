package dev.slipway.processor.rules.service;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.Optional;
import java.util.stream.Stream;

/** SLW-SVC-005: the team is a valid label value. */
public final class InvalidTeam extends ServiceRule {

  /** A label value; a blank team is SLW-SVC-004's to report. */
  private static final Grammar<String> TEAM =
      team -> team.isBlank() ? Optional.empty() : KubernetesNames.labelValueProblem(team);

  public InvalidTeam() {
    super(
        "SLW-SVC-005",
        Severity.ERROR,
        "@Service(team) is a valid Kubernetes label value",
        "The team becomes the 'team' label of every object; Kubernetes rejects invalid label"
            + " values.",
        "Use at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or"
            + " digit, e.g. \"commerce\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return checkGrammar(
        Attribute.of("Service", "team", service.team()),
        TEAM,
        "the team is a label value, e.g. \"commerce\" or \"team-payments\"");
  }
}
