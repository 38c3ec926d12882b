import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises where a Slipway compile spends its time, from the two files {@code bench/profile.sh}
 * records: a JFR recording (execution samples of the javac threads) and a {@code -Xlog:class+load}
 * log (which jar every loaded class came from).
 *
 * <p>Usage: {@code java Profile.java <recording.jfr> <class-load.log> [<floor-class-load.log>]}.
 */
public final class Profile {

  private static final String SLIPWAY = "dev.slipway.";
  private static final int TOP = 15;
  private static final Pattern SOURCE = Pattern.compile("source: (?:jar:)?(?:file:)?(\\S+)");

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java Profile.java <recording.jfr> <class-load.log> [<floor-class-load.log>]");
      System.exit(2);
    }
    samples(Path.of(args[0]));
    classLoading(Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null);
  }

  /**
   * Execution samples: the share that runs inside Slipway (any frame in {@code dev.slipway}), the
   * Slipway methods that are on the stack most often (inclusive), and the Slipway frame nearest
   * the leaf (the processor code whose own work or library calls the CPU is busy with).
   */
  private static void samples(Path recording) throws IOException {
    int total = 0;
    int inSlipway = 0;
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> nearestLeaf = new HashMap<>();
    Map<String, Integer> leafPackage = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      total++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames(); // leaf first
      Set<String> slipwayMethods = new LinkedHashSet<>();
      for (RecordedFrame frame : frames) {
        String method = name(frame);
        if (method.startsWith(SLIPWAY)) {
          slipwayMethods.add(method);
        }
      }
      if (slipwayMethods.isEmpty()) {
        continue;
      }
      inSlipway++;
      slipwayMethods.forEach(m -> inclusive.merge(m, 1, Integer::sum));
      nearestLeaf.merge(slipwayMethods.iterator().next(), 1, Integer::sum);
      leafPackage.merge(packageOf(name(frames.get(0))), 1, Integer::sum);
    }
    System.out.printf(Locale.ROOT, "## Execution samples%n%n%d samples of javac threads, %d (%.1f %%) with Slipway on the stack%n",
        total, inSlipway, total == 0 ? 0 : 100.0 * inSlipway / total);
    print("Slipway methods on the stack (inclusive)", inclusive, inSlipway);
    print("Slipway frame nearest the leaf", nearestLeaf, inSlipway);
    print("Leaf package, in samples with Slipway on the stack", leafPackage, inSlipway);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static String packageOf(String method) {
    String type = method.substring(0, method.lastIndexOf('.'));
    return type.contains(".") ? type.substring(0, type.lastIndexOf('.')) : "(default)";
  }

  /** Classes loaded per jar (or "jrt" for the JDK), compared with the floor's when given. */
  private static void classLoading(Path log, Path floorLog) throws IOException {
    Map<String, Integer> perSource = perSource(log);
    Map<String, Integer> floor = floorLog == null ? Map.of() : perSource(floorLog);
    int total = perSource.values().stream().mapToInt(Integer::intValue).sum();
    int floorTotal = floor.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(Locale.ROOT, "%n## Classes loaded%n%n%d classes%s%n%n| source | classes | floor |%n|---|---:|---:|%n",
        total, floorLog == null ? "" : " (floor: " + floorTotal + ", added: " + (total - floorTotal) + ")");
    perSource.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %d | %s |%n",
            e.getKey(), e.getValue(), floor.containsKey(e.getKey()) ? floor.get(e.getKey()) : "-"));
  }

  private static Map<String, Integer> perSource(Path log) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    try (Stream<String> lines = Files.lines(log)) {
      lines.forEach(line -> {
        Matcher m = SOURCE.matcher(line);
        String source;
        if (line.contains("source: jrt:/") || line.contains("shared objects file")) {
          source = "JDK (jrt, CDS)";
        } else if (m.find() && m.group(1).contains("/")) {
          String path = m.group(1);
          int bang = path.indexOf('!');
          path = bang >= 0 ? path.substring(0, bang) : path;
          source = path.substring(path.lastIndexOf('/') + 1);
        } else {
          // the source of a lambda or other hidden class is the class that defined it
          source = "hidden classes (lambdas, method handles)";
        }
        counts.merge(source, 1, Integer::sum);
      });
    }
    return counts;
  }

  private static void print(String title, Map<String, Integer> counts, int of) {
    System.out.printf(Locale.ROOT, "%n%s:%n%n| samples | %% | method |%n|---:|---:|---|%n", title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .forEach(e -> System.out.printf(Locale.ROOT, "| %d | %.1f | `%s` |%n",
            e.getValue(), of == 0 ? 0 : 100.0 * e.getValue() / of, e.getKey()));
  }

  private Profile() {}
}
