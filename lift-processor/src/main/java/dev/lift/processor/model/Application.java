package dev.lift.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @LiftApplication}: its generated entry class and its handlers, sorted by name so
 * that the output does not depend on the order javac hands elements over.
 *
 * @param middleware application-wide {@code @Middleware}, outermost first
 * @param recovers the application's {@code @Recover} methods
 * @param providers the {@code @PreWarm} resource providers of the application's packages
 * @param hooks the warm-up, checkpoint and restore hooks of the application's packages
 * @param events the event handlers ({@code @Sqs}, {@code @WebSocket}...) of the application's packages
 */
public record Application(
    TypeElement element,
    ClassName entryClass,
    List<Handler> handlers,
    List<MiddlewareUse> middleware,
    List<RecoverMethod> recovers,
    List<Provider> providers,
    List<Hook> hooks,
    List<EventMethod> events) {
  public Application {
    events = List.copyOf(events);
    handlers = List.copyOf(handlers);
    middleware = List.copyOf(middleware);
    recovers = List.copyOf(recovers);
    providers = List.copyOf(providers);
    hooks = List.copyOf(hooks);
  }

  /** An application without event handlers. */
  public Application(TypeElement element, ClassName entryClass, List<Handler> handlers, List<MiddlewareUse> middleware,
      List<RecoverMethod> recovers, List<Provider> providers, List<Hook> hooks) {
    this(element, entryClass, handlers, middleware, recovers, providers, hooks, List.of());
  }

  public Application withEvents(List<EventMethod> events) {
    return new Application(element, entryClass, handlers, middleware, recovers, providers, hooks, events);
  }

  /** Every middleware an event handler runs, outermost first: application, class, then method scope. */
  public List<MiddlewareUse> middlewareOf(EventMethod event) {
    List<MiddlewareUse> all = new java.util.ArrayList<>(middleware);
    all.addAll(event.classMiddleware());
    all.addAll(event.middleware());
    return all;
  }

  /** The handler that declares a route. */
  public Handler handlerOf(RouteMethod route) {
    return handlers.stream().filter(h -> h.routes().contains(route)).findFirst().orElseThrow();
  }

  /** Every middleware a route runs, outermost first: application, class, then route scope. */
  public List<MiddlewareUse> middlewareOf(RouteMethod route) {
    List<MiddlewareUse> all = new java.util.ArrayList<>(middleware);
    all.addAll(handlerOf(route).middleware());
    all.addAll(route.middleware());
    return all;
  }

  public List<RouteMethod> routes() {
    return handlers.stream().flatMap(h -> h.routes().stream()).toList();
  }
}
