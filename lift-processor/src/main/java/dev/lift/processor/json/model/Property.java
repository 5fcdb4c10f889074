package dev.lift.processor.json.model;

import javax.lang.model.element.Element;

/**
 * One JSON field of an object.
 *
 * @param javaName the record component or constructor parameter name (or the getter's property)
 * @param jsonName the field name in JSON: {@code @JsonProperty}'s value, else the Java name
 * @param accessor the method that returns the value: {@code name} or {@code getName}
 * @param inConstructor whether the constructor takes it (so reading fills it); getters that are
 *     not constructor parameters are written only, as jackson-databind does
 * @param required whether a body without the field answers 400: primitives, and
 *     {@code @JsonProperty(required = true)}
 * @param element where the property is declared, for diagnostics
 */
public record Property(
    String javaName,
    String jsonName,
    String accessor,
    JsonType.Slot slot,
    boolean inConstructor,
    boolean required,
    Element element) {

  public JsonType type() {
    return slot.type();
  }
}
