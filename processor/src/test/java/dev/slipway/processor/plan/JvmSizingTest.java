package dev.slipway.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slipway.processor.model.Framework;
import dev.slipway.processor.values.Quantity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JvmSizingTest {

  @Test
  void theHeapGetsWhatTheFrameworksNativeMemoryLeavesOfTheLimit() {
    // 512Mi - 192Mi for Spring Boot = 320Mi, 62.5 % rounded down
    JvmSizing spring = JvmSizing.of(Framework.SPRING_BOOT, resources("250m", null, "512Mi"));
    assertEquals(new JvmSizing(62, 1), spring);
    assertEquals(
        "-XX:MaxRAMPercentage=62 -XX:ActiveProcessorCount=1 -XX:+ExitOnOutOfMemoryError",
        spring.javaToolOptions());
  }

  @Test
  void aRealJvmReadsTheOptionsAsMeant() throws Exception {
    // -XX:MaxRAM stands in for the container's memory limit, which the JVM reads from the cgroup
    ProcessBuilder java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:MaxRAM=512m",
                "-XX:+PrintFlagsFinal",
                "-version")
            .redirectErrorStream(true);
    java.environment().put("JAVA_TOOL_OPTIONS", new JvmSizing(62, 1).javaToolOptions());
    Process process = java.start();
    String flags = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), flags);
    long maxHeap = Long.parseLong(flag(flags, "MaxHeapSize"));
    // 62 % of 512Mi is 317.4Mi, which the JVM rounds to its heap alignment (318Mi on JDK 17)
    assertTrue(maxHeap >= (316L << 20) && maxHeap <= (320L << 20), "MaxHeapSize " + maxHeap);
    assertEquals("1", flag(flags, "ActiveProcessorCount"));
    assertEquals("true", flag(flags, "ExitOnOutOfMemoryError"));
  }

  private static String flag(String flags, String name) {
    Matcher m = Pattern.compile("\\s" + name + "\\s+=\\s+(\\S+)").matcher(flags);
    assertTrue(m.find(), name + " in\n" + flags);
    return m.group(1);
  }

  @Test
  void theHeapShareStopsAtThreeQuartersInLargeContainers() {
    assertEquals(
        75, JvmSizing.of(Framework.SLIPWAY_RUNTIME, resources("1", "2", "4Gi")).heapPercent());
  }

  @Test
  void aLimitBelowTheFrameworksNeedStillGetsTheJvmsDefaultShare() {
    // only reachable with SLW-RES-010 waived
    assertEquals(
        25, JvmSizing.of(Framework.SPRING_BOOT, resources("100m", null, "128Mi")).heapPercent());
  }

  @Test
  void processorsFollowTheCpuLimitElseTheRequestRoundedUp() {
    assertEquals(
        2, JvmSizing.of(Framework.SLIPWAY_RUNTIME, resources("250m", "1500m", "1Gi")).processors());
    assertEquals(
        3, JvmSizing.of(Framework.SLIPWAY_RUNTIME, resources("2.1", null, "1Gi")).processors());
    assertEquals(
        1, JvmSizing.of(Framework.SLIPWAY_RUNTIME, resources("1m", null, "1Gi")).processors());
  }

  private static ResourcesPlan resources(String cpu, String cpuLimit, String memoryLimit) {
    return new ResourcesPlan(
        Quantity.parse(cpu).orElseThrow(),
        Quantity.parse("256Mi").orElseThrow(),
        Optional.ofNullable(cpuLimit).map(c -> Quantity.parse(c).orElseThrow()),
        Quantity.parse(memoryLimit).orElseThrow());
  }
}
