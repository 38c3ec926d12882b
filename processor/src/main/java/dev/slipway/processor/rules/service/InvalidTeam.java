package dev.slipway.processor.rules.service;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.stream.Stream;

/** SLW-SVC-005: the team is a valid label value. */
public final class InvalidTeam extends ServiceRule {

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
    String team = service.team().value();
    if (team.isBlank()) {
      return Stream.empty(); // SLW-SVC-004 reports it
    }
    return KubernetesNames.labelValueProblem(team).stream()
        .map(
            problem ->
                finding(
                    service.team().origin(),
                    Describe.attribute("Service", "team", team)
                        + " "
                        + problem
                        + "; the team is a label value, e.g. \"commerce\" or \"team-payments\""));
  }
}
