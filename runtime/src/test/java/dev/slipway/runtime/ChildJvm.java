package dev.slipway.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A JVM running a main class of the test class path, with its stdout and stderr collected. */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final StringBuilder output = new StringBuilder();
  private boolean outputEnded;

  private ChildJvm(Process process) {
    this.process = process;
    Thread reader = new Thread(this::collectOutput, "child-jvm-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** {@code mainClass} in a new JVM with this JVM's java and class path. */
  static ChildJvm start(
      Class<?> mainClass, List<String> jvmOptions, Map<String, String> environment) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    try {
      return new ChildJvm(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command, e);
    }
  }

  /** A port that was free on loopback a moment ago. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until the output contains {@code text}; false when the timeout passed or the output ended
   * first.
   */
  synchronized boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (output.indexOf(text) < 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || outputEnded) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  synchronized String output() {
    return output.toString();
  }

  /** Sends SIGTERM, as the kubelet does. */
  void terminate() {
    // not process.destroy(): that also closes the pipes, and the JVM's last lines would be lost
    process.toHandle().destroy();
  }

  /** Waits for the exit and the end of its output; true when it exited within {@code timeout}. */
  boolean awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return false;
    }
    synchronized (this) {
      while (!outputEnded) {
        wait();
      }
    }
    return true;
  }

  int exitValue() {
    return process.exitValue();
  }

  @Override
  public void close() {
    try {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the test is being stopped: stop waiting, keep the flag
    }
  }

  private void collectOutput() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        synchronized (this) {
          output.append(line).append('\n');
          notifyAll();
        }
      }
    } catch (IOException e) {
      // the process ended
    } finally {
      synchronized (this) {
        outputEnded = true;
        notifyAll();
      }
    }
  }
}
