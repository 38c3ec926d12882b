package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-OPT-005: {@code slipway.environments} lists at least one environment, and each name is a
 * DNS-1123 label: it becomes a directory ({@code <service>/overlays/<env>/}), part of namespaces
 * and hosts, and the value of the {@code environment} label.
 */
public final class InvalidEnvironments extends OptionRule {

  public InvalidEnvironments() {
    super(
        "SLW-OPT-005",
        Severity.ERROR,
        "-Aslipway.environments lists environments named by DNS-1123 labels",
        "Each environment name becomes a directory, a namespace, part of a host and a label value;"
            + " a space or an uppercase letter would write overlays that javac, kustomize or"
            + " Kubernetes reject.",
        "List lowercase names of letters, digits and '-', production last, e.g."
            + " -Aslipway.environments=dev,staging,prod.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    if (options.environments().isEmpty()) {
      return Stream.of(
          finding(
              written(options, Options.ENVIRONMENTS)
                  + " lists no environment; list the overlay names in order, production last, e.g."
                  + " -Aslipway.environments=dev,staging,prod"));
    }
    List<Finding> findings = new ArrayList<>();
    for (String environment : options.environments()) {
      Optional<String> problem = KubernetesNames.dns1123LabelProblem(environment);
      if (problem.isPresent()) {
        findings.add(
            finding(
                written(options, Options.ENVIRONMENTS)
                    + " has the environment "
                    + Describe.literal(environment)
                    + ", which "
                    + problem.get()
                    + "; an environment name becomes a directory, a namespace and a"
                    + " label value: write lowercase letters, digits and '-', e.g. "
                    + Describe.literal(suggestion(environment, options))));
      }
    }
    return findings.stream();
  }

  /** {@code environment} as a label, unless that is listed already; else {@code staging}. */
  private static String suggestion(String environment, Options options) {
    Optional<String> label = Names.label(environment);
    return label.isPresent() && !options.environments().contains(label.get())
        ? label.get()
        : "staging";
  }
}
