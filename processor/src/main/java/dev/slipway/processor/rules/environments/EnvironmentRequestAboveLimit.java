package dev.slipway.processor.rules.environments;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.EnvironmentModel;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import dev.slipway.processor.rules.resources.ImplausibleCpu;
import dev.slipway.processor.rules.resources.RequestAboveLimit;
import dev.slipway.processor.values.Quantity;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * SLW-ENVS-004: in each environment, the effective request (the override, else {@code @Resources})
 * does not exceed the effective limit. Only a pair with an override in it is checked here; the base
 * pair is SLW-RES-003's and SLW-RES-004's.
 */
public final class EnvironmentRequestAboveLimit extends ServiceRule {

  public EnvironmentRequestAboveLimit() {
    super(
        "SLW-ENVS-004",
        Severity.ERROR,
        "@Environment requests are at most the environment's limits",
        "Kubernetes rejects a container whose request exceeds its limit, so the environment's"
            + " overlay would not apply.",
        "Lower the request or raise the limit in the @Environment (or in @Resources, which it"
            + " inherits); values compare across units.");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return Overrides.checked(service, compilation).stream()
        .flatMap(
            e ->
                Stream.of(
                        pair(
                            e,
                            "cpu",
                            e.cpu(),
                            service.resources().cpu(),
                            "cpuLimit",
                            e.cpuLimit(),
                            service.resources().cpuLimit()),
                        pair(
                            e,
                            "memory",
                            e.memory(),
                            service.resources().memory(),
                            "memoryLimit",
                            e.memoryLimit(),
                            service.resources().memoryLimit()))
                    .flatMap(Optional::stream));
  }

  private Optional<Finding> pair(
      EnvironmentModel e,
      String requestMember,
      Located<String> requestOverride,
      Located<String> requestBase,
      String limitMember,
      Located<String> limitOverride,
      Located<String> limitBase) {
    boolean requestSet = Overrides.set(requestOverride);
    boolean limitSet = Overrides.set(limitOverride);
    if (!requestSet && !limitSet) {
      return Optional.empty();
    }
    String where = " in " + e.environment();
    Attribute<String> limit =
        limitSet
            ? Overrides.of(e, limitMember, limitOverride)
            : Attribute.of("Resources", limitMember, limitBase);
    if (requestSet) {
      Attribute<String> request = Overrides.of(e, requestMember, requestOverride);
      Predicate<Quantity> plausible =
          requestMember.equals("cpu") ? ImplausibleCpu::plausible : q -> true;
      return RequestAboveLimit.problem(request, limit, plausible, where)
          .map(what -> finding(request, what));
    }
    // only the limit is overridden: it falls below the inherited request
    Optional<Quantity> requested = Quantity.parse(requestBase.value());
    Optional<Quantity> limited = Quantity.parse(limitOverride.value());
    if (requested.isEmpty() || limited.isEmpty() || requested.get().compareTo(limited.get()) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            limit,
            "is less than "
                + Describe.attribute("Resources", requestMember, requestBase.value())
                + where
                + "; a request cannot exceed its limit: raise "
                + limitMember
                + " to at least "
                + Describe.literal(requestBase.value())
                + ", or override "
                + requestMember
                + " too"));
  }
}
