package dev.slipway.processor.rules;

import com.google.testing.compile.Compilation;
import dev.slipway.processor.SlipwayProcessor;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;

/** What a test needs to see of a compile: Slipway's diagnostics and the artifacts written. */
final class Diagnostics {

  private Diagnostics() {}

  /** Every diagnostic Slipway printed, as {@code "<KIND> <message>"}. */
  static List<String> slipway(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .filter(d -> d.contains(" [SLW-"))
        .toList();
  }

  /** The files written under {@code META-INF/slipway/}. */
  static List<JavaFileObject> artifacts(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(f -> f.toUri().getPath().contains("/" + SlipwayProcessor.OUTPUT_ROOT))
        .toList();
  }
}
