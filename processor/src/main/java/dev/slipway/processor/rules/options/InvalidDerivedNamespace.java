package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SLW-OPT-011: the namespace {@code -Aslipway.namespace} gives each service in each environment is
 * a namespace name (a DNS-1123 label). The pattern itself is SLW-OPT-009's; this rule sees what the
 * team and the service name add: a team such as {@code Commerce} or {@code team_a} is a valid label
 * value but no valid namespace, and three placeholders together may pass 63 characters. Reported on
 * {@code @Service(team)} when the team is what breaks it, else on the service name.
 */
public final class InvalidDerivedNamespace extends ServiceRule {

  private static final Pattern LABEL_CHARACTERS = Pattern.compile("[a-z0-9-]*");

  public InvalidDerivedNamespace() {
    super(
        "SLW-OPT-011",
        Severity.ERROR,
        "The namespaces derived from -Aslipway.namespace are valid namespace names",
        "{team} and {service} are replaced by the service's team and name; a team with uppercase"
            + " letters, '_' or '.', or a name too long for 63 characters, gives a Namespace"
            + " Kubernetes rejects.",
        "Use a team of lowercase letters, digits and '-', or a pattern without {team}; shorten the"
            + " pattern, team or name when the namespace is too long.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Options options = compilation.options();
    if (InvalidNamespacePattern.problem(options.namespace()).isPresent()) {
      return Stream.empty(); // SLW-OPT-009
    }
    for (String environment : options.environments()) {
      String namespace = options.namespaceFor(service, environment);
      Optional<String> problem = KubernetesNames.dns1123LabelProblem(namespace);
      if (problem.isPresent()) {
        return Stream.of(finding(service, options, environment, namespace, problem.get()));
      }
    }
    return Stream.empty();
  }

  private Finding finding(
      ServiceModel service, Options options, String environment, String namespace, String problem) {
    String team = service.team().value();
    String what =
        "gives the namespace "
            + Describe.literal(namespace)
            + " in "
            + environment
            + " through "
            + Describe.option(Options.NAMESPACE, options.namespace())
            + ", which "
            + problem;
    if (options.namespace().contains("{team}")
        && (team.isEmpty() || !LABEL_CHARACTERS.matcher(team).matches())) {
      String lower = Names.label(team).orElse("commerce");
      return finding(
          Attribute.of("Service", "team", service.team()),
          what
              + "; a namespace is lowercase letters, digits and '-': "
              + (team.isEmpty() ? "set a team such as " : "use a team such as ")
              + Describe.literal(lower)
              + ", or a namespace pattern without {team}");
    }
    int over = namespace.length() - KubernetesNames.MAX_LABEL;
    return finding(
        Attribute.of("Service", "name", service.name()),
        what
            + "; a namespace is at most 63 characters: shorten the pattern, the team or the"
            + " service name by "
            + Math.max(1, over)
            + " characters");
  }
}
