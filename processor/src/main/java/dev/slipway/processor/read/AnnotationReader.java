package dev.slipway.processor.read;

import dev.slipway.processor.model.Located;
import dev.slipway.processor.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads the members of one annotation mirror as {@link Located} values that remember their origin
 * and whether the user wrote them. Defaults carry the origin of the annotation itself, so a
 * diagnostic about a defaulted member lands on the annotation.
 */
final class AnnotationReader {

  /** How javac's stand-in for a value it could not attribute reads. */
  private static final String ERROR = "<error>";

  private final Element element;
  private final AnnotationMirror mirror;
  private final Origin annotationOrigin;
  private final Map<String, AnnotationValue> explicit = new HashMap<>();
  private final Map<String, AnnotationValue> withDefaults = new HashMap<>();

  /**
   * @param annotationOrigin where defaulted members point: this annotation, or for a nested
   *     annotation the user did not write, the enclosing one
   */
  AnnotationReader(Element element, AnnotationMirror mirror, Origin annotationOrigin) {
    this.element = element;
    this.mirror = mirror;
    this.annotationOrigin = annotationOrigin;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value :
        mirror.getElementValues().entrySet()) {
      explicit.put(name(value.getKey()), value.getValue());
    }
    // Defaults from the annotation type itself: javac's getElementValuesWithDefaults only accepts
    // its own mirrors, and DefaultMirror is not one.
    for (ExecutableElement member :
        ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      AnnotationValue v = explicit.getOrDefault(name(member), member.getDefaultValue());
      if (v != null) {
        withDefaults.put(name(member), v);
      }
    }
  }

  static AnnotationReader of(Element element, AnnotationMirror mirror) {
    return new AnnotationReader(element, mirror, new Origin(element, mirror, null));
  }

  Origin origin() {
    return annotationOrigin;
  }

  Located<String> string(String member) {
    return located(member, String.class);
  }

  Located<Integer> integer(String member) {
    return located(member, Integer.class);
  }

  Located<Long> longInteger(String member) {
    return located(member, Long.class);
  }

  Located<Double> decimal(String member) {
    return located(member, Double.class);
  }

  Located<Boolean> bool(String member) {
    return located(member, Boolean.class);
  }

  /**
   * An enum member, as the constant's simple name: {@code GATEWAY} for {@code Via.GATEWAY}, {@code
   * FORBID} for {@code ConcurrencyPolicy.FORBID}.
   */
  Located<String> enumConstant(String member) {
    VariableElement constant = cast(value(member).getValue(), VariableElement.class, member);
    return new Located<>(
        constant.getSimpleName().toString(), originOf(member), explicit.containsKey(member));
  }

  /** An array member; each element keeps its own origin. */
  <T> Located<List<Located<T>>> array(String member, Class<T> type) {
    AnnotationValue array = value(member);
    boolean isExplicit = explicit.containsKey(member);
    List<Located<T>> items = new ArrayList<>();
    for (AnnotationValue item : listOf(array, member)) {
      items.add(
          new Located<>(
              cast(item.getValue(), type, member),
              isExplicit ? new Origin(element, mirror, item) : annotationOrigin,
              isExplicit));
    }
    return new Located<>(List.copyOf(items), originOf(member), isExplicit);
  }

  /** A nested annotation member, such as {@code @Service(resources = @Resources(...))}. */
  AnnotationReader nested(String member) {
    AnnotationMirror nested = cast(value(member).getValue(), AnnotationMirror.class, member);
    Origin nestedOrigin =
        explicit.containsKey(member) ? new Origin(element, nested, null) : annotationOrigin;
    return new AnnotationReader(element, nested, nestedOrigin);
  }

  /** An array of nested annotations, such as {@code env = {@Env(...), @Env(...)}}. */
  List<AnnotationReader> nestedArray(String member) {
    List<AnnotationReader> readers = new ArrayList<>();
    for (AnnotationValue item : listOf(value(member), member)) {
      AnnotationMirror nested = cast(item.getValue(), AnnotationMirror.class, member);
      readers.add(new AnnotationReader(element, nested, new Origin(element, nested, null)));
    }
    return List.copyOf(readers);
  }

  private <T> Located<T> located(String member, Class<T> type) {
    return new Located<>(
        cast(value(member).getValue(), type, member),
        originOf(member),
        explicit.containsKey(member));
  }

  private Origin originOf(String member) {
    AnnotationValue written = explicit.get(member);
    if (written != null && annotationOrigin.mirror() == mirror) {
      return new Origin(element, mirror, written);
    }
    return annotationOrigin;
  }

  private AnnotationValue value(String member) {
    AnnotationValue v = withDefaults.get(member);
    if (v == null) {
      throw new UnreadableAnnotationException("no value for " + member);
    }
    return attributed(v, member);
  }

  /**
   * {@code value}, unless javac could not attribute it (an unresolved constant, a wrong type): then
   * javac has reported the error, and its stand-in value reads as the string {@code "<error>"},
   * which must not reach a rule as if the user had written it.
   */
  private static AnnotationValue attributed(AnnotationValue value, String member) {
    String implementation = value.getClass().getName();
    boolean erroneous =
        implementation.endsWith("Attribute$Error")
            || implementation.endsWith("Attribute$UnresolvedClass")
            // a real "<error>" constant prints with its quotes: "\"<error>\""
            || (ERROR.equals(value.getValue()) && ERROR.equals(value.toString()));
    if (erroneous) {
      throw new UnreadableAnnotationException(member + " could not be attributed");
    }
    return value;
  }

  private static List<? extends AnnotationValue> listOf(AnnotationValue value, String member) {
    if (!(value.getValue() instanceof List<?> list)) {
      throw new UnreadableAnnotationException(member + " is not an array");
    }
    for (Object item : list) {
      if (!(item instanceof AnnotationValue element)) {
        throw new UnreadableAnnotationException(member + " has an unreadable element");
      }
      attributed(element, member);
    }
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) list;
    return values;
  }

  private static <T> T cast(Object value, Class<T> type, String member) {
    if (!type.isInstance(value)) {
      throw new UnreadableAnnotationException(member + " is not a " + type.getSimpleName());
    }
    return type.cast(value);
  }

  private static String name(ExecutableElement member) {
    return member.getSimpleName().toString();
  }
}
