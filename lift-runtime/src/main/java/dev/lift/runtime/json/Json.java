package dev.lift.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.error.Failures;
import dev.lift.runtime.http.Request;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Lift's JSON: the one jackson-core factory, reading and writing bodies through a {@link
 * JsonCodec} (bad JSON answers 400), and the helpers the codecs the processor generates call to
 * read and write one value: the structure, strings, booleans, {@code int}, {@code long}, {@code
 * double} and their boxes, {@code BigDecimal} and {@code UUID}. The less common scalars are in
 * {@link JsonScalars}, and the words of parse errors in {@link BodyErrors}: a cold start pays for
 * every class it loads (about 0.2 ms) and for the bytes of its class file (about 25 µs a
 * kilobyte; fresh JVMs with Lambda's flags, JDK 17), so code most first requests do not run
 * stays out, and what nearly every one runs stays in one class.
 *
 * <p><b>Reading</b> (the {@code read*} methods). Each expects the parser on the value's token and
 * leaves it there; a value of the wrong kind answers 400 through {@link BodyErrors} with the
 * value's path. Reading is strict where jackson-databind coerces: a number field takes a JSON
 * number (not {@code "12"}), an integer field takes no fraction and no value outside its range, a
 * string field takes a string (not {@code 12}), a boolean field takes {@code true} or {@code
 * false}. The one exception is that {@code float} and {@code double} also take the strings {@code
 * "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, which is how jackson writes those values.
 * Methods for primitives refuse {@code null}; methods for boxes and objects read it as {@code
 * null}.
 *
 * <p><b>Writing</b> (the {@code write*} methods), {@code null} as JSON null. The forms are
 * jackson-databind's (with the java.time module and ISO-8601 dates), so that a client sees the
 * same JSON whichever codec wrote it: {@code java.time} values as ISO-8601 strings, {@code byte[]}
 * as base64, non-finite doubles as the strings {@code "NaN"} and {@code "Infinity"}.
 */
public final class Json {
  /**
   * The one jackson-core factory of the process, shared by the event decoders and the codecs, with
   * jackson's own limits on what it reads: nesting depth 1000, numbers of 1000 digits, strings of
   * 20 million characters, names of 50,000; a body past one answers 400. An application that
   * wants others sets jackson's defaults ({@code StreamReadConstraints.overrideDefaultStreamReadConstraints})
   * before its first request, in a {@code @PreWarm} resource for example. Generated codecs read a
   * recursive type one method call per level, which a depth of 1000 keeps far from the end of a
   * thread's stack; a codec that needs more stack than the thread has (jackson-databind's, for
   * deep bodies on small stacks) answers 400 too ({@link #read}; {@code HostileBodyTest}).
   *
   * <p>The default constructor, not {@code JsonFactory.builder()} or {@code
   * StreamReadConstraints.builder()}: their classes cost a cold start 0.3 to 0.5 ms each, for
   * limits no safer than these (the nesting depth was 200 until this cost was measured).
   */
  public static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Binds a required JSON {@code @Body}: a missing or empty body and JSON {@code null} answer 400,
   * as bad JSON does. Generated dispatchers call it (and not {@code Bodies}, one class less on a
   * cold start).
   */
  public static <T> T body(Request request, JsonCodec<T> codec) {
    return required(request, codec, null, 0);
  }

  /**
   * {@link #body(Request, JsonCodec)} for a body type the generated entry class reads with code of
   * its own ({@link LiftRuntime#readBody}): no codec class, and no {@code JsonCodec}, loads on a
   * cold start.
   *
   * @param body the entry class's number for the body type
   */
  public static <T> T body(Request request, LiftRuntime reader, int body) {
    return required(request, null, reader, body);
  }

  /** Binds an {@code Optional} JSON {@code @Body}: empty for a missing or empty body and JSON {@code null}. */
  public static <T> Optional<T> optionalBody(Request request, JsonCodec<T> codec) {
    return hasNoBody(request) ? Optional.empty() : Optional.ofNullable(read(request.body(), codec, null, 0));
  }

  /** {@link #optionalBody(Request, JsonCodec)} through the entry class's own code, as {@link #body(Request, LiftRuntime, int)}. */
  public static <T> Optional<T> optionalBody(Request request, LiftRuntime reader, int body) {
    return hasNoBody(request) ? Optional.empty() : Optional.ofNullable(read(request.body(), null, reader, body));
  }

  private static <T> T required(Request request, JsonCodec<T> codec, LiftRuntime reader, int body) {
    if (hasNoBody(request)) {
      throw Failures.badRequest("Request body is required: send a JSON value");
    }
    T value = read(request.body(), codec, reader, body);
    if (value == null) {
      throw Failures.badRequest("Request body is JSON null; a value is required");
    }
    return value;
  }

  /** No body, or an empty one: JSON {@code @Body} parameters treat both as absent. */
  private static boolean hasNoBody(Request request) {
    return !request.hasBody() || request.body().length == 0;
  }

  /** Reads one JSON value that must fill the whole body; bad JSON answers 400. */
  public static <T> T read(byte[] body, JsonCodec<T> codec) {
    return read(body, codec, null, 0);
  }

  /**
   * Reads with {@code codec}, or when it is null with the entry class's code for body type number
   * {@code index}: one method, so that both answer bad JSON alike.
   */
  @SuppressWarnings("unchecked")
  private static <T> T read(byte[] body, JsonCodec<T> codec, LiftRuntime reader, int index) {
    try (JsonParser parser = FACTORY.createParser(body)) {
      T value;
      if (codec != null) {
        value = codec.read(parser);
      } else {
        firstToken(parser);
        value = (T) reader.readBody(index, parser);
      }
      if (parser.nextToken() != null) {
        throw Failures.badRequest("Request body has content after the JSON value");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw Failures.badRequest(BodyErrors.invalidJson(e));
    } catch (IOException e) {
      throw Failures.unchecked(e);
    } catch (StackOverflowError e) {
      // Nesting within jackson's depth limit that a codec still cannot read on this thread's stack:
      // jackson-databind takes many frames a level (at depth 998 it overflows a 640 KiB stack, where a
      // generated codec reads it in 512 KiB). A client error like the limit itself, not a 500. The
      // stack is unwound to here, and reading shares no state, so the thread goes on safely.
      throw Failures.badRequest("Request body is nested too deeply to read");
    }
  }

  /**
   * Writes one value as JSON text. Into the JDK's {@code StringWriter} rather than jackson's
   * {@code SegmentedStringWriter}: the generator buffers its output and hands it over in one piece,
   * and a JDK class comes from the class-data archive, where jackson's costs a cold start a load
   * from its jar.
   */
  public static <T> String write(T value, JsonCodec<T> codec) {
    return write(value, codec, null, 0);
  }

  /** {@link #write(Object, JsonCodec)} with the entry class's code for body type number {@code body} ({@link LiftRuntime#writeBody}). */
  public static String write(Object value, LiftRuntime writer, int body) {
    return write(value, null, writer, body);
  }

  private static <T> String write(T value, JsonCodec<T> codec, LiftRuntime writer, int index) {
    StringWriter out = new StringWriter(256);
    try {
      try (JsonGenerator generator = FACTORY.createGenerator(out)) {
        if (codec != null) {
          codec.write(generator, value);
        } else {
          writer.writeBody(index, generator, value);
        }
      }
      return out.toString();
    } catch (IOException e) {
      throw Failures.unchecked(e);
    }
  }

  /** Moves a fresh parser to its first token, failing with 400 on an empty body. */
  public static JsonToken firstToken(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
    if (token == null) {
      throw Failures.badRequest("Request body is empty; a JSON value is required");
    }
    return token;
  }

  // ---------------------------------------------------------------- reading one value
  public static final String BOOLEAN = "a boolean";
  public static final String INTEGER = "an integer";
  public static final String NUMBER = "a number";
  public static final String STRING = "a string";
  public static final String UUID_TEXT = "a UUID";
  public static final String OBJECT = "an object";
  public static final int MAX_DECIMAL_EXPONENT = 1000;
  public static final String DECIMAL_RANGE = "a number with an exponent from -1000 to 1000";
  public static final String ARRAY = "an array";


  /** True on {@code START_OBJECT}, false on {@code null}; anything else answers 400. */
  public static boolean startObject(JsonParser parser) throws IOException {
    return start(parser, JsonToken.START_OBJECT, OBJECT);
  }

  /** True on {@code START_ARRAY}, false on {@code null}; anything else answers 400. */
  public static boolean startArray(JsonParser parser) throws IOException {
    return start(parser, JsonToken.START_ARRAY, ARRAY);
  }

  private static boolean start(JsonParser parser, JsonToken start, String expected) {
    JsonToken token = parser.currentToken();
    if (token == start) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw BodyErrors.mismatch(parser, expected);
  }

  public static boolean isNull(JsonParser parser) {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** The field an object reader is about to read, moving the parser on to its value; null at the end. */
  public static String nextField(JsonParser parser) throws IOException {
    String name = parser.nextFieldName();
    if (name != null) {
      parser.nextToken();
    }
    return name;
  }

  // Booleans

  public static boolean readBoolean(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw BodyErrors.mismatch(parser, BOOLEAN);
  }

  public static Boolean readBooleanBox(JsonParser parser) {
    return isNull(parser) ? null : readBoolean(parser);
  }

  // Integers

  public static int readInt(JsonParser parser) throws IOException {
    return (int) readIntegral(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  public static Integer readIntBox(JsonParser parser) throws IOException {
    return isNull(parser) ? null : readInt(parser);
  }

  public static long readLong(JsonParser parser) throws IOException {
    return readIntegral(parser, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  public static Long readLongBox(JsonParser parser) throws IOException {
    return isNull(parser) ? null : readLong(parser);
  }

  static long readIntegral(JsonParser parser, long min, long max) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw BodyErrors.mismatch(parser, INTEGER);
    }
    // Not getNumberType(): its enum would be one more class to load on a cold start.
    try {
      long value = parser.getLongValue();
      if (value >= min && value <= max) {
        return value;
      }
    } catch (InputCoercionException beyondLong) {
      // answered below
    }
    throw BodyErrors.mismatch(parser, "an integer from " + min + " to " + max);
  }

  // Decimals

  public static double readDouble(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getDoubleValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      switch (parser.getText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw BodyErrors.mismatch(parser, NUMBER);
  }

  public static Double readDoubleBox(JsonParser parser) throws IOException {
    return isNull(parser) ? null : readDouble(parser);
  }

  /**
   * A decimal whose exponent is within {@value #MAX_DECIMAL_EXPONENT} either way: {@code 1e999999999}
   * is ten characters of JSON, but adding 1 to it would fill memory with a billion digits.
   */
  public static BigDecimal readBigDecimal(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw BodyErrors.mismatch(parser, NUMBER);
    }
    BigDecimal value = parser.getDecimalValue();
    if (Math.abs((long) value.scale()) > MAX_DECIMAL_EXPONENT
        || Math.abs((long) value.precision() - value.scale() - 1) > MAX_DECIMAL_EXPONENT) {
      throw BodyErrors.mismatch(parser, DECIMAL_RANGE);
    }
    return value;
  }

  // Text

  public static String readString(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw BodyErrors.mismatch(parser, STRING);
  }

  public static UUID readUuid(JsonParser parser) throws IOException {
    String text = readText(parser, UUID_TEXT);
    if (text == null) {
      return null;
    }
    // UUID.fromString takes short forms ("1-2-3-4-5"); only the canonical 36 characters read.
    if (text.length() != 36 || !isCanonicalUuid(text)) {
      throw BodyErrors.mismatch(parser, UUID_TEXT);
    }
    return UUID.fromString(text);
  }

  private static boolean isCanonicalUuid(String text) {
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (dash ? c != '-' : !hex) {
        return false;
      }
    }
    return true;
  }

  /** A string value, null for JSON null; other kinds answer 400 naming what the text should hold. */
  static String readText(JsonParser parser, String expected) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw BodyErrors.mismatch(parser, expected);
  }

  // ---------------------------------------------------------------- writing one value

  public static void writeBoolean(JsonGenerator generator, Boolean value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeBoolean(value);
    }
  }

  public static void writeInt(JsonGenerator generator, Integer value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  public static void writeLong(JsonGenerator generator, Long value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  public static void writeDouble(JsonGenerator generator, Double value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  public static void writeString(JsonGenerator generator, String value) throws IOException {
    generator.writeString(value); // jackson writes null as JSON null
  }

  public static void writeBigDecimal(JsonGenerator generator, BigDecimal value) throws IOException {
    generator.writeNumber(value);
  }

  public static void writeUuid(JsonGenerator generator, UUID value) throws IOException {
    generator.writeString(value == null ? null : value.toString());
  }

  private Json() {}
}
