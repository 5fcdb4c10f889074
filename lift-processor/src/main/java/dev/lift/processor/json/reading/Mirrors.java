package dev.lift.processor.json.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Annotation mirrors of libraries the processor does not depend on (Jackson, Jakarta Validation),
 * read by name. A record component's annotations land on the component, its field, its accessor,
 * its constructor parameter or its type, depending on each annotation's targets; this reads them
 * all and keeps the first of each annotation type.
 */
final class Mirrors {
  private Mirrors() {}

  static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /**
   * The annotations of several places that describe one thing, each annotation type once, all
   * reported on {@code anchor}: the place a reader wrote them (a record component, a constructor
   * parameter), whichever place javac copied them to.
   */
  static List<Placed> collect(List<? extends Element> places, List<? extends AnnotationMirror> typeUse, Element anchor) {
    List<Placed> all = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Element place : places) {
      for (AnnotationMirror mirror : place.getAnnotationMirrors()) {
        if (seen.add(name(mirror))) {
          all.add(new Placed(mirror, anchor));
        }
      }
    }
    for (AnnotationMirror mirror : typeUse) {
      if (seen.add(name(mirror))) {
        all.add(new Placed(mirror, anchor));
      }
    }
    return all;
  }

  static Optional<Placed> find(List<Placed> annotations, String name) {
    return annotations.stream().filter(a -> name(a.mirror()).equals(name)).findFirst();
  }

  /** The value of a member as written, or empty when the default applies. */
  static Optional<Object> explicit(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(e.getValue().getValue());
      }
    }
    return Optional.empty();
  }

  /** The value of a member, written or default. */
  static Optional<Object> value(AnnotationMirror mirror, String member) {
    Optional<Object> written = explicit(mirror, member);
    if (written.isPresent()) {
      return written;
    }
    for (Element enclosed : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (enclosed instanceof ExecutableElement method && method.getSimpleName().contentEquals(member)
          && method.getDefaultValue() != null) {
        return Optional.of(method.getDefaultValue().getValue());
      }
    }
    return Optional.empty();
  }

  /** An annotation and the element it is written on. */
  record Placed(AnnotationMirror mirror, Element element) {}
}
