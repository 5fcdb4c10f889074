package dev.lift.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class with route methods.
 *
 * @param needsInstance whether any route method is an instance method, so the generated code
 *     creates one instance at init
 */
public record Handler(TypeElement element, List<RouteMethod> routes, boolean needsInstance) {
  public Handler {
    routes = List.copyOf(routes);
  }
}
