package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Attribute;
import dev.slipway.processor.rules.Finding;
import dev.slipway.processor.rules.Grammar;
import dev.slipway.processor.rules.ServiceRule;
import dev.slipway.processor.rules.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SLW-SLO-004: the SLO window is a whole number of days or weeks, from 7 days to a year. The
 * burn-rate alerts look back up to 3 days, which must be a small part of the window.
 */
public final class SloWindow extends ServiceRule {

  private static final Pattern DAYS_OR_WEEKS = Pattern.compile("([1-9][0-9]{0,2})([dw])");

  private static final Grammar<String> WINDOW =
      Grammar.holds(SloWindow::weekToYear, "is not whole days or weeks between 7d and 365d");

  public SloWindow() {
    super(
        "SLW-SLO-004",
        Severity.ERROR,
        "@Slo(window) is whole days or weeks, 7d to 365d",
        "The multi-window burn-rate alerts look back up to 3 days, which must be a small part of"
            + " the window.",
        "Write whole days or weeks, e.g. \"30d\" or \"4w\".");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    return checkGrammar(
        Attribute.of("Slo", "window", service.slo().window()),
        WINDOW,
        "write e.g. \"30d\" or \"4w\"");
  }

  private static boolean weekToYear(String window) {
    Matcher m = DAYS_OR_WEEKS.matcher(window);
    if (!m.matches()) {
      return false;
    }
    int days = Integer.parseInt(m.group(1)) * (m.group(2).equals("w") ? 7 : 1);
    return days >= 7 && days <= 365;
  }
}
