package dev.lift.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import dev.lift.runtime.error.LiftError;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written fast path for instants and dates reads exactly what {@code DateTimeFormatter}
 * reads, and refuses exactly what it refuses, on well-formed values and on mangled ones.
 */
class JsonTimesPropertyTest {
  @Property(tries = 2000)
  void instantsReadAsTheFormatterReadsThem(@ForAll("instantTexts") String text) throws IOException {
    assertEquals(expected(text, () -> DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from)),
        actual(text, JsonScalars::readInstant), text);
  }

  @Property(tries = 2000)
  void datesReadAsTheFormatterReadsThem(@ForAll("dateTexts") String text) throws IOException {
    assertEquals(expected(text, () -> DateTimeFormatter.ISO_LOCAL_DATE.parse(text, LocalDate::from)),
        actual(text, JsonScalars::readLocalDate), text);
  }

  @Provide
  Arbitrary<String> instantTexts() {
    Arbitrary<String> valid = Combinators.combine(
            Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L), Arbitraries.integers().between(0, 999_999_999),
            Arbitraries.integers().between(0, 3))
        .as((seconds, nanos, precision) -> {
          Instant instant = Instant.ofEpochSecond(seconds, precision == 0 ? 0 : precision == 1 ? nanos / 1_000_000 * 1_000_000 : nanos);
          return instant.toString();
        });
    return Arbitraries.oneOf(valid, valid.flatMap(JsonTimesPropertyTest::mangle),
        Arbitraries.of("2024-02-29T23:59:60Z", "2023-02-29T00:00:00Z", "2024-01-31t12:00:00z", "2024-01-31T24:00:00Z",
            "2024-01-31T12:00:00.Z", "2024-01-31T12:00:00.1234567890Z", "+10000-01-01T00:00:00Z", "2024-01-31T12:00:00+01:00"));
  }

  @Provide
  Arbitrary<String> dateTexts() {
    Arbitrary<String> valid = Arbitraries.longs().between(-800_000, 2_932_896).map(day -> LocalDate.ofEpochDay(day).toString());
    return Arbitraries.oneOf(valid, valid.flatMap(JsonTimesPropertyTest::mangle),
        Arbitraries.of("2023-02-29", "2024-13-01", "2024-00-10", "+12345-01-01", "2024-1-01"));
  }

  /** The text with one character replaced by a digit, a separator or a letter. */
  private static Arbitrary<String> mangle(String text) {
    return Combinators.combine(Arbitraries.integers().between(0, text.length() - 1), Arbitraries.of('0', '9', '-', ':', 'T', 'Z', '.', 'x'))
        .as((at, c) -> text.substring(0, at) + c + text.substring(at + 1));
  }

  private interface Parse {
    Object parse();
  }

  private static String expected(String text, Parse parse) {
    try {
      return String.valueOf(parse.parse());
    } catch (DateTimeException e) {
      return "refused";
    }
  }

  private interface Reader {
    Object read(JsonParser parser) throws IOException;
  }

  private static String actual(String text, Reader reader) throws IOException {
    try (JsonParser parser = Json.FACTORY.createParser("\"" + text + "\"")) {
      parser.nextToken();
      return String.valueOf(reader.read(parser));
    } catch (LiftError e) {
      return "refused";
    }
  }
}
