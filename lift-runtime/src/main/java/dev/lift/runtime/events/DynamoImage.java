package dev.lift.runtime.events;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An item image of a DynamoDB Streams record, its attribute values decoded from DynamoDB's JSON:
 * {@code S} to {@code String}, {@code N} to {@code BigDecimal}, {@code BOOL} to {@code Boolean},
 * {@code NULL} to {@code null}, {@code B} to {@code byte[]}, {@code SS}, {@code NS}, {@code BS} and
 * {@code L} to {@code List}, {@code M} to {@code Map<String, Object>}; attributes in the order sent.
 */
public final class DynamoImage {
  private final Map<String, Object> attributes;

  public DynamoImage(Map<String, Object> attributes) {
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public boolean has(String name) {
    return attributes.containsKey(name);
  }

  /** The decoded value, or {@code null} when absent (see {@link #has}). */
  public Object get(String name) {
    return attributes.get(name);
  }

  /** An {@code S} attribute, or {@code null} when absent. */
  public String string(String name) {
    Object value = attributes.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException("Attribute '" + name + "' is not a string but " + kind(value));
  }

  /** An {@code N} attribute, or {@code null} when absent. */
  public BigDecimal number(String name) {
    Object value = attributes.get(name);
    if (value == null || value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    throw new IllegalArgumentException("Attribute '" + name + "' is not a number but " + kind(value));
  }

  /** Every attribute, unmodifiable. */
  public Map<String, Object> asMap() {
    return attributes;
  }

  private static String kind(Object value) {
    return value.getClass().getSimpleName();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DynamoImage && ((DynamoImage) other).attributes.equals(attributes);
  }

  @Override
  public int hashCode() {
    return attributes.hashCode();
  }

  @Override
  public String toString() {
    return "DynamoImage" + attributes;
  }
}
