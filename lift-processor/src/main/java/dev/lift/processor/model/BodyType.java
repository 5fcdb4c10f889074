package dev.lift.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * The form of a request or response body.
 *
 * @param type the body type: the JSON type for {@link Form#JSON}, else String, byte[] or Void
 * @param optional whether a request body is {@code Optional<...>}
 */
public record BodyType(Form form, TypeMirror type, boolean optional) {
  public enum Form {
    TEXT,
    BINARY,
    JSON,
    EMPTY
  }
}
