package dev.lift.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @LiftApplication}: its generated entry class and its handlers, sorted by name so
 * that the output does not depend on the order javac hands elements over.
 */
public record Application(TypeElement element, ClassName entryClass, List<Handler> handlers) {
  public Application {
    handlers = List.copyOf(handlers);
  }

  public List<RouteMethod> routes() {
    return handlers.stream().flatMap(h -> h.routes().stream()).toList();
  }
}
