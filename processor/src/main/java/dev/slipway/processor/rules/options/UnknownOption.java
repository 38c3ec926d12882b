package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SLW-OPT-001: every {@code slipway.*} option is one Slipway knows. javac would only say that no
 * processor recognized it; the processor declares the misspelt names it was given as supported (so
 * javac stays quiet about them) and says here which option was probably meant.
 */
public final class UnknownOption extends OptionRule {

  public UnknownOption() {
    super(
        "SLW-OPT-001",
        Severity.WARNING,
        "Every -Aslipway.* option is a Slipway option",
        "A misspelt option is ignored, so the build silently runs with the default it was meant to"
            + " change (-Aslipway.enviroments=qa,prod still writes dev, staging and prod).",
        "Correct the name to the one suggested; the options are listed in the README.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    List<Finding> findings = new ArrayList<>();
    for (String name : options.written().keySet()) {
      if (!Options.SUPPORTED.contains(name)) {
        findings.add(
            finding("-A" + name + " is not a Slipway option, so it is ignored; " + advice(name)));
      }
    }
    return findings.stream();
  }

  private static String advice(String name) {
    Optional<String> known = closest(name);
    if (known.isPresent()) {
      return "did you mean -A" + known.get() + "?";
    }
    List<String> supported = new ArrayList<>(Options.SUPPORTED);
    Collections.sort(supported);
    return "the options are " + String.join(", ", supported);
  }

  /** The supported option {@code name} was most likely meant to be, if one is close enough. */
  static Optional<String> closest(String name) {
    String typed = suffix(name);
    return Options.SUPPORTED.stream()
        .filter(
            known -> {
              String meant = suffix(known);
              int distance = distance(typed, meant);
              return distance <= Math.max(2, meant.length() / 3)
                  || (typed.length() >= 3 && (meant.startsWith(typed) || typed.startsWith(meant)));
            })
        .min(
            Comparator.comparingInt((String known) -> distance(typed, suffix(known)))
                .thenComparing(Comparator.naturalOrder()));
  }

  private static String suffix(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith(Options.PREFIX) ? lower.substring(Options.PREFIX.length()) : lower;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
