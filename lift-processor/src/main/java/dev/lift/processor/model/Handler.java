package dev.lift.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class with route methods.
 *
 * @param needsInstance whether any route method is an instance method, so the generated code
 *     creates one instance at init
 * @param middleware the class's own {@code @Middleware}, outermost first
 * @param recovers the class's {@code @Recover} methods, for its routes
 */
public record Handler(
    TypeElement element,
    List<RouteMethod> routes,
    boolean needsInstance,
    List<MiddlewareUse> middleware,
    List<RecoverMethod> recovers) {
  public Handler {
    routes = List.copyOf(routes);
    middleware = List.copyOf(middleware);
    recovers = List.copyOf(recovers);
  }
}
