package dev.slipway.runtime;

import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drains the started runtimes when SIGTERM arrives, before the JVM begins to shut down, and then
 * hands the signal to the JVM's own handler, which exits with status 143 and runs the shutdown
 * hooks.
 *
 * <p>Draining in a shutdown hook instead would run beside every other hook, since the JVM starts
 * them all at once: java.util.logging's {@code LogManager} cleaner (Log4j 2's hook likewise) closes
 * the log handlers before the drain has said anything, and the application's own hooks close its
 * connection pools while the drain still serves requests.
 *
 * <p>The handler is {@code sun.misc.Signal}'s, from the {@code jdk.unsupported} module, reached
 * reflectively: javac warns about every compile-time use of it ("internal proprietary API"), and no
 * option turns that warning off under {@code --release}. Where it cannot be installed (a runtime
 * image without that module, {@code -Xrs}), the runtimes' shutdown hooks drain, with the limits
 * above, when the JVM runs them on SIGTERM.
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
      } catch (InvocationTargetException e) {
        cannotHandle(e.getCause()); // Signal.handle refused, as with -Xrs
      } catch (ReflectiveOperationException | IllegalArgumentException | LinkageError e) {
        cannotHandle(e);
      }
    }
    RUNTIMES.add(runtime);
  }

  private static void cannotHandle(Throwable why) {
    LOG.log(
        Level.WARNING,
        "cannot handle SIGTERM ("
            + why
            + "): the drain is left to the shutdown hook,"
            + " where the log may be closed already; with -Xrs the JVM runs no hook on SIGTERM");
  }

  static void remove(SlipwayRuntime runtime) {
    RUNTIMES.remove(runtime);
  }

  /** Installs the handler through {@code sun.misc.Signal.handle}, keeping the JVM's to hand on. */
  private static void install() throws ReflectiveOperationException {
    Class<?> signalType = Class.forName("sun.misc.Signal");
    Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
    Object term = signalType.getConstructor(String.class).newInstance("TERM");
    Object defaultAction = handlerType.getField("SIG_DFL").get(null);
    Object ignore = handlerType.getField("SIG_IGN").get(null);
    Method handle = handlerType.getMethod("handle", signalType);
    Object[] jvmHandler = new Object[1];
    InvocationHandler onSignal =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "equals" -> proxy == args[0];
              case "hashCode" -> System.identityHashCode(proxy);
              default -> "slipway SIGTERM handler";
            };
          }
          Object signal = args[0];
          Thread drain =
              new Thread(
                  () -> {
                    List<CompletableFuture<Void>> drains =
                        RUNTIMES.stream()
                            .map(
                                runtime ->
                                    CompletableFuture.runAsync(
                                        () -> runtime.shutdown("SIGTERM"), SigtermDrain::daemon))
                            .toList();
                    drains.forEach(CompletableFuture::join);
                    if (jvmHandler[0] == defaultAction || jvmHandler[0] == ignore) {
                      Runtime.getRuntime()
                          .exit(
                              128
                                  + number(
                                      signalType,
                                      signal)); // native handlers cannot be called from Java
                    } else {
                      invoke(
                          handle,
                          jvmHandler[0],
                          signal); // the JVM's: exit status 143, then the shutdown hooks
                    }
                  },
                  "slipway-sigterm");
          // not a daemon like the signal's thread: the JVM must not exit on its own, with status 0,
          // as soon as the stopped servers' threads end
          drain.setDaemon(false);
          drain.start();
          return null;
        };
    Object ours =
        Proxy.newProxyInstance(
            handlerType.getClassLoader(), new Class<?>[] {handlerType}, onSignal);
    jvmHandler[0] =
        signalType.getMethod("handle", signalType, handlerType).invoke(null, term, ours);
  }

  private static int number(Class<?> signalType, Object signal) {
    try {
      return (int) signalType.getMethod("getNumber").invoke(signal);
    } catch (ReflectiveOperationException e) {
      return 15; // SIGTERM everywhere Linux runs
    }
  }

  private static void invoke(Method handle, Object handler, Object signal) {
    try {
      handle.invoke(handler, signal);
    } catch (ReflectiveOperationException e) {
      LOG.log(Level.WARNING, "the JVM's SIGTERM handler failed: " + e + "; exiting with 143");
      Runtime.getRuntime().exit(143);
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "slipway-drain");
    thread.setDaemon(true);
    thread.start();
  }
}
