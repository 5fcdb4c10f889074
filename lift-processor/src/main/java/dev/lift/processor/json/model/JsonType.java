package dev.lift.processor.json.model;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** A Java type as a generated codec sees it: a scalar, a type with a codec of its own, or a container. */
public sealed interface JsonType {
  /** The Java type, as the generated code declares it. */
  TypeMirror type();

  /**
   * A string, number, boolean or a type written as one ({@code UUID}, {@code java.time}).
   *
   * @param primitive whether the Java type is primitive, so that null and absence are refused
   */
  record Scalar(TypeMirror type, ScalarKind kind, boolean primitive) implements JsonType {}

  /** A record, class or enum with a generated codec class of its own. */
  record Named(TypeMirror type, TypeElement element, boolean isEnum) implements JsonType {}

  /** {@code List}, {@code Set}, {@code Map<String, V>}, {@code Optional} or an array, and its element. */
  record Container(TypeMirror type, ContainerKind kind, Slot element) implements JsonType {}

  enum ContainerKind {
    LIST,
    SET,
    MAP,
    OPTIONAL,
    ARRAY
  }

  /**
   * A place that holds a value (a property, a container's element) with the constraints on it.
   *
   * @param cascade whether {@code @Valid} asks to check the constraints of the value's own type
   */
  record Slot(JsonType type, List<Constraint> constraints, boolean cascade) {
    public Slot {
      constraints = List.copyOf(constraints);
    }
  }
}
