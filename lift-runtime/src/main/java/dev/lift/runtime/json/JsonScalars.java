package dev.lift.runtime.json;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The helpers generated codecs call for the less common scalars: {@code byte}, {@code short},
 * {@code float}, {@code char} and their boxes, {@code BigInteger}, {@code byte[]} as base64 and
 * {@code java.time} values as ISO-8601 text. They follow {@link Json}'s rules for reading and
 * writing.
 *
 * <p>Apart from {@link Json} so that a cold start whose bodies hold none of these types does not
 * load their 9 KB of code (a fresh JVM with Lambda's flags pays about 25 µs a kilobyte of class file,
 * on top of about 0.2 ms a class; see the README's "Cold start"). A body that has one of them
 * loads this class as well: one class more, the same bytes as before the split.
 */
public final class JsonScalars {
  /** What a client is told a value should have been, in the error body. */
  public static final String CHARACTER = "a string of one character";
  public static final String BASE64 = "a base64 string";
  public static final String INSTANT = "an ISO-8601 instant such as 2024-01-31T12:00:00Z";
  public static final String LOCAL_DATE = "an ISO-8601 date such as 2024-01-31";
  public static final String LOCAL_DATE_TIME = "an ISO-8601 date and time such as 2024-01-31T12:00:00";
  public static final String OFFSET_DATE_TIME =
      "an ISO-8601 date and time with an offset such as 2024-01-31T12:00:00+01:00";
  public static final String DURATION = "an ISO-8601 duration such as PT1H30M";

  public static short readShort(JsonParser parser) throws IOException {
    return (short) Json.readIntegral(parser, Short.MIN_VALUE, Short.MAX_VALUE);
  }

  public static Short readShortBox(JsonParser parser) throws IOException {
    return Json.isNull(parser) ? null : readShort(parser);
  }

  public static byte readByte(JsonParser parser) throws IOException {
    return (byte) Json.readIntegral(parser, Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  public static Byte readByteBox(JsonParser parser) throws IOException {
    return Json.isNull(parser) ? null : readByte(parser);
  }

  public static BigInteger readBigInteger(JsonParser parser) throws IOException {
    if (Json.isNull(parser)) {
      return null;
    }
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw BodyErrors.mismatch(parser, Json.INTEGER);
    }
    return parser.getBigIntegerValue();
  }

  public static float readFloat(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return parser.getFloatValue();
    }
    return (float) Json.readDouble(parser);
  }

  public static Float readFloatBox(JsonParser parser) throws IOException {
    return Json.isNull(parser) ? null : readFloat(parser);
  }

  public static char readChar(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getTextLength() == 1) {
      return parser.getTextCharacters()[parser.getTextOffset()];
    }
    throw BodyErrors.mismatch(parser, CHARACTER);
  }

  public static Character readCharBox(JsonParser parser) throws IOException {
    return Json.isNull(parser) ? null : readChar(parser);
  }

  public static byte[] readBase64(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return parser.getBinaryValue(Base64Variants.getDefaultVariant());
      } catch (JsonParseException | IllegalArgumentException e) {
        // jackson reports bad base64 as a parse error; the JSON itself is fine.
      }
    }
    throw BodyErrors.mismatch(parser, BASE64);
  }

  public static Instant readInstant(JsonParser parser) throws IOException {
    return JsonTimes.readInstant(parser, INSTANT);
  }

  public static LocalDate readLocalDate(JsonParser parser) throws IOException {
    return JsonTimes.readLocalDate(parser, LOCAL_DATE);
  }

  public static LocalDateTime readLocalDateTime(JsonParser parser) throws IOException {
    return JsonTimes.read(parser, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from, LOCAL_DATE_TIME);
  }

  /** The offset stays as sent: {@code +01:00} is not moved to UTC. */
  public static OffsetDateTime readOffsetDateTime(JsonParser parser) throws IOException {
    return JsonTimes.read(parser, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from, OFFSET_DATE_TIME);
  }

  public static Duration readDuration(JsonParser parser) throws IOException {
    return JsonTimes.read(parser, Duration::parse, DURATION);
  }

  public static void writeShort(JsonGenerator generator, Short value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  public static void writeByte(JsonGenerator generator, Byte value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  public static void writeFloat(JsonGenerator generator, Float value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeNumber(value);
    }
  }

  public static void writeChar(JsonGenerator generator, char value) throws IOException {
    generator.writeString(String.valueOf(value));
  }

  public static void writeCharBox(JsonGenerator generator, Character value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      writeChar(generator, value);
    }
  }

  public static void writeBigInteger(JsonGenerator generator, BigInteger value) throws IOException {
    generator.writeNumber(value);
  }

  public static void writeBase64(JsonGenerator generator, byte[] value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeBinary(Base64Variants.getDefaultVariant(), value, 0, value.length);
    }
  }

  public static void writeInstant(JsonGenerator generator, Instant value) throws IOException {
    generator.writeString(value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value));
  }

  public static void writeLocalDate(JsonGenerator generator, LocalDate value) throws IOException {
    generator.writeString(value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(value));
  }

  public static void writeLocalDateTime(JsonGenerator generator, LocalDateTime value) throws IOException {
    generator.writeString(value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value));
  }

  public static void writeOffsetDateTime(JsonGenerator generator, OffsetDateTime value) throws IOException {
    generator.writeString(value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  public static void writeDuration(JsonGenerator generator, Duration value) throws IOException {
    generator.writeString(value == null ? null : value.toString());
  }

  private JsonScalars() {}
}
