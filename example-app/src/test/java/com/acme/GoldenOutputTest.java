package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything Slipway generated for the example services equals the reviewed golden copy under
 * {@code src/test/resources/golden/}, and the runtime descriptor classes it generated equal {@code
 * src/test/resources/golden-sources/}. After an intended change, regenerate the copy with {@code
 * mvn -pl example-app -am verify -Dslipway.updateGolden=true}, then review the diff line by line
 * before committing it.
 */
class GoldenOutputTest {

  private static final Path GENERATED = Path.of("target", "classes", "META-INF", "slipway");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /** The runtime descriptor classes, generated Java. */
  private static final Path GENERATED_SOURCES =
      Path.of("target", "generated-sources", "annotations");

  private static final Path GOLDEN_SOURCES = Path.of("src", "test", "resources", "golden-sources");

  @Test
  void generatedFilesEqualTheReviewedGoldenCopy() throws IOException {
    assertEqualsGolden(GENERATED, GOLDEN);
  }

  @Test
  void generatedDescriptorClassesEqualTheReviewedGoldenCopy() throws IOException {
    assertEqualsGolden(GENERATED_SOURCES, GOLDEN_SOURCES);
  }

  private static void assertEqualsGolden(Path generatedRoot, Path goldenRoot) throws IOException {
    if (Boolean.getBoolean("slipway.updateGolden")) {
      replaceGolden(generatedRoot, goldenRoot);
    }
    List<Path> generated = files(generatedRoot);
    assertEquals(files(goldenRoot), generated, "the set of generated files");
    for (Path file : generated) {
      assertEquals(
          Files.readString(goldenRoot.resolve(file)),
          Files.readString(generatedRoot.resolve(file)),
          file + " differs from its golden copy");
    }
  }

  private static void replaceGolden(Path generatedRoot, Path goldenRoot) throws IOException {
    if (Files.exists(goldenRoot)) {
      try (Stream<Path> old = Files.walk(goldenRoot)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    for (Path file : files(generatedRoot)) {
      Files.createDirectories(goldenRoot.resolve(file).getParent());
      Files.copy(generatedRoot.resolve(file), goldenRoot.resolve(file));
    }
  }

  /** The regular files below {@code root}, relative to it, sorted. */
  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
