package dev.lift.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.lift.runtime.error.LiftError;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 400s of a request body that is JSON but does not fit its type, in the words and the details
 * ({@code path}, {@code expected}) that lift-json-databind uses:
 * {@code Request body does not match the expected shape at $.items[2].price: expected a number}.
 *
 * <p>The path comes from the parser's own context, so generated codecs track nothing while they
 * read: a failure costs the walk up the context chain, success costs nothing.
 *
 * <p>The errors are {@link LiftError}s typed as {@code RuntimeException}, so that the generated
 * codecs that throw them do not make the JVM load {@code LiftError} when it verifies them (see
 * {@link dev.lift.runtime.error.Failures}).
 */
public final class BodyErrors {
  private BodyErrors() {}

  /**
   * Our own words for a parse error: jackson's messages name its classes and options. The limits
   * are the factory's, read when one is exceeded.
   */
  static String invalidJson(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      StreamReadConstraints limits = Json.FACTORY.streamReadConstraints();
      return "Request body exceeds the JSON limits (nesting depth " + limits.getMaxNestingDepth()
          + ", numbers of " + limits.getMaxNumberLength() + " digits, strings of "
          + limits.getMaxStringLength() + " characters, names of " + limits.getMaxNameLength() + " characters)";
    }
    if (e instanceof JsonEOFException) {
      return "Request body ends before its JSON value is complete";
    }
    JsonLocation at = e.getLocation();
    return at == null
        ? "Request body is not valid JSON"
        : "Request body is not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** The value the parser is on is not what the type expects. */
  public static RuntimeException mismatch(JsonParser parser, String expected) {
    return atPath(pathOf(parser), expected);
  }

  /**
   * A required field is absent from the object the parser has just closed ({@code END_OBJECT}).
   */
  public static RuntimeException missing(JsonParser parser, String field, String expected) {
    return atPath(appendName(new StringBuilder(pathOf(parser)), field).toString(), expected);
  }

  /** The field or map key the parser is on appeared before in the same object. */
  public static RuntimeException duplicate(JsonParser parser) {
    return atPath(pathOf(parser), "each field at most once");
  }

  public static RuntimeException atPath(String path, String expected) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("path", path);
    details.put("expected", expected);
    return new LiftError(
        400,
        "BAD_REQUEST",
        "Request body does not match the expected shape at " + path + ": expected " + expected,
        Collections.unmodifiableMap(details));
  }

  /**
   * The JSON path of the value the parser is on: {@code $.items[2].price}. On a {@code START_OBJECT}
   * or {@code START_ARRAY} jackson has already entered the new context, so the value's own place
   * is one level up; on {@code END_OBJECT} and {@code END_ARRAY} it has already left it.
   */
  public static String pathOf(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    Deque<JsonStreamContext> steps = new ArrayDeque<>();
    for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
      steps.push(step);
    }
    StringBuilder path = new StringBuilder("$");
    for (JsonStreamContext step : steps) {
      if (step.inArray() && step.getCurrentIndex() >= 0) {
        path.append('[').append(step.getCurrentIndex()).append(']');
      } else if (step.inObject() && step.getCurrentName() != null) {
        appendName(path, step.getCurrentName());
      }
    }
    return path.toString();
  }

  /** {@code .name} for plain names, {@code ['a b']} for any other. */
  static StringBuilder appendName(StringBuilder path, String name) {
    if (isPlainName(name)) {
      return path.append('.').append(name);
    }
    return path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
  }

  private static boolean isPlainName(String name) {
    if (name.isEmpty() || !isNameStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isNameStart(c) && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }
}
