package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.Handler;
import dev.lift.processor.model.RouteMethod;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

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
    TypeElement type = handler.element();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return Optional.of(e == type ? "it is not public" : "its enclosing class " + e.getSimpleName() + " is not public");
      }
    }
    if (type.getNestingKind() == NestingKind.MEMBER && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC) && handler.needsInstance()) {
      return Optional.of("it is an inner class; make it static or top-level");
    }
    if (!handler.needsInstance()) {
      return Optional.empty();
    }
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      return Optional.of("it is " + article(type.getKind()) + "; route methods of interfaces and enums must be static");
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of("it is abstract");
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    boolean publicNoArgs = constructors.stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    return publicNoArgs ? Optional.empty() : Optional.of("it needs a public constructor without parameters");
  }

  private static String article(ElementKind kind) {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT);
    return (name.startsWith("e") || name.startsWith("i") ? "an " : "a ") + name;
  }
}
