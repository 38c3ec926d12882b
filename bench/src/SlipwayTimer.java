import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs Slipway's processor inside javac and prints, after the last round, the CPU time of
 * javac's thread spent in it (creating it, {@code init} and every {@code process} call,
 * including the class loading they trigger). Thread CPU time hardly moves with the load of
 * other processes, unlike a whole compile's wall time; javac's own extra work for a processor
 * (another round, compiling generated sources) is not in it. Used by {@code bench/profile.sh}.
 */
public final class SlipwayTimer implements Processor {

  private static final String SLIPWAY = "dev.slipway.processor.SlipwayProcessor";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Processor slipway;
  private long cpuNanos;
  private long wallNanos;
  private int rounds;

  @Override
  public void init(ProcessingEnvironment env) {
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    try {
      slipway = (Processor) Class.forName(SLIPWAY).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Slipway's processor is not on the processor path", e);
    }
    slipway.init(env);
    cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
    wallNanos += System.nanoTime() - wall;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    boolean claimed = slipway.process(annotations, round);
    cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
    wallNanos += System.nanoTime() - wall;
    rounds++;
    if (round.processingOver()) {
      System.err.printf(
          Locale.ROOT,
          "slipway-timer: cpu %.3f s, wall %.3f s, %d rounds%n",
          cpuNanos / 1e9,
          wallNanos / 1e9,
          rounds);
    }
    return claimed;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return slipway.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return slipway.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return slipway.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return slipway.getCompletions(element, annotation, member, userText);
  }
}
