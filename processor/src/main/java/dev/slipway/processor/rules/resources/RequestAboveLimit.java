package dev.slipway.processor.rules.resources;

import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.values.Quantity;
import java.util.Optional;

/** The comparison shared by the CPU and memory request-versus-limit rules. */
final class RequestAboveLimit {

  private RequestAboveLimit() {}

  /**
   * What is wrong when {@code request} exceeds a set {@code limit}, compared as numbers across
   * units.
   */
  static Optional<String> problem(Attribute<String> request, Attribute<String> limit) {
    Optional<Quantity> requested = Quantity.parse(request.value());
    Optional<Quantity> limited = Quantity.parse(limit.value());
    if (requested.isEmpty() || limited.isEmpty() || requested.get().compareTo(limited.get()) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "is more than "
            + limit.member()
            + " = "
            + Describe.literal(limit.value())
            + "; a request cannot exceed its limit: lower "
            + request.member()
            + " or raise "
            + limit.member()
            + " to at least "
            + Describe.literal(request.value()));
  }
}
