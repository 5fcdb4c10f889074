package dev.lift.processor.validation;

import dev.lift.processor.base.Annotations;
import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.Handler;
import dev.lift.processor.model.MiddlewareUse;
import dev.lift.processor.model.RouteMethod;
import dev.lift.processor.reading.TypeReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import dev.lift.processor.reading.WiringReader;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Middleware must implement the runtime interface and be constructible, appear once per scope, and
 * respect every {@code @RunsAfter} in the order each route runs them.
 */
final class MiddlewareRules {
  private final Reporter reporter;
  private final Elements elements;
  private final Types types;
  private final Set<List<Object>> reported = new HashSet<>();

  MiddlewareRules(Reporter reporter, Elements elements, Types types) {
    this.reporter = reporter;
    this.elements = elements;
    this.types = types;
  }

  void check(Application application) {
    Set<List<Object>> checked = new HashSet<>();
    List<List<MiddlewareUse>> scopes = new ArrayList<>();
    scopes.add(application.middleware());
    for (Handler handler : application.handlers()) {
      scopes.add(handler.middleware());
      for (RouteMethod route : handler.routes()) {
        scopes.add(route.middleware());
      }
    }
    for (List<MiddlewareUse> scope : scopes) {
      Set<TypeElement> seen = new HashSet<>();
      for (MiddlewareUse use : scope) {
        if (!seen.add(use.type())) {
          error(Messages.middlewareTwice(use.type().getQualifiedName().toString(), use.scope().label()), use);
        }
        if (checked.add(List.of(use.type(), use.bindingType().map(Object.class::cast).orElse("")))) {
          if (use.isBound()) {
            checkBoundType(use);
          } else {
            checkType(use);
          }
        }
      }
    }
    for (RouteMethod route : application.routes()) {
      checkRoute(route, application.middlewareOf(route));
    }
  }

  private void checkType(MiddlewareUse use) {
    TypeElement middleware = elements.getTypeElement(TypeReader.MIDDLEWARE);
    if (middleware != null && !types.isAssignable(use.type().asType(), types.erasure(middleware.asType()))) {
      error(Messages.notMiddleware(use.type().getQualifiedName().toString()), use);
      return;
    }
    Constructibility.notConstructible(use.type(), "").ifPresent(reason ->
        error(Messages.middlewareNotConstructible(use.type().getQualifiedName().toString(), reason), use));
  }

  /** Middleware applied by a binding annotation: created with that annotation's values by generated code. */
  private void checkBoundType(MiddlewareUse use) {
    TypeElement annotation = use.bindingType().orElseThrow();
    String middlewareName = use.type().getQualifiedName().toString();
    String annotationName = annotation.getSimpleName().toString();
    TypeElement middleware = elements.getTypeElement(TypeReader.MIDDLEWARE);
    if (middleware != null && !types.isAssignable(use.type().asType(), types.erasure(middleware.asType()))) {
      error(Messages.boundNotMiddleware(annotationName, middlewareName), use);
      return;
    }
    Optional<String> reason = Constructibility.notInstantiable(use.type(), "");
    if (reason.isEmpty() && WiringReader.boundConstructor(use.type(), annotation).isEmpty()) {
      reason = Optional.of("it needs a public constructor whose first parameter is @" + annotationName
          + " (its other parameters are @PreWarm resources)");
    }
    reason.ifPresent(r -> error(Messages.middlewareNotConstructible(middlewareName, r), use));
    for (ExecutableElement member : ElementFilter.methodsIn(annotation.getEnclosedElements())) {
      if (!literalType(member.getReturnType(), true)) {
        error(Messages.bindingMemberUnsupported(annotationName, member.getSimpleName().toString(),
            member.getReturnType().toString()), use);
      }
    }
  }

  /** Whether generated code can write a value of this annotation member type: no nested annotations. */
  private static boolean literalType(TypeMirror type, boolean arrayAllowed) {
    if (type.getKind().isPrimitive()) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return arrayAllowed && literalType(((ArrayType) type).getComponentType(), false);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    ElementKind kind = ((DeclaredType) type).asElement().getKind();
    return kind == ElementKind.ENUM || kind == ElementKind.CLASS; // String, Class<?>
  }

  /** Rules that hold per route, each reported once per declaration rather than once per route. */
  private void checkRoute(RouteMethod route, List<MiddlewareUse> sequence) {
    Set<TypeElement> distinct = new LinkedHashSet<>();
    for (int i = 0; i < sequence.size(); i++) {
      MiddlewareUse inner = sequence.get(i);
      MiddlewareUse first = sequence.get(indexOf(sequence, inner.type()));
      boolean differentlyConfigured = inner.isBound() && !inner.instanceKey().equals(first.instanceKey());
      if (!distinct.add(inner.type()) && inner.scope() != first.scope() && !differentlyConfigured
          && reported.add(List.of(anchor(inner), "scopes"))) {
        reporter.warning(Messages.middlewareInSeveralScopes(inner.simpleName(), route.pattern().toString()),
            route.element());
      }
      for (TypeElement required : runsAfter(inner.type())) {
        // Every use of `required` must come before `inner`.
        for (int j = i + 1; j < sequence.size(); j++) {
          if (sequence.get(j).type().equals(required) && reported.add(List.of(anchor(inner), required))) {
            error(Messages.middlewareOrder(inner.simpleName(), required.getSimpleName().toString(),
                route.pattern().toString()), inner);
          }
        }
      }
    }
  }

  private static int indexOf(List<MiddlewareUse> sequence, TypeElement type) {
    for (int i = 0; i < sequence.size(); i++) {
      if (sequence.get(i).type().equals(type)) {
        return i;
      }
    }
    return -1;
  }

  /** The classes named in {@code @RunsAfter} on a middleware class. */
  private static List<TypeElement> runsAfter(TypeElement type) {
    List<TypeElement> required = new ArrayList<>();
    Optional<AnnotationMirror> annotation = Annotations.find(type, Annotations.RUNS_AFTER);
    if (annotation.isEmpty()) {
      return required;
    }
    Optional<AnnotationValue> value = Annotations.explicitValue(annotation.get(), "value");
    if (value.isEmpty()) {
      return required;
    }
    Object raw = value.get().getValue();
    List<?> literals = raw instanceof List ? (List<?>) raw : List.of(value.get());
    for (Object literal : literals) {
      Object type2 = ((AnnotationValue) literal).getValue();
      if (type2 instanceof DeclaredType) {
        required.add((TypeElement) ((DeclaredType) type2).asElement());
      }
    }
    return required;
  }

  /** What identifies a declaration: the class literal, or the binding annotation. */
  private static Object anchor(MiddlewareUse use) {
    return use.value() != null ? use.value() : use.annotation();
  }

  private void error(String message, MiddlewareUse use) {
    if (use.value() == null) {
      reporter.error(message, use.site(), use.annotation());
    } else {
      reporter.error(message, use.site(), use.annotation(), use.value());
    }
  }
}
