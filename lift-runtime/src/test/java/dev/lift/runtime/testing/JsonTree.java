package dev.lift.runtime.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into {@code Map}, {@code List}, {@code String}, {@code Long}, {@code Double},
 * {@code Boolean} and {@code null} with jackson-core, so tests can look at what was written.
 * Rejects anything but exactly one JSON value.
 */
public final class JsonTree {
  private JsonTree() {}

  public static Object parse(byte[] json) {
    try (JsonParser parser = Json.FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("No JSON value");
      }
      Object value = read(parser, first);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("Content after the JSON value");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Object parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(byte[] json) {
    Object value = parse(json);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("Not a JSON object: " + value);
    }
    return (Map<String, Object>) value;
  }

  public static Map<String, Object> object(String json) {
    return object(json.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> objectAt(Map<String, Object> parent, String field) {
    return (Map<String, Object>) parent.get(field);
  }

  private static Object read(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          if (object.containsKey(name)) {
            throw new IllegalArgumentException("Duplicate field " + name);
          }
          object.put(name, read(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        JsonToken element;
        while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
          array.add(read(parser, element));
        }
        return array;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return null;
      default:
        throw new IllegalArgumentException("Unexpected token " + token);
    }
  }
}
