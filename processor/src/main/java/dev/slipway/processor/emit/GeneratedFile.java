package dev.slipway.processor.emit;

import java.nio.charset.StandardCharsets;

/**
 * One output file.
 *
 * @param path relative to {@code META-INF/slipway/}, with '/' separators, for example {@code
 *     orders/base/manifests.yaml}
 */
public record GeneratedFile(String path, byte[] content) {

  public static GeneratedFile text(String path, String content) {
    return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }
}
