package dev.lift.processor.model;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Recover} method: maps {@code exception} (and its subtypes) to a {@code LiftError}.
 *
 * @param exception the type of its one parameter; empty when it does not have exactly one
 */
public record RecoverMethod(ExecutableElement element, Optional<TypeMirror> exception, boolean isStatic) {
  public TypeElement owner() {
    return (TypeElement) element.getEnclosingElement();
  }

  public String displayName() {
    return owner().getSimpleName() + "." + element.getSimpleName();
  }
}
