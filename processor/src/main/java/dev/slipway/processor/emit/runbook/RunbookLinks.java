package dev.slipway.processor.emit.runbook;

import dev.slipway.processor.model.Options;
import dev.slipway.processor.model.ServiceModel;
import java.util.Locale;

/** Where a runbook section lives, so that alerts link exactly to the heading the runbook has. */
public final class RunbookLinks {

  private RunbookLinks() {}

  /** The runbook's path below {@code META-INF/slipway/} and below the published base URL. */
  public static String path(ServiceModel service) {
    return service.serviceName() + "/runbook.md";
  }

  /** {@code <runbookBaseUrl>/<service>/runbook.md#<anchor of heading>}. */
  public static String url(Options options, ServiceModel service, String heading) {
    return options.runbookBaseUrl() + "/" + path(service) + "#" + anchor(heading);
  }

  /**
   * The anchor GitHub (and GitLab, and most Markdown renderers) gives a heading: lower case,
   * punctuation other than {@code -} and {@code _} dropped, spaces turned into {@code -}.
   */
  public static String anchor(String heading) {
    StringBuilder sb = new StringBuilder();
    heading
        .strip()
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              if (c == ' ') {
                sb.append('-');
              } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }
}
