package dev.slipway.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the external tools (kubectl, promtool, apt-get) and finds them on the PATH. */
final class Processes {

  /** What a finished command left behind. */
  record Completed(List<String> command, int exitCode, String stdout, String stderr) {}

  private Processes() {}

  static Completed run(List<String> command, Duration timeout) {
    return run(command, Map.of(), timeout);
  }

  static Completed run(List<String> command, Map<String, String> environment, Duration timeout) {
    Path stdout = null;
    Path stderr = null;
    try {
      // Files instead of pipes: no reader threads, and a chatty tool can never block on a full
      // pipe.
      stdout = Files.createTempFile("slipway-testkit-", ".out");
      stderr = Files.createTempFile("slipway-testkit-", ".err");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            String.join(" ", command)
                + " did not finish within "
                + timeout
                + "\n"
                + Files.readString(stderr, StandardCharsets.UTF_8));
      }
      return new Completed(
          List.copyOf(command),
          process.exitValue(),
          Files.readString(stdout, StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + String.join(" ", command), e);
    } finally {
      deleteQuietly(stdout);
      deleteQuietly(stderr);
    }
  }

  /** The executable called {@code name} in one of the PATH's directories, if any. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(java.io.File.pathSeparator))
        .filter(directory -> !directory.isEmpty())
        .map(directory -> Path.of(directory, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a leftover temp file is harmless; the command's result matters more
      }
    }
  }
}
