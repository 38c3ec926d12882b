package dev.slipway.processor.rules.resources;

import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.values.Quantity;
import java.util.Optional;

/** The comparison shared by the CPU and memory request-versus-limit rules. */
public final class RequestAboveLimit {

  private RequestAboveLimit() {}

  /**
   * What is wrong when {@code request} exceeds a set {@code limit}, compared as numbers across
   * units.
   */
  public static Optional<String> problem(Attribute<String> request, Attribute<String> limit) {
    return problem(request, limit, false);
  }

  /**
   * The same; for a {@code cpu} request the advice proposes raising the limit to the request only
   * when the request is a plausible number of cores ({@link ImplausibleCpu#plausible}), so it never
   * proposes a value another rule rejects (a 500-core limit).
   */
  public static Optional<String> problem(
      Attribute<String> request, Attribute<String> limit, boolean cpu) {
    return problem(request, limit, cpu, "");
  }

  /**
   * The same, with {@code where} (such as {@code " in dev"}) after the limit, for a request or
   * limit that holds in one environment only.
   */
  public static Optional<String> problem(
      Attribute<String> request, Attribute<String> limit, boolean cpu, String where) {
    Optional<Quantity> requested = Quantity.parse(request.value());
    Optional<Quantity> limited = Quantity.parse(limit.value());
    if (requested.isEmpty() || limited.isEmpty() || requested.get().compareTo(limited.get()) <= 0) {
      return Optional.empty();
    }
    String what =
        "is more than "
            + limit.member()
            + " = "
            + Describe.literal(limit.value())
            + where
            + "; a request cannot exceed its limit: lower "
            + request.member();
    return Optional.of(
        !cpu || ImplausibleCpu.plausible(requested.get())
            ? what
                + " or raise "
                + limit.member()
                + " to at least "
                + Describe.literal(request.value())
            : what + " to at most " + Describe.literal(limit.value()));
  }
}
