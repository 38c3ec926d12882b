package dev.slipway.runtime;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drains the started runtimes when SIGTERM arrives, before the JVM begins to shut down, and then
 * hands the signal to the JVM's own handler, which exits with status 143 and runs the shutdown hooks.
 *
 * <p>Draining in a shutdown hook instead would run beside every other hook, since the JVM starts
 * them all at once: java.util.logging's {@code LogManager} cleaner (Log4j 2's hook likewise) closes
 * the log handlers before the drain has said anything, and the application's own hooks close its
 * connection pools while the drain still serves requests.
 *
 * <p>The handler is {@code sun.misc.Signal}'s, from the {@code jdk.unsupported} module. Where it
 * cannot be installed (a runtime image without that module, {@code -Xrs}), the runtimes' shutdown
 * hooks drain, with the limits above, when the JVM runs them on SIGTERM.
 */
final class SigtermDrain {

  private static final System.Logger LOG = System.getLogger(SigtermDrain.class.getName());

  private static final Set<SlipwayRuntime> RUNTIMES = ConcurrentHashMap.newKeySet();
  private static boolean installed;

  private SigtermDrain() {}

  /** Drains {@code runtime} on SIGTERM, until {@link #remove} (it stopped). */
  static synchronized void add(SlipwayRuntime runtime) {
    if (!installed) {
      installed = true;
      try {
        install();
      } catch (IllegalArgumentException | LinkageError e) {
        LOG.log(Level.WARNING, "cannot handle SIGTERM (" + e + "): the drain is left to the shutdown hook,"
            + " where the log may be closed already; with -Xrs the JVM runs no hook on SIGTERM");
      }
    }
    RUNTIMES.add(runtime);
  }

  static void remove(SlipwayRuntime runtime) {
    RUNTIMES.remove(runtime);
  }

  private static void install() {
    sun.misc.SignalHandler[] jvmHandler = new sun.misc.SignalHandler[1];
    jvmHandler[0] = sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> {
      Thread drain = new Thread(() -> {
        List<CompletableFuture<Void>> drains = RUNTIMES.stream()
            .map(runtime -> CompletableFuture.runAsync(() -> runtime.shutdown("SIGTERM"), SigtermDrain::daemon))
            .toList();
        drains.forEach(CompletableFuture::join);
        if (jvmHandler[0] == sun.misc.SignalHandler.SIG_DFL || jvmHandler[0] == sun.misc.SignalHandler.SIG_IGN) {
          Runtime.getRuntime().exit(128 + signal.getNumber()); // native handlers cannot be called from Java
        } else {
          jvmHandler[0].handle(signal); // the JVM's: exit status 143, then the shutdown hooks
        }
      }, "slipway-sigterm");
      // not a daemon like the signal's thread: the JVM must not exit on its own, with status 0, as
      // soon as the stopped servers' threads end
      drain.setDaemon(false);
      drain.start();
    });
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "slipway-drain");
    thread.setDaemon(true);
    thread.start();
  }
}
