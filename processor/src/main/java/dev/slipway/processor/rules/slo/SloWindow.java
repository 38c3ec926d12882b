package dev.slipway.processor.rules.slo;

import dev.slipway.processor.model.Compilation;
import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.ServiceModel;
import dev.slipway.processor.rules.Finding;
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

  private static final Pattern WINDOW = Pattern.compile("([1-9][0-9]{0,2})([dw])");

  public SloWindow() {
    super(
        "SLW-SLO-004",
        Severity.ERROR,
        "The SLO window is whole days or weeks, 7d to 365d",
        "the multi-window burn-rate alerts read windows of up to 3 days inside it",
        "write \"30d\" or \"4w\"");
  }

  @Override
  public Stream<Finding> check(ServiceModel service, Compilation compilation) {
    Located<String> window = service.slo().window();
    Matcher m = WINDOW.matcher(window.value());
    if (m.matches()) {
      int days = Integer.parseInt(m.group(1)) * (m.group(2).equals("w") ? 7 : 1);
      if (days >= 7 && days <= 365) {
        return Stream.empty();
      }
    }
    return Stream.of(
        finding(
            window.origin(),
            "@Slo(window = \""
                + window.value()
                + "\") is not whole days or weeks between 7d and 365d; write e.g. \"30d\" or"
                + " \"4w\""));
  }
}
