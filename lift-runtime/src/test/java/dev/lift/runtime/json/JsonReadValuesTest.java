package dev.lift.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.lift.runtime.error.LiftError;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Strict reading of scalars: the right kind of JSON value, in range, or 400 with the value's path. */
class JsonReadValuesTest {
  @Test
  void integersInRange() throws IOException {
    assertEquals(-2147483648, read("-2147483648", Json::readInt));
    assertEquals(127, (byte) read("127", JsonScalars::readByte));
    assertEquals(Long.MAX_VALUE, read("9223372036854775807", Json::readLong));
    assertRefused("2147483648", Json::readInt, "an integer from -2147483648 to 2147483647");
    assertRefused("128", JsonScalars::readByte, "an integer from -128 to 127");
    assertRefused("9223372036854775808", Json::readLong,
        "an integer from -9223372036854775808 to 9223372036854775807");
  }

  @Test
  void integersAreNotFractionsStringsOrNull() {
    assertRefused("1.0", Json::readInt, "an integer");
    assertRefused("1e2", Json::readLong, "an integer");
    assertRefused("\"1\"", Json::readInt, "an integer");
    assertRefused("null", Json::readInt, "an integer");
  }

  @Test
  void boxesReadNullAsNull() throws IOException {
    assertNull(read("null", Json::readIntBox));
    assertNull(read("null", Json::readBooleanBox));
    assertNull(read("null", JsonScalars::readCharBox));
    assertNull(read("null", Json::readString));
    assertNull(read("null", JsonScalars::readInstant));
  }

  @Test
  void doublesTakeJacksonsNamesForNonFiniteValues() throws IOException {
    assertEquals(Double.NaN, read("\"NaN\"", Json::readDouble));
    assertEquals(Double.NEGATIVE_INFINITY, read("\"-Infinity\"", Json::readDouble));
    assertEquals(3.0, read("3", Json::readDouble));
    assertEquals(0.1f, read("0.1", JsonScalars::readFloat));
    assertRefused("\"3.5\"", Json::readDouble, "a number");
  }

  @Test
  void decimalsKeepTheirScaleWithinLimits() throws IOException {
    assertEquals(new BigDecimal("1.50"), read("1.50", Json::readBigDecimal));
    assertEquals(new BigDecimal("1E+1000"), read("1e1000", Json::readBigDecimal));
    assertRefused("1e1001", Json::readBigDecimal, "a number with an exponent from -1000 to 1000");
    assertRefused("1e-1001", Json::readBigDecimal, "a number with an exponent from -1000 to 1000");
  }

  @Test
  void textIsNotCoercedFromOtherValues() throws IOException {
    assertEquals("x", read("\"x\"", Json::readString));
    assertRefused("12", Json::readString, "a string");
    assertRefused("true", Json::readString, "a string");
    assertEquals('é', (char) read("\"é\"", JsonScalars::readChar));
    assertRefused("\"ab\"", JsonScalars::readChar, "a string of one character");
    assertRefused("1", Json::readBoolean, "a boolean");
  }

  @Test
  void uuidsInTheirCanonicalFormOnly() throws IOException {
    UUID id = UUID.fromString("6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a11");
    assertEquals(id, read("\"6F1C2A4E-0D5B-4C1E-9A7F-3B2D8E9C0A11\"", Json::readUuid));
    assertRefused("\"1-2-3-4-5\"", Json::readUuid, "a UUID");
    assertRefused("\"6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a1\"", Json::readUuid, "a UUID");
  }

  @Test
  void timesInIso8601() throws IOException {
    assertEquals(Instant.parse("2024-01-31T12:00:00Z"), read("\"2024-01-31T12:00:00Z\"", JsonScalars::readInstant));
    assertEquals(LocalDate.of(2024, 2, 29), read("\"2024-02-29\"", JsonScalars::readLocalDate));
    assertEquals(LocalDateTime.of(2024, 1, 31, 12, 0), read("\"2024-01-31T12:00\"", JsonScalars::readLocalDateTime));
    assertEquals("+01:00", read("\"2024-01-31T12:00:00+01:00\"", JsonScalars::readOffsetDateTime).getOffset().getId(),
        "the offset stays as sent");
    assertEquals(Duration.ofMinutes(90), read("\"PT1H30M\"", JsonScalars::readDuration));
    assertRefused("\"2023-02-29\"", JsonScalars::readLocalDate, "an ISO-8601 date such as 2024-01-31");
    assertRefused("1706702400", JsonScalars::readInstant, "an ISO-8601 instant such as 2024-01-31T12:00:00Z");
    assertRefused("\"2024-01-31T12:00:00\"", JsonScalars::readOffsetDateTime,
        "an ISO-8601 date and time with an offset such as 2024-01-31T12:00:00+01:00");
  }

  @Test
  void base64() throws IOException {
    assertArrayEquals(new byte[] {1, 2, 3}, read("\"AQID\"", JsonScalars::readBase64));
    assertRefused("\"not base64!\"", JsonScalars::readBase64, "a base64 string");
  }

  @Test
  void objectsAndArraysStartOrAreNull() throws IOException {
    assertTrue(read("{}", Json::startObject));
    assertEquals(false, read("null", Json::startArray));
    assertRefused("[]", Json::startObject, "an object");
    assertRefused("{}", Json::startArray, "an array");
  }

  private interface Reader<T> {
    T read(JsonParser parser) throws IOException;
  }

  /** Reads {@code json} placed as the value of {@code $.value}, so that paths show. */
  private static <T> T read(String json, Reader<T> reader) throws IOException {
    try (JsonParser parser = Json.FACTORY.createParser("{\"value\":" + json + "}")) {
      parser.nextToken();
      parser.nextToken();
      parser.nextToken();
      return reader.read(parser);
    }
  }

  private static void assertRefused(String json, Reader<?> reader, String expected) {
    LiftError error = assertThrows(LiftError.class, () -> read(json, reader), json);
    assertEquals(400, error.status());
    assertEquals(Map.of("path", "$.value", "expected", expected), error.details(), json);
  }
}
