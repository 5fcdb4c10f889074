package dev.lift.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * A type a request string converts to: one scalar, possibly inside {@code Optional} or
 * {@code List}. {@code scalarType} is the declared scalar type (an enum's type for ENUM).
 */
public record ValueType(Container container, Scalar scalar, TypeMirror scalarType) {
  public enum Container {
    SINGLE,
    OPTIONAL,
    LIST
  }

  /** Each scalar names the {@code Params} conversion generated code calls. */
  public enum Scalar {
    STRING("toStringValue"),
    INT("toInt"),
    LONG("toLong"),
    SHORT("toShort"),
    BYTE("toByte"),
    DOUBLE("toDouble"),
    FLOAT("toFloat"),
    BOOLEAN("toBoolean"),
    CHAR("toChar"),
    UUID("toUuid"),
    ENUM("toEnum");

    private final String converter;

    Scalar(String converter) {
      this.converter = converter;
    }

    public String converter() {
      return converter;
    }
  }
}
