package dev.lift.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** A {@code @Route} method, bound and ready to generate. */
public record RouteMethod(
    ExecutableElement element,
    AnnotationMirror annotation,
    RoutePattern pattern,
    List<Parameter> parameters,
    ReturnShape returns,
    boolean isStatic,
    List<MiddlewareUse> middleware) {

  public RouteMethod {
    parameters = List.copyOf(parameters);
    middleware = List.copyOf(middleware);
  }

  /** {@code UserRoutes.get}, how messages and comments name the method. */
  public String displayName() {
    return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
  }
}
