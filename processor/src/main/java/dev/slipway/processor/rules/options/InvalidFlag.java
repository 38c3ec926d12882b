package dev.slipway.processor.rules.options;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.OptionRule;
import dev.slipway.processor.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * SLW-OPT-003: {@code slipway.strict} and {@code slipway.rendered} are {@code true} or {@code
 * false}.
 */
public final class InvalidFlag extends OptionRule {

  public InvalidFlag() {
    super(
        "SLW-OPT-003",
        Severity.ERROR,
        "-Aslipway.strict and -Aslipway.rendered are true or false",
        "Any other value, such as 'yes' or '1', used to mean false without a word: a build meant to"
            + " be strict was not.",
        "Write true or false, e.g. -Aslipway.strict=true; written alone, -Aslipway.strict means"
            + " true.");
  }

  @Override
  public Stream<Finding> check(Options options) {
    List<String> flags = new ArrayList<>(Options.FLAGS);
    Collections.sort(flags);
    List<Finding> findings = new ArrayList<>();
    for (String flag : flags) {
      if (options.isWritten(flag) && Options.flag(options.written().get(flag)).isEmpty()) {
        findings.add(
            finding(
                written(options, flag)
                    + " is not true or false; write -A"
                    + flag
                    + "=true or -A"
                    + flag
                    + "=false"));
      }
    }
    return findings.stream();
  }
}
