package dev.slipway.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Renders kustomize directories with {@code kubectl kustomize}, the way users will apply them. */
public final class Kustomize {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private Kustomize() {}

  /**
   * Runs {@code kubectl kustomize <dir>} and returns the rendered multi-document YAML stream.
   *
   * @throws AssertionError if kubectl is missing or kustomize fails (with its error output)
   */
  public static String build(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new AssertionError("not a kustomize directory: " + dir);
    }
    Path kubectl =
        Processes.onPath("kubectl")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "kubectl is not on the PATH; it is needed to render kustomize overlays."
                            + " Install it, e.g. 'apt-get install -y kubectl' on Debian/Ubuntu"
                            + " (any kubectl since 1.14 has kustomize built in)."));
    Processes.Completed run =
        Processes.run(
            List.of(kubectl.toString(), "kustomize", dir.toAbsolutePath().toString()), TIMEOUT);
    if (run.exitCode() != 0) {
      throw new AssertionError(
          "kubectl kustomize "
              + dir
              + " failed with exit code "
              + run.exitCode()
              + ":\n"
              + run.stderr());
    }
    return run.stdout();
  }
}
