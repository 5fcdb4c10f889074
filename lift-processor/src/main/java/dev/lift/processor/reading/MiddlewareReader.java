package dev.lift.processor.reading;

import dev.lift.processor.base.Annotations;
import dev.lift.processor.model.MiddlewareUse;
import dev.lift.processor.model.RecoverMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import javax.lang.model.util.Elements;

/** Reads {@code @Middleware} lists and {@code @Recover} methods. Their rules are in validation. */
final class MiddlewareReader {
  private MiddlewareReader() {}

  /**
   * The middleware applied on {@code site}: the classes its {@code @Middleware} names, in the order
   * written, then those of its {@code @MiddlewareBinding} annotations, in the order written.
   */
  static List<MiddlewareUse> read(Element site, MiddlewareUse.Scope scope, Elements elements) {
    List<MiddlewareUse> uses = new ArrayList<>();
    AnnotationMirror annotation = Annotations.find(site, Annotations.MIDDLEWARE).orElse(null);
    AnnotationValue value = annotation == null ? null : Annotations.explicitValue(annotation, "value").orElse(null);
    if (value != null) {
      for (AnnotationValue literal : classLiterals(value)) {
        if (literal.getValue() instanceof DeclaredType) {
          DeclaredType type = (DeclaredType) literal.getValue();
          uses.add(new MiddlewareUse((TypeElement) type.asElement(), scope, site, annotation, literal));
        }
      }
    }
    for (AnnotationMirror mirror : site.getAnnotationMirrors()) {
      Element annotationType = mirror.getAnnotationType().asElement();
      Optional<AnnotationMirror> binding = Annotations.find(annotationType, Annotations.MIDDLEWARE_BINDING);
      Object middleware = binding.flatMap(b -> Annotations.explicitValue(b, "value"))
          .map(AnnotationValue::getValue).orElse(null);
      if (middleware instanceof DeclaredType) {
        TypeElement type = (TypeElement) ((DeclaredType) middleware).asElement();
        uses.add(new MiddlewareUse(type, scope, site, mirror, null, Optional.of(mirror),
            type.getQualifiedName() + instanceSuffix(mirror, elements)));
      }
    }
    return uses;
  }

  /** {@code (roles={"admin"}, scopes={})}: every value, defaults included, in declaration order. */
  private static String instanceSuffix(AnnotationMirror mirror, Elements elements) {
    StringBuilder key = new StringBuilder("@").append(mirror.getAnnotationType()).append('(');
    String separator = "";
    Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(mirror);
    for (ExecutableElement member : ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      key.append(separator).append(member.getSimpleName()).append('=').append(values.get(member));
      separator = ", ";
    }
    return key.append(')').toString();
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
