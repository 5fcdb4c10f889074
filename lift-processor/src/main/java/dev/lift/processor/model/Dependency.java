package dev.lift.processor.model;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A resource something needs: a constructor or method parameter, by type and qualifier.
 *
 * @param element the parameter, where diagnostics point
 */
public record Dependency(Element element, TypeMirror type, Optional<String> qualifier) {
  /** The resource this asks for: the type as written plus the {@code @Named} value. */
  public String key() {
    return keyOf(type, qualifier);
  }

  public static String keyOf(TypeMirror type, Optional<String> qualifier) {
    return type + qualifier.map(q -> " @Named(\"" + q + "\")").orElse("");
  }
}
