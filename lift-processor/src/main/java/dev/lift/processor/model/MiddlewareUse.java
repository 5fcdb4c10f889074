package dev.lift.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One middleware class named in a {@code @Middleware} annotation.
 *
 * @param site the application class, handler class or route method the annotation is on
 * @param value the class literal as written, where diagnostics about this use point
 */
public record MiddlewareUse(
    TypeElement type, Scope scope, Element site, AnnotationMirror annotation, AnnotationValue value) {

  /** Outer scopes run first. */
  public enum Scope {
    APPLICATION("application"),
    CLASS("class"),
    ROUTE("route");

    private final String label;

    Scope(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public String simpleName() {
    return type.getSimpleName().toString();
  }
}
