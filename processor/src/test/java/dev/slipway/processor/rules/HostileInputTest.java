package dev.slipway.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static dev.slipway.processor.rules.Spec.orders;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.slipway.annotations.Service;
import dev.slipway.processor.SlipwayProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics a user can act on, for the mistakes the rule specs do not cover one by one. */
class HostileInputTest {

  private static final Compiler JAVAC = Compiler.javac();
  private static final JavaCompiler SYSTEM_JAVAC = ToolProvider.getSystemJavaCompiler();

  @Test
  void aValueJavacRejectedGetsNoSecondErrorFromSlipway() {
    for (Spec spec :
        List.of(
            orders().set("image = \"ghcr.io/acme/orders:1.4.2\"", "image = Images.ORDERS"),
            orders().set("dependsOn = {\"payments\"}", "dependsOn = {\"payments\", UNDEFINED}"),
            orders().set("cpu = \"250m\"", "cpu = Sizes.CPU"),
            orders().set("maxErrorRate = 0.01", "maxErrorRate = Rates.MAX"),
            orders().set("path = \"/\",", "path = \"/\",\n    via = Expose.Via.MESH,"),
            orders().set("path = \"/\",", "path = \"/\",\n    via = null,"))) {
      Compilation compilation = spec.compile(JAVAC);
      assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
      assertThat(compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList())
          .isNotEmpty();
      assertThat(Diagnostics.slipway(compilation)).isEmpty();
      assertThat(spec.writtenOnDisk(SYSTEM_JAVAC)).isEmpty();
    }
  }

  @Test
  void aValueThatWouldOverflowARegexIsAnOrdinaryFinding() {
    String image = "ghcr.io/" + "a.".repeat(20000) + "a:1.4.2";
    orders()
        .set("image = \"ghcr.io/acme/orders:1.4.2\"", "image = \"" + image + "\"")
        .error(
            "[SLW-IMG-001] @Service(image = \"ghcr.io/"
                + "a.".repeat(36)
                + "...\") is not a valid image reference; write [registry[:port]/]repository[:tag][@sha256:digest] with a lowercase repository, e.g. \"ghcr.io/acme/orders:1.4.2\"")
        .verify(JAVAC, SYSTEM_JAVAC);
    orders()
        .set("value = \"info\"", "value = \"1" + ":1".repeat(20000) + "\"")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void aForgottenMilliOnCpuIsCaughtAndTheAdviceNeverProposes500Cores() {
    orders()
        .set("cpu = \"250m\"", "cpu = \"500\"")
        .on("cpu = \"500\"")
        .error(
            "[SLW-RES-003] @Resources(cpu = \"500\") is more than cpuLimit = \"1\"; a request cannot exceed its limit: lower cpu to at most \"1\"")
        .error(
            "[SLW-RES-009] @Resources(cpu = \"500\") is 500 cores, more than 64, so no node could run it; did you mean \"500m\"?")
        .verify(JAVAC, SYSTEM_JAVAC);
    orders()
        .set("cpuLimit = \"1\"", "cpuLimit = \"2000\"")
        .error(
            "[SLW-RES-009] @Resources(cpuLimit = \"2000\") is 2000 cores, more than 64, so no node could run it; did you mean \"2000m\"?")
        .verify(JAVAC, SYSTEM_JAVAC);
    orders()
        .set("cpuLimit = \"1\"", "cpuLimit = \"99999999\"")
        .error(
            "[SLW-RES-009] @Resources(cpuLimit = \"99999999\") is 99999999 cores, more than 64, so no node could run it; write millicores with 'm', e.g. \"500m\", or waive SLW-RES-009 for a node that large")
        .verify(JAVAC, SYSTEM_JAVAC);
    orders()
        .set("cpu = \"250m\"", "cpu = \"64\"")
        .set("cpuLimit = \"1\"", "cpuLimit = \"64\"")
        .verify(JAVAC, SYSTEM_JAVAC);
  }

  @Test
  void aWriteThatFailsHalfwayLeavesNoFileBehind(@TempDir Path out) throws Exception {
    Path classes = Files.createDirectories(out.resolve("classes"));
    Path sources = Files.createDirectories(out.resolve("src"));
    List<JavaFileObject> files =
        List.of(
            SourceFile.write(sources, Spec.ORDERS, Sources.ORDERS),
            SourceFile.write(sources, Spec.PAYMENTS, Sources.PAYMENTS));
    StandardJavaFileManager standard = SYSTEM_JAVAC.getStandardFileManager(null, Locale.ROOT, null);
    standard.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
    // a disk that fills up after five files
    JavaFileManager filling =
        new ForwardingJavaFileManager<>(standard) {
          private int files;

          @Override
          public FileObject getFileForOutput(
              Location location, String packageName, String relativeName, FileObject sibling)
              throws IOException {
            if (relativeName.startsWith(SlipwayProcessor.OUTPUT_ROOT) && ++files > 5) {
              throw new IOException("No space left on device");
            }
            return super.getFileForOutput(location, packageName, relativeName, sibling);
          }
        };
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task =
        SYSTEM_JAVAC.getTask(
            new StringWriter(), filling, diagnostics, List.of("-proc:only"), null, files);
    task.setProcessors(List.of(new SlipwayProcessor()));
    assertThat(task.call()).isFalse();
    List<String> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("[SLW-IO] could not write META-INF/slipway/");
    assertThat(errors.get(0))
        .endsWith(": No space left on device; removed the 5 files already written");
    try (Stream<Path> left = Files.walk(classes)) {
      assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
    }
  }

  @Test
  void aProcessorPathWithoutJacksonSaysSo(@TempDir Path out) throws Exception {
    URL processorClasses =
        SlipwayProcessor.class.getProtectionDomain().getCodeSource().getLocation();
    URL annotations = Service.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader bare =
        new URLClassLoader(
            new URL[] {processorClasses, annotations}, ClassLoader.getPlatformClassLoader())) {
      Processor processor =
          (Processor)
              bare.loadClass(SlipwayProcessor.class.getName()).getConstructor().newInstance();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      Path sources = Files.createDirectories(out.resolve("src"));
      List<JavaFileObject> files =
          List.of(
              SourceFile.write(sources, Spec.ORDERS, Sources.ORDERS),
              SourceFile.write(sources, Spec.PAYMENTS, Sources.PAYMENTS));
      JavaCompiler.CompilationTask task =
          SYSTEM_JAVAC.getTask(
              new StringWriter(),
              null,
              diagnostics,
              List.of("-proc:only", "-d", out.toString()),
              null,
              files);
      task.setProcessors(List.of(processor));
      assertThat(task.call()).isFalse();
      List<String> errors =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .map(d -> d.getMessage(Locale.ROOT))
              .toList();
      assertThat(errors).hasSize(1);
      assertThat(errors.get(0))
          .startsWith("[SLW-SETUP] Slipway cannot run: the class com.fasterxml.jackson.");
      assertThat(errors.get(0)).contains("is missing from the annotation processor path");
      assertThat(Files.exists(out.resolve(SlipwayProcessor.OUTPUT_ROOT))).isFalse();
    }
  }
}
