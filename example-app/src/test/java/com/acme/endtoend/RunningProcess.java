package com.acme.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process whose output goes to a log file; closing it kills it, forcibly if need be. */
final class RunningProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  private RunningProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static RunningProcess start(
      String name, List<String> command, Map<String, String> environment, Path logDir) {
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().putAll(environment);
    try {
      return new RunningProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name + ": " + command, e);
    }
  }

  /**
   * A java process running {@code mainClass} on this JVM's class path, with this JVM's java, sized
   * the way the service's generated pod sizes it.
   */
  static RunningProcess java(
      String name,
      Class<?> mainClass,
      GeneratedFiles.Jvm jvm,
      Map<String, String> environment,
      Path logDir) {
    return start(
        name,
        javaCommand(jvm, System.getProperty("java.class.path"), mainClass.getName()),
        withJvm(environment, jvm),
        logDir);
  }

  /** {@code java -XX:MaxRAM=<the pod's memory limit> [flags] -cp <classPath> <mainClass>}. */
  static List<String> javaCommand(
      GeneratedFiles.Jvm jvm, String classPath, String mainClass, String... flags) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm.flags());
    command.addAll(List.of(flags));
    command.addAll(List.of("-cp", classPath, mainClass));
    return command;
  }

  /** {@code environment} plus the pod's {@code JAVA_TOOL_OPTIONS}. */
  static Map<String, String> withJvm(Map<String, String> environment, GeneratedFiles.Jvm jvm) {
    Map<String, String> all = new HashMap<>(environment);
    all.put("JAVA_TOOL_OPTIONS", jvm.javaToolOptions());
    return all;
  }

  /** The JVM printed that it read the pod's options: it started with them, none was refused. */
  void assertPickedUp(GeneratedFiles.Jvm jvm) {
    String line = "Picked up JAVA_TOOL_OPTIONS: " + jvm.javaToolOptions();
    if (!output().contains(line)) {
      throw new AssertionError(name + " did not print \"" + line + "\":\n" + output());
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

  void assertAlive() {
    if (!process.isAlive()) {
      throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + output());
    }
  }

  /** Sends SIGTERM, as the kubelet does, without waiting. */
  void terminate() {
    process.destroy();
  }

  /** Waits up to {@code timeout} for the process to exit; true when it did. */
  boolean awaitExit(java.time.Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  int exitValue() {
    return process.exitValue();
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  String describe() {
    return "----- "
        + name
        + " ("
        + (process.isAlive() ? "running" : "exit " + process.exitValue())
        + ") -----\n"
        + output();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
