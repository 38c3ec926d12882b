package dev.slipway.processor.emit;

/**
 * One generated Java source file.
 *
 * @param qualifiedName the class it declares
 * @param originatingClass the binary name of the annotated class it is generated from, which the
 *     processor hands to the Filer so that incremental builds know what to regenerate
 * @param content the source text
 */
public record GeneratedSource(String qualifiedName, String originatingClass, String content) {}
