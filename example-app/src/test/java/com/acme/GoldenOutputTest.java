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
 * {@code src/test/resources/golden/}. After an intended change, regenerate the copy with
 * {@code mvn -pl example-app -am verify -Dslipway.updateGolden=true}, then review the diff line
 * by line before committing it.
 */
class GoldenOutputTest {

  private static final Path GENERATED = Path.of("target", "classes", "META-INF", "slipway");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  void generatedFilesEqualTheReviewedGoldenCopy() throws IOException {
    if (Boolean.getBoolean("slipway.updateGolden")) {
      replaceGolden();
    }
    List<Path> generated = files(GENERATED);
    assertEquals(files(GOLDEN), generated, "the set of generated files");
    for (Path file : generated) {
      assertEquals(
          Files.readString(GOLDEN.resolve(file)),
          Files.readString(GENERATED.resolve(file)),
          file + " differs from its golden copy");
    }
  }

  private static void replaceGolden() throws IOException {
    if (Files.exists(GOLDEN)) {
      try (Stream<Path> old = Files.walk(GOLDEN)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    for (Path file : files(GENERATED)) {
      Files.createDirectories(GOLDEN.resolve(file).getParent());
      Files.copy(GENERATED.resolve(file), GOLDEN.resolve(file));
    }
  }

  /** The regular files below {@code root}, relative to it, sorted. */
  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
