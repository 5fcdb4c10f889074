package dev.lift.runtime.json;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Writes one JSON value for the codecs the processor generates, {@code null} as JSON null. The
 * forms are jackson-databind's (with the java.time module and ISO-8601 dates), so that a client
 * sees the same JSON whichever codec wrote it: {@code java.time} values as ISO-8601 strings,
 * {@code byte[]} as base64, non-finite doubles as the strings {@code "NaN"} and {@code "Infinity"}.
 */
public final class JsonWrites {
  private JsonWrites() {}

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

  public static void writeDouble(JsonGenerator generator, Double value) throws IOException {
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

  public static void writeString(JsonGenerator generator, String value) throws IOException {
    generator.writeString(value); // jackson writes null as JSON null
  }

  public static void writeBigDecimal(JsonGenerator generator, BigDecimal value) throws IOException {
    generator.writeNumber(value);
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

  public static void writeUuid(JsonGenerator generator, UUID value) throws IOException {
    generator.writeString(value == null ? null : value.toString());
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
}
