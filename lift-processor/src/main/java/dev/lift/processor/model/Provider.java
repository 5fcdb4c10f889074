package dev.lift.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** A {@code @PreWarm} method that returns a resource. */
public record Provider(
    ExecutableElement method,
    TypeMirror type,
    Optional<String> qualifier,
    boolean isStatic,
    List<Dependency> parameters) {

  public Provider {
    parameters = List.copyOf(parameters);
  }

  public TypeElement owner() {
    return (TypeElement) method.getEnclosingElement();
  }

  public String key() {
    return Dependency.keyOf(type, qualifier);
  }

  /** {@code Db.dataSource}. */
  public String displayName() {
    return owner().getSimpleName() + "." + method.getSimpleName();
  }
}
