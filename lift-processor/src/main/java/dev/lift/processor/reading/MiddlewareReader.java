package dev.lift.processor.reading;

import dev.lift.processor.base.Annotations;
import dev.lift.processor.model.MiddlewareUse;
import dev.lift.processor.model.RecoverMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Reads {@code @Middleware} lists and {@code @Recover} methods. Their rules are in validation. */
final class MiddlewareReader {
  private MiddlewareReader() {}

  /** The middleware named on {@code site}, in the order written; empty without {@code @Middleware}. */
  static List<MiddlewareUse> read(Element site, MiddlewareUse.Scope scope) {
    List<MiddlewareUse> uses = new ArrayList<>();
    AnnotationMirror annotation = Annotations.find(site, Annotations.MIDDLEWARE).orElse(null);
    if (annotation == null) {
      return uses;
    }
    AnnotationValue value = Annotations.explicitValue(annotation, "value").orElse(null);
    if (value == null) {
      return uses;
    }
    for (AnnotationValue literal : classLiterals(value)) {
      if (literal.getValue() instanceof DeclaredType) {
        DeclaredType type = (DeclaredType) literal.getValue();
        uses.add(new MiddlewareUse((TypeElement) type.asElement(), scope, site, annotation, literal));
      }
    }
    return uses;
  }

  /** {@code @Middleware(A.class)} and {@code @Middleware({A.class, B.class})} alike. */
  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> classLiterals(AnnotationValue value) {
    Object raw = value.getValue();
    return raw instanceof List ? (List<? extends AnnotationValue>) raw : List.of(value);
  }

  /** The {@code @Recover} methods declared in {@code type}, in declaration order. */
  static List<RecoverMethod> recovers(TypeElement type) {
    List<RecoverMethod> recovers = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, Annotations.RECOVER).isEmpty()) {
        continue;
      }
      Optional<TypeMirror> exception = method.getParameters().size() == 1
          ? Optional.of(method.getParameters().get(0).asType())
          : Optional.empty();
      recovers.add(new RecoverMethod(method, exception, method.getModifiers().contains(Modifier.STATIC)));
    }
    return recovers;
  }
}
