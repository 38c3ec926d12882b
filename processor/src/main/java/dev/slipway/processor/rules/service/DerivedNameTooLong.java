package dev.slipway.processor.rules.service;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.values.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SLW-SVC-002: the Services generated with a suffix still fit 63 characters: {@code -canary} and
 * {@code -stable} for {@code @Canary}, {@code -preview} for {@code @BlueGreen}.
 */
public final class DerivedNameTooLong extends ServiceRule {

  public DerivedNameTooLong() {
    super(
        "SLW-SVC-002",
        Severity.ERROR,
        "Names derived with a suffix (-canary, -stable, -preview) fit 63 characters",
        "A canary or blue-green rollout adds Services named <name>-canary, <name>-preview...;"
            + " Kubernetes rejects any of them longer than 63 characters.",
        "Shorten the service name by the number of characters reported.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    String name = service.serviceName();
    if (KubernetesNames.dns1035LabelProblem(name).isPresent()) {
      return Stream.empty(); // SLW-SVC-001 reports it
    }
    List<String> suffixes = new ArrayList<>();
    String strategy = "";
    if (service.canary().isPresent()) {
      suffixes.addAll(List.of(ServiceModel.CANARY_SUFFIX, ServiceModel.STABLE_SUFFIX));
      strategy = "@Canary";
    }
    if (service.blueGreen().isPresent()) {
      suffixes.add(ServiceModel.PREVIEW_SUFFIX);
      strategy = "@BlueGreen";
    }
    String longest = "";
    for (String suffix : suffixes) {
      if (suffix.length() > longest.length()) {
        longest = suffix;
      }
    }
    int length = name.length() + longest.length();
    if (length <= KubernetesNames.MAX_LABEL) {
      return Stream.empty();
    }
    return Stream.of(
        finding(
            Attribute.of("Service", "name", service.name()),
            "is "
                + name.length()
                + " characters, so the Service "
                + Describe.literal(name + longest)
                + " that "
                + strategy
                + " adds is "
                + length
                + ", more than 63; shorten the name to at most "
                + (KubernetesNames.MAX_LABEL - longest.length())
                + " characters"));
  }
}
