import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Java agent for the timed {@code javac} runs ({@code -J-javaagent:main-thread-cpu.jar}): at
 * exit it prints the CPU time of javac's main thread, the thread that parses, attributes, runs
 * the processors and writes class files. Unlike the whole process's CPU time it leaves out the
 * JIT compiler and GC threads, whose share swings with the load of other processes. Read from
 * {@code /proc} (clock ticks of 10 ms), so that the probe loads no management classes into the
 * compiles it measures.
 */
public final class MainThreadCpu {

  /** The line the benchmark looks for in javac's output. */
  public static final String PREFIX = "bench-main-thread-cpu-seconds=";

  private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

  public static void premain(String args) throws IOException {
    // premain runs on the main thread: /proc/thread-self is <pid>/task/<tid>
    Path task = Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self")));
    Path stat = task.resolve("stat");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    String text = Files.readString(stat);
                    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    // after the command: state is field 3, utime field 14, stime field 15
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    System.err.println(PREFIX + ticks / TICKS_PER_SECOND);
                  } catch (IOException | RuntimeException e) {
                    System.err.println(PREFIX + "unknown (" + e + ")");
                  }
                }));
  }

  private MainThreadCpu() {}
}
