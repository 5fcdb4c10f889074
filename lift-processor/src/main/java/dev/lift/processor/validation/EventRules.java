package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.json.JsonCodecs;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.BodyType;
import dev.lift.processor.model.EventBinding;
import dev.lift.processor.model.EventMethod;
import dev.lift.processor.model.EventMethod.EventParameter;
import dev.lift.processor.model.MiddlewareUse;
import dev.lift.processor.reading.TypeReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Event handlers must be callable and their classes constructible; no two may be bound to the same
 * thing; their JSON bodies need a codec; the middleware of their class and method scopes must be
 * event middleware (at the application scope, HTTP middleware that is not is skipped for events).
 */
final class EventRules {
  static final String EVENT_MIDDLEWARE = "dev.lift.runtime.events.EventMiddleware";

  private final Reporter reporter;
  private final Elements elements;
  private final Types types;
  private final JsonCodecs json;

  EventRules(Reporter reporter, Elements elements, Types types, JsonCodecs json) {
    this.reporter = reporter;
    this.elements = elements;
    this.types = types;
    this.json = json;
  }

  void check(Application application) {
    Map<String, EventMethod> bound = new LinkedHashMap<>();
    Set<TypeElement> classesChecked = new HashSet<>();
    Set<TypeElement> middlewareChecked = new HashSet<>();
    for (EventMethod event : application.events()) {
      if (!event.element().getModifiers().contains(Modifier.PUBLIC)
          || event.element().getModifiers().contains(Modifier.ABSTRACT)) {
        reporter.error(Messages.eventHandlerNotPublic(event.displayName()), event.element(), event.annotation());
      }
      if (classesChecked.add(event.owner())) {
        checkClass(application, event.owner());
      }
      EventMethod previous = bound.putIfAbsent(identity(event.binding()), event);
      if (previous != null) {
        reporter.error(Messages.duplicateEventBinding(event.binding().describe(), previous.displayName(),
            event.displayName()), event.element(), event.annotation());
      }
      for (EventParameter parameter : event.parameters()) {
        parameter.body().filter(b -> b.form() == BodyType.Form.JSON)
            .ifPresent(body -> checkCodec(body.type(), parameter.element()));
      }
      if (event.returns().form() == BodyType.Form.JSON) {
        checkCodec(event.returns().type(), event.element());
      }
      for (MiddlewareUse use : event.middleware()) {
        checkMiddleware(use, event, true, middlewareChecked);
      }
      for (MiddlewareUse use : event.classMiddleware()) {
        checkMiddleware(use, event, false, middlewareChecked);
      }
    }
  }

  /** Two bindings clash when they would receive the same events in the same way. */
  private static String identity(EventBinding binding) {
    return binding.kind() + "\n" + binding.key() + "\n" + binding.detailType() + "\n" + binding.prefix() + "\n"
        + binding.suffix() + "\n" + new TreeSet<>(binding.s3Events());
  }

  private void checkClass(Application application, TypeElement owner) {
    boolean needsInstance = application.events().stream().anyMatch(e -> e.owner().equals(owner) && !e.isStatic());
    // A class that also has routes is checked by HandlerRules.
    boolean routes = application.handlers().stream().anyMatch(h -> h.element().equals(owner));
    if (routes) {
      return;
    }
    Optional<String> reason = needsInstance
        ? Constructibility.notConstructible(owner, "; event handlers of interfaces and enums must be static")
        : Constructibility.notAccessible(owner);
    reason.ifPresent(r -> reporter.error(
        Messages.handlerNotConstructible(owner.getQualifiedName().toString(), r), owner));
  }

  private void checkMiddleware(MiddlewareUse use, EventMethod event, boolean methodScope, Set<TypeElement> checked) {
    boolean isEvent = implementsType(use.type(), EVENT_MIDDLEWARE);
    if (methodScope && !isEvent) {
      reporter.error(Messages.notEventMiddleware(use.type().getQualifiedName().toString(), event.displayName()),
          use.site(), use.annotation(), use.value());
      return;
    }
    if (!methodScope && !isEvent && !implementsType(use.type(), TypeReader.MIDDLEWARE)) {
      reporter.error(Messages.notMiddleware(use.type().getQualifiedName().toString()), use.site(), use.annotation(),
          use.value());
      return;
    }
    if (checked.add(use.type())) {
      Constructibility.notConstructible(use.type(), "").ifPresent(reason -> reporter.error(
          Messages.middlewareNotConstructible(use.type().getQualifiedName().toString(), reason), use.site(),
          use.annotation(), use.value()));
    }
  }

  private boolean implementsType(TypeElement type, String name) {
    TypeElement target = elements.getTypeElement(name);
    return target != null && types.isAssignable(type.asType(), types.erasure(target.asType()));
  }

  private void checkCodec(TypeMirror type, Element usage) {
    boolean databind = elements.getTypeElement(CodecRules.DATABIND_CODEC) != null;
    Optional<String> fallback = json.fallbackReason(type);
    if (fallback.isEmpty()) {
      json.check(type, usage, reporter);
    } else if (databind) {
      json.warnFallback(type, usage, reporter);
    } else {
      reporter.error(Messages.jsonNeedsDatabind(type.toString(), fallback.get()), usage);
    }
  }
}
