package dev.lift.json.databind;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.lift.runtime.error.LiftError;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns databind's account of a body that does not fit its type into a 400 a client can act on:
 * where in the document (a JSON path) and what kind of value belongs there. Databind's own message
 * names Java classes and its features, so none of it reaches the client.
 */
final class BodyMismatch {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private BodyMismatch() {}

  static LiftError toLiftError(JsonMappingException e) {
    String path = jsonPath(e.getPath());
    String expected = expected(e);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("path", path);
    details.put("expected", expected);
    return new LiftError(
        400,
        "BAD_REQUEST",
        "Request body does not match the expected shape at " + path + ": expected " + expected,
        Collections.unmodifiableMap(details),
        e);
  }

  /** {@code $.items[2].price}; names that are not plain identifiers use {@code ['a b']}. */
  static String jsonPath(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      String name = reference.getFieldName();
      if (name != null) {
        appendName(path, name);
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
      // A reference with neither names the enclosing value itself: no step in the document.
    }
    return path.toString();
  }

  private static void appendName(StringBuilder path, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      path.append('.').append(name);
    } else {
      path.append("['")
          .append(name.replace("\\", "\\\\").replace("'", "\\'"))
          .append("']");
    }
  }

  private static String expected(JsonMappingException e) {
    if (e instanceof MismatchedInputException mismatch) {
      return expected(mismatch.getTargetType());
    }
    // The shape fitted but the value was refused, say by a record's compact constructor.
    return "a valid value";
  }

  /** A short word for the kind of JSON value a Java type reads from. */
  static String expected(Class<?> type) {
    if (type == null || type == Object.class) {
      return "a valid value";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (type == char.class || type == Character.class || type == char[].class
        || CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == byte[].class) {
      return "a base64 string";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    if (type.isEnum() || type.getName().startsWith("java.")) {
      // Enums, UUIDs, URIs, dates: the right kind of token can still hold a refused value.
      return "a valid value";
    }
    return "an object";
  }
}
