package dev.slipway.processor.rules;

import dev.slipway.processor.values.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a valid value of an attribute looks like: what is wrong with a value, phrased to follow the
 * attribute in a message ({@code "is not a duration"}, {@code "contains uppercase letters"}), or
 * nothing when it is fine. {@link Rule#checkGrammar} makes the finding. The grammars of Kubernetes
 * names ({@code KubernetesNames::dns1123SubdomainProblem}...) fit as they are.
 */
@FunctionalInterface
public interface Grammar<T> {

  /**
   * An absolute URL path without query or fragment, as probes, Ingress rules and scrapes take it.
   */
  Grammar<String> HTTP_PATH = HttpPaths::problem;

  Grammar<String> POSITIVE_DURATION =
      holds(
          text -> Durations.parse(text).filter(d -> d.compareTo(Duration.ZERO) > 0).isPresent(),
          "is not a positive duration");

  /** A share strictly between 0 and 1, such as an error rate. */
  Grammar<Double> RATIO = holds(value -> value > 0 && value < 1, "is not a ratio in (0, 1)");

  Grammar<Integer> PORT = within(1, 65535);

  /** A port, or 0 for a port the service has anyway (the service port, the health-check port). */
  Grammar<Integer> PORT_OR_ZERO = port -> port == 0 ? Optional.empty() : PORT.problem(port);

  /** What is wrong with {@code value}; empty when it is fine. */
  Optional<String> problem(T value);

  /** Values for which {@code valid} holds; any other value has {@code problem}. */
  static <T> Grammar<T> holds(Predicate<? super T> valid, String problem) {
    Optional<String> found = Optional.of(problem);
    return value -> valid.test(value) ? Optional.empty() : found;
  }

  static Grammar<Integer> within(int min, int max) {
    return holds(value -> value >= min && value <= max, "is outside " + min + ".." + max);
  }

  static Grammar<Integer> atLeast(int min) {
    return holds(value -> value >= min, "is less than " + min);
  }

  /** {@code grammar}, or {@code ""} for an attribute left unset. */
  static Grammar<String> emptyOr(Grammar<String> grammar) {
    return text -> text.isEmpty() ? Optional.empty() : grammar.problem(text);
  }
}
