package dev.lift.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One middleware applied in a scope: a class named in a {@code @Middleware} annotation, or the
 * middleware of an annotation meta-annotated with {@code @MiddlewareBinding} ({@code
 * @RequireAccess(roles = "admin")}), configured by that annotation's values.
 *
 * @param site the application class, handler class or route method the annotation is on
 * @param annotation the {@code @Middleware} annotation, or the binding annotation itself
 * @param value the class literal as written, where diagnostics about this use point; {@code null}
 *     for a binding annotation (diagnostics point at the annotation)
 * @param binding the binding annotation whose values configure this instance
 * @param instanceKey identifies the instance the init creates: the class name, plus the binding's
 *     values (with defaults) for bound middleware, so equal annotations share one instance
 */
public record MiddlewareUse(
    TypeElement type,
    Scope scope,
    Element site,
    AnnotationMirror annotation,
    AnnotationValue value,
    Optional<AnnotationMirror> binding,
    String instanceKey) {

  public MiddlewareUse(TypeElement type, Scope scope, Element site, AnnotationMirror annotation, AnnotationValue value) {
    this(type, scope, site, annotation, value, Optional.empty(), type.getQualifiedName().toString());
  }

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

  public boolean isBound() {
    return binding.isPresent();
  }

  /** The binding annotation's type, for bound middleware. */
  public Optional<TypeElement> bindingType() {
    return binding.map(b -> (TypeElement) b.getAnnotationType().asElement());
  }

  public String simpleName() {
    return type.getSimpleName().toString();
  }
}
