package dev.slipway.processor.rules.resources;

import dev.slipway.processor.model.Located;
import dev.slipway.processor.rules.Describe;
import dev.slipway.processor.values.Quantity;
import java.util.Optional;

/** The comparison shared by the CPU and memory request-versus-limit rules. */
final class RequestAboveLimit {

  private RequestAboveLimit() {}

  /** The message when {@code request} exceeds a set {@code limit}, compared as numbers across units. */
  static Optional<String> problem(
      String requestMember, Located<String> request, String limitMember, Located<String> limit) {
    Optional<Quantity> requested = Quantity.parse(request.value());
    Optional<Quantity> limited = Quantity.parse(limit.value());
    if (requested.isEmpty() || limited.isEmpty() || requested.get().compareTo(limited.get()) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        Describe.attribute("Resources", requestMember, request.value())
            + " is more than "
            + limitMember
            + " = "
            + Describe.literal(limit.value())
            + "; a request cannot exceed its limit: lower "
            + requestMember
            + " or raise "
            + limitMember
            + " to at least "
            + Describe.literal(request.value()));
  }
}
