package dev.slipway.processor.rules.options;

import dev.slipway.processor.values.KubernetesNames;
import java.util.Locale;
import java.util.Optional;

/** Valid names suggested for invalid ones, so that a fix never proposes another invalid value. */
final class Names {

  private Names() {}

  /**
   * {@code text} made a DNS-1123 label: lower case, every run of other characters one '-', no '-'
   * at either end, at most 63 characters; empty when nothing is left.
   */
  static Optional<String> label(String text) {
    String label =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    if (label.length() > KubernetesNames.MAX_LABEL) {
      label = label.substring(0, KubernetesNames.MAX_LABEL).replaceAll("-+$", "");
    }
    return KubernetesNames.dns1123LabelProblem(label).isEmpty()
        ? Optional.of(label)
        : Optional.empty();
  }
}
