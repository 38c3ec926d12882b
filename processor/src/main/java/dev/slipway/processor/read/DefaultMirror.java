package dev.slipway.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A mirror of an annotation the class does not carry ({@code @Slo}, {@code @Metrics}), with no
 * explicit values, so that {@link AnnotationReader} reads every member's declared default from the
 * annotation type. This keeps the defaults in one place: the annotation's source.
 */
record DefaultMirror(TypeElement annotationType) implements AnnotationMirror {

  @Override
  public DeclaredType getAnnotationType() {
    return (DeclaredType) annotationType.asType();
  }

  @Override
  public Map<? extends ExecutableElement, ? extends AnnotationValue> getElementValues() {
    return Map.of();
  }
}
