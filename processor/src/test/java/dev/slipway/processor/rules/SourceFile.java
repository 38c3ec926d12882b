package dev.slipway.processor.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.SimpleJavaFileObject;

/**
 * A source file written to a temporary directory. ecj only compiles sources that exist on disk
 * (Compile Testing's in-memory sources make it fail with "File ... is missing"), so both compilers
 * get real files.
 */
final class SourceFile extends SimpleJavaFileObject {

  private final String text;

  private SourceFile(Path path, String text) {
    super(path.toUri(), Kind.SOURCE);
    this.text = text;
  }

  static SourceFile write(Path root, String className, String text) {
    Path path = root.resolve(className.replace('.', '/') + Kind.SOURCE.extension);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    path.toFile().deleteOnExit();
    return new SourceFile(path, text);
  }

  @Override
  public CharSequence getCharContent(boolean ignoreEncodingErrors) {
    return text;
  }

  @Override
  public InputStream openInputStream() {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
