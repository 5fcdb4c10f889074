package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.Handler;
import dev.lift.processor.model.RouteMethod;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/** Route methods must be callable, and handler classes constructible, by the generated code. */
final class HandlerRules {
  private final Reporter reporter;

  HandlerRules(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(Application application) {
    for (Handler handler : application.handlers()) {
      for (RouteMethod route : handler.routes()) {
        ExecutableElement method = route.element();
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
          reporter.error(Messages.routeNotPublic(route.displayName()), method, route.annotation());
        } else if (method.getModifiers().contains(Modifier.ABSTRACT)) {
          reporter.error(Messages.routeAbstract(route.displayName()), method, route.annotation());
        }
      }
      reasonNotConstructible(handler).ifPresent(reason ->
          reporter.error(Messages.handlerNotConstructible(handler.element().getQualifiedName().toString(), reason),
              handler.element()));
    }
  }

  private static Optional<String> reasonNotConstructible(Handler handler) {
    return handler.needsInstance()
        ? Constructibility.notConstructible(handler.element(), "; route methods of interfaces and enums must be static")
        : Constructibility.notAccessible(handler.element());
  }
}
