package dev.slipway.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs Prometheus' own {@code promtool} on rule files, rule unit tests and configurations.
 *
 * <p>{@code promtool} and {@code prometheus} come from Debian's {@code prometheus} package. When
 * they are missing and the tests run as root, the package is installed once per JVM, without
 * starting the Prometheus service it ships, so nothing is left listening on port 9090.
 */
public final class Promtool {

  /** What a tool run gave: its exit code and its stdout followed by its stderr. */
  public record Result(List<String> command, int exitCode, String output) {

    public boolean succeeded() {
      return exitCode == 0;
    }

    /** Returns this result, or fails with the tool's full output when it did not exit with 0. */
    public Result assertSuccess() {
      if (!succeeded()) {
        throw new AssertionError(describe("failed with exit code " + exitCode));
      }
      return this;
    }

    /** Returns this result, or fails with the tool's full output when it exited with 0. */
    public Result assertFailure() {
      if (succeeded()) {
        throw new AssertionError(describe("succeeded, but a failure was expected"));
      }
      return this;
    }

    private String describe(String outcome) {
      return String.join(" ", command) + " " + outcome + ":\n" + output;
    }

    static Result of(Processes.Completed run) {
      return new Result(run.command(), run.exitCode(), run.stdout() + run.stderr());
    }
  }

  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
  private static final Path POLICY_RC_D = Path.of("/usr/sbin/policy-rc.d");
  private static final Object INSTALL_LOCK = new Object();
  // A failed install is not retried: every later call fails at once with the same explanation.
  private static AssertionError installFailure;

  private Promtool() {}

  /** {@code promtool check rules FILE...}: syntax, PromQL and templates of plain rule files. */
  public static Result checkRules(Path... ruleFiles) {
    return promtool("check", "rules", ruleFiles);
  }

  /** {@code promtool test rules FILE...}: runs rule unit tests (series in, expected alerts out). */
  public static Result testRules(Path... testFiles) {
    return promtool("test", "rules", testFiles);
  }

  /** {@code promtool check config FILE}: a Prometheus server configuration and its rule files. */
  public static Result checkConfig(Path configFile) {
    return promtool("check", "config", configFile);
  }

  /** The {@code prometheus} server binary, installed first if needed (see the class comment). */
  public static Path prometheusBinary() {
    return binary("prometheus");
  }

  static Path promtoolBinary() {
    return binary("promtool");
  }

  private static Result promtool(String command, String subcommand, Path... files) {
    if (files.length == 0) {
      throw new IllegalArgumentException(
          "promtool " + command + " " + subcommand + " needs at least one file");
    }
    List<String> line = new ArrayList<>(List.of(promtoolBinary().toString(), command, subcommand));
    Stream.of(files).map(file -> file.toAbsolutePath().toString()).forEach(line::add);
    return Result.of(Processes.run(line, TIMEOUT));
  }

  private static Path binary(String name) {
    synchronized (INSTALL_LOCK) {
      Optional<Path> found = Processes.onPath(name);
      if (found.isPresent()) {
        return found.get();
      }
      if (installFailure != null) {
        throw installFailure;
      }
      try {
        installPrometheusPackage(name);
      } catch (AssertionError failure) {
        installFailure = failure;
        throw failure;
      }
      return Processes.onPath(name)
          .orElseThrow(
              () ->
                  new AssertionError(
                      "installed Debian's prometheus package, but "
                          + name
                          + " is still not on the PATH"));
    }
  }

  private static void installPrometheusPackage(String missing) {
    String howTo =
        "Install it with 'apt-get update && apt-get install -y --no-install-recommends prometheus'"
            + " (Debian/Ubuntu), or put Prometheus' "
            + missing
            + " on the PATH.";
    boolean root = Processes.run(List.of("id", "-u"), TIMEOUT).stdout().strip().equals("0");
    if (!root || Processes.onPath("apt-get").isEmpty()) {
      throw new AssertionError(
          missing
              + " is not on the PATH and cannot be installed here"
              + " (needs root and apt-get). "
              + howTo);
    }
    // policy-rc.d exit code 101 tells Debian's maintainer scripts not to start services, so the
    // install leaves no Prometheus server running on 9090 (on systemd hosts too).
    boolean ownPolicy = !Files.exists(POLICY_RC_D);
    try {
      if (ownPolicy) {
        Files.writeString(POLICY_RC_D, "#!/bin/sh\nexit 101\n");
        POLICY_RC_D.toFile().setExecutable(true);
      }
      Map<String, String> environment = Map.of("DEBIAN_FRONTEND", "noninteractive");
      for (List<String> step :
          List.of(
              List.of("apt-get", "update", "-q"),
              List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", "prometheus"))) {
        Processes.Completed run = Processes.run(step, environment, INSTALL_TIMEOUT);
        if (run.exitCode() != 0) {
          throw new AssertionError(
              String.join(" ", step)
                  + " failed with exit code "
                  + run.exitCode()
                  + ":\n"
                  + run.stdout()
                  + run.stderr()
                  + "\n"
                  + howTo);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + POLICY_RC_D, e);
    } finally {
      if (ownPolicy) {
        try {
          Files.deleteIfExists(POLICY_RC_D);
        } catch (IOException e) {
          throw new UncheckedIOException("could not remove the temporary " + POLICY_RC_D, e);
        }
      }
    }
  }
}
