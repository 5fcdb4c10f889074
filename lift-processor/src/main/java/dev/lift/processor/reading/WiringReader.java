package dev.lift.processor.reading;

import dev.lift.processor.base.Annotations;
import dev.lift.processor.model.Dependency;
import dev.lift.processor.model.Hook;
import dev.lift.processor.model.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/** Reads {@code @PreWarm} providers and hooks, and the constructors the generated code calls. */
public final class WiringReader {
  private WiringReader() {}

  public static List<Provider> providers(TypeElement type) {
    List<Provider> providers = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.find(method, Annotations.PRE_WARM).isPresent()
          && method.getReturnType().getKind() != TypeKind.VOID) {
        providers.add(new Provider(method, method.getReturnType(), qualifier(method),
            method.getModifiers().contains(Modifier.STATIC), dependencies(method)));
      }
    }
    return providers;
  }

  public static List<Hook> hooks(TypeElement type) {
    List<Hook> hooks = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Hook.Phase phase = null;
      if (Annotations.find(method, Annotations.PRE_WARM).isPresent()
          && method.getReturnType().getKind() == TypeKind.VOID) {
        phase = Hook.Phase.INIT;
      } else if (Annotations.find(method, Annotations.BEFORE_CHECKPOINT).isPresent()) {
        phase = Hook.Phase.BEFORE_CHECKPOINT;
      } else if (Annotations.find(method, Annotations.AFTER_RESTORE).isPresent()) {
        phase = Hook.Phase.AFTER_RESTORE;
      }
      if (phase != null) {
        hooks.add(new Hook(method, phase, method.getModifiers().contains(Modifier.STATIC), dependencies(method)));
      }
    }
    return hooks;
  }

  /**
   * The constructor generated code calls: the only public one, else the public one without
   * parameters; empty when there is no such constructor.
   */
  public static Optional<ExecutableElement> constructor(TypeElement type) {
    List<ExecutableElement> constructors = new ArrayList<>();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PUBLIC)) {
        constructors.add(constructor);
      }
    }
    if (constructors.size() == 1) {
      return Optional.of(constructors.get(0));
    }
    return constructors.stream().filter(c -> c.getParameters().isEmpty()).findFirst();
  }

  /**
   * The constructor of middleware applied by a binding annotation: the public one whose first
   * parameter is that annotation type; empty when there is none.
   */
  public static Optional<ExecutableElement> boundConstructor(TypeElement type, TypeElement annotation) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PUBLIC) && !constructor.getParameters().isEmpty()
          && constructor.getParameters().get(0).asType() instanceof DeclaredType
          && ((DeclaredType) constructor.getParameters().get(0).asType()).asElement().equals(annotation)) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }

  public static List<Dependency> dependencies(ExecutableElement executable) {
    List<Dependency> dependencies = new ArrayList<>();
    for (VariableElement parameter : executable.getParameters()) {
      dependencies.add(new Dependency(parameter, parameter.asType(), qualifier(parameter)));
    }
    return dependencies;
  }

  private static Optional<String> qualifier(Element element) {
    Optional<AnnotationMirror> named = Annotations.find(element, Annotations.NAMED);
    return named.map(mirror -> Annotations.stringValue(mirror, "value"));
  }
}
