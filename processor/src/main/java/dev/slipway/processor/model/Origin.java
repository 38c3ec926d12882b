package dev.slipway.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a value came from in the source: the annotated class, the annotation on it and the
 * attribute value, so a diagnostic lands on the exact attribute. Any part may be null: a default
 * value has no {@code value}, and models built in tests have none at all.
 */
public record Origin(Element element, AnnotationMirror mirror, AnnotationValue value) {

  public static final Origin NONE = new Origin(null, null, null);

  /** The same place without the attribute: the annotation as a whole. */
  public Origin annotationOnly() {
    return new Origin(element, mirror, null);
  }
}
