package dev.lift.runtime.bind;

import dev.lift.runtime.error.Failures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Conversions that generated dispatchers call to bind request values to route method parameters.
 * Every failure answers 400 naming the parameter, for example
 * {@code query parameter 'limit' must be an integer, got 'ten'}.
 *
 * <p>{@code what} is the parameter as the client knows it, written by the processor:
 * {@code "path parameter 'id'"}, {@code "header 'X-Tenant'"}.
 */
public final class Params {
  /** Decimal notation only: no Java literal suffixes ({@code 2.5f}), hex floats, NaN or Infinity. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern UUID_FORM =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Params() {}

  /** {@code Integer.parseInt} accepts any Unicode digit; a request value must use ASCII ones. */
  private static void requireAsciiInteger(String value, String what, String expected) {
    int start = !value.isEmpty() && (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
    if (start == value.length()) {
      throw malformed(what, expected, value);
    }
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw malformed(what, expected, value);
      }
    }
  }

  /** A conversion from one request string. */
  @FunctionalInterface
  public interface Converter<T> {
    T convert(String value, String what);
  }

  public static String required(String value, String what) {
    if (value == null) {
      throw Failures.badRequest("Missing required " + what, details(what, null));
    }
    return value;
  }

  public static String toStringValue(String value, String what) {
    return value;
  }

  public static int toInt(String value, String what) {
    requireAsciiInteger(value, what, "an integer");
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw malformed(what, "an integer", value);
    }
  }

  public static long toLong(String value, String what) {
    requireAsciiInteger(value, what, "an integer");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw malformed(what, "an integer", value);
    }
  }

  public static short toShort(String value, String what) {
    requireAsciiInteger(value, what, "an integer from -32768 to 32767");
    try {
      return Short.parseShort(value);
    } catch (NumberFormatException e) {
      throw malformed(what, "an integer from -32768 to 32767", value);
    }
  }

  public static byte toByte(String value, String what) {
    requireAsciiInteger(value, what, "an integer from -128 to 127");
    try {
      return Byte.parseByte(value);
    } catch (NumberFormatException e) {
      throw malformed(what, "an integer from -128 to 127", value);
    }
  }

  public static double toDouble(String value, String what) {
    if (!DECIMAL.matcher(value).matches()) {
      throw malformed(what, "a number", value);
    }
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw malformed(what, "a number", value);
    }
    if (Double.isInfinite(parsed)) {
      throw malformed(what, "a finite number", value);
    }
    return parsed;
  }

  public static float toFloat(String value, String what) {
    double parsed = toDouble(value, what);
    if (Math.abs(parsed) > Float.MAX_VALUE) {
      throw malformed(what, "a number in float range", value);
    }
    return (float) parsed;
  }

  /** Accepts {@code true} and {@code false} in any case, nothing else. */
  public static boolean toBoolean(String value, String what) {
    if ("true".equalsIgnoreCase(value)) {
      return true;
    }
    if ("false".equalsIgnoreCase(value)) {
      return false;
    }
    throw malformed(what, "true or false", value);
  }

  public static char toChar(String value, String what) {
    if (value.length() != 1) {
      throw malformed(what, "a single character", value);
    }
    return value.charAt(0);
  }

  public static UUID toUuid(String value, String what) {
    // UUID.fromString accepts short forms ("1-2-3-4-5") and signs ("-+b7d"): only the canonical form binds.
    if (!UUID_FORM.matcher(value).matches()) {
      throw malformed(what, "a UUID", value);
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw malformed(what, "a UUID", value);
    }
  }

  /** An enum constant by exact name; {@code valueOf} is the enum's own, {@code names} lists them. */
  public static <E extends Enum<E>> E toEnum(
      String value, String what, Function<String, E> valueOf, String names) {
    try {
      return valueOf.apply(value);
    } catch (IllegalArgumentException e) {
      throw malformed(what, "one of " + names, value);
    }
  }

  public static <T> List<T> toList(List<String> values, String what, Converter<T> converter) {
    List<T> converted = new ArrayList<>(values.size());
    for (String value : values) {
      converted.add(converter.convert(value, what));
    }
    return converted;
  }

  public static <T> Optional<T> toOptional(String value, String what, Converter<T> converter) {
    return value == null ? Optional.empty() : Optional.of(converter.convert(value, what));
  }

  /**
   * Typed {@code RuntimeException} and made by {@link Failures}: a {@code LiftError}-typed throw would
   * have the verifier load {@code LiftError} for every cold start whose routes bind a parameter.
   */
  private static RuntimeException malformed(String what, String expected, String value) {
    String shown = value.length() > 64 ? value.substring(0, 64) + "..." : value;
    return Failures.badRequest("Invalid " + what + ": expected " + expected + ", got '" + shown + "'",
        details(what, expected));
  }

  /** {@code {"parameter": ..., "expected": ...}} in that order, so error bodies read the same every time. */
  private static Map<String, String> details(String what, String expected) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("parameter", what);
    if (expected != null) {
      details.put("expected", expected);
    }
    return details;
  }
}
