package dev.slipway.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A mirror of an annotation the class does not carry, with no explicit values, so that
 * {@code Elements.getElementValuesWithDefaults} yields the annotation's declared defaults. This
 * keeps the defaults in one place: the annotation's source.
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
