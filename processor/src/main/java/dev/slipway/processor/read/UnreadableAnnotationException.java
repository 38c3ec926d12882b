package dev.slipway.processor.read;

/**
 * An annotation value javac could not attribute (an undefined constant, a wrong type). javac
 * reports that error itself, so the processor skips the service without adding noise.
 */
public final class UnreadableAnnotationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UnreadableAnnotationException(String message) {
    super(message, null, false, false);
  }
}
