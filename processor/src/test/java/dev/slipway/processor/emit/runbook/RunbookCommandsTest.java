package dev.slipway.processor.emit.runbook;

import static dev.slipway.processor.SlipwayCompiler.compile;
import static dev.slipway.processor.SlipwayCompiler.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.CompilationSubject;
import dev.slipway.processor.SlipwayCompiler.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of a runbook does what it says and nothing more, whatever the annotations hold:
 * each one runs in a real {@code sh} with kubectl, curl and the text filters replaced by functions
 * that record their arguments, and with {@code id} (which a hostile value calls) recording that it
 * ran. Placeholders are replaced first, as the on-call engineer would.
 */
class RunbookCommandsTest {

  /** Legal in a URL path, and every character that means something to a shell. */
  private static final String HOSTILE_PATH = "/prom;id&x=$(id)'$(id)'*~!";

  private static final String STUBS =
      """
      kubectl() { printf '%s\\n' kubectl "$@" >> "$ARGS"; cat >/dev/null 2>&1 </dev/null; }
      curl() { printf '%s\\n' curl "$@" >> "$ARGS"; }
      grep() { cat >/dev/null; }
      head() { cat >/dev/null; }
      tail() { cat >/dev/null; }
      sort() { cat >/dev/null; }
      id() { echo ran >> "$RAN"; }
      """;

  @Test
  void aHostileMetricsPathIsOneLiteralArgumentAndRunsNothing(@TempDir Path dir)
      throws IOException, InterruptedException {
    Output output =
        compile(
            Map.of(),
            service(
                "OrdersService",
                """
                @Service(name = "orders", image = "ghcr.io/acme/orders:1.4.2", team = "commerce")
                @Scaling(min = 2, max = 6, cpuUtilization = 70)
                @HealthCheck
                @Canary
                @Metrics(path = "%s")
                """
                    .formatted(HOSTILE_PATH.replace("\\", "\\\\").replace("\"", "\\\""))));
    CompilationSubject.assertThat(output.compilation()).succeeded();
    List<String> commands = commands(output.file("orders/runbook.md"));
    assertTrue(commands.size() > 20, commands.toString());
    Path args = dir.resolve("args");
    Path ran = dir.resolve("ran");
    for (String command : commands) {
      String runnable =
          command
              .replace("<pod>", "orders-1")
              .replace("<n>", "5")
              .replace("<analysisrun>", "run-1");
      assertFalse(runnable.contains("<"), runnable);
      ProcessBuilder sh = new ProcessBuilder("sh", "-c", STUBS + runnable);
      sh.directory(dir.toFile()).redirectErrorStream(true);
      sh.environment().put("ARGS", args.toString());
      sh.environment().put("RAN", ran.toString());
      Process process = sh.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, process.waitFor(), runnable + "\n" + out);
      assertFalse(Files.exists(ran), "ran more than it says: " + runnable);
    }
    List<String> recorded = Files.readAllLines(args);
    assertTrue(recorded.contains("localhost:9090" + HOSTILE_PATH), recorded.toString());
    assertTrue(recorded.contains("orders"), recorded.toString());
  }

  /** The lines of the runbook's {@code sh} blocks. */
  static List<String> commands(String markdown) {
    List<String> commands = new ArrayList<>();
    boolean in = false;
    for (String line : markdown.split("\n")) {
      String stripped = line.strip();
      if (stripped.equals("```sh")) {
        in = true;
      } else if (stripped.equals("```")) {
        in = false;
      } else if (in && !stripped.isEmpty()) {
        commands.add(stripped);
      }
    }
    return commands;
  }
}
