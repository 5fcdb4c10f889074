package dev.lift.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalQuery;
import java.util.function.Function;

/**
 * Reads ISO-8601 text into {@code java.time} values for {@link Json}. A class of its own so
 * that bodies without dates do not load java.time's exception and query types when
 * {@code Json} is verified.
 *
 * <p>The commonest forms, {@code 2024-01-31} and {@code 2024-01-31T12:00:00.123Z}, are read by
 * hand: {@code DateTimeFormatter.parse} costs about a microsecond each, more than the rest of a
 * small body. Anything else (lower case, leap seconds, other lengths, wrong digits) goes to the
 * formatter, so the fast path never decides what is valid.
 */
final class JsonTimes {
  private JsonTimes() {}

  static LocalDate readLocalDate(JsonParser parser, String expected) throws IOException {
    String text = Json.readText(parser, expected);
    if (text == null) {
      return null;
    }
    if (text.length() == 10 && isDate(text)) {
      try {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
      } catch (DateTimeException e) {
        throw BodyErrors.mismatch(parser, expected);
      }
    }
    return parse(parser, text, t -> DateTimeFormatter.ISO_LOCAL_DATE.parse(t, LocalDate::from), expected);
  }

  static Instant readInstant(JsonParser parser, String expected) throws IOException {
    String text = Json.readText(parser, expected);
    if (text == null) {
      return null;
    }
    Instant fast = fastInstant(text);
    return fast != null ? fast : parse(parser, text, t -> DateTimeFormatter.ISO_INSTANT.parse(t, Instant::from), expected);
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} in UTC, else null (the formatter decides). */
  private static Instant fastInstant(String text) {
    int length = text.length();
    if (length < 20 || length > 30 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z' || !isDate(text) || !digits(text, 11, 13) || !digits(text, 14, 16)
        || !digits(text, 17, 19)) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      if (text.charAt(19) != '.' || length == 21 || !digits(text, 20, length - 1)) {
        return null;
      }
      nanos = number(text, 20, length - 1);
      for (int i = length - 1; i < 29; i++) {
        nanos *= 10;
      }
    } else if (text.charAt(19) != 'Z') {
      return null;
    }
    int hour = number(text, 11, 13);
    int minute = number(text, 14, 16);
    int second = number(text, 17, 19);
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
      return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + hour * 3600L + minute * 60L + second, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDate(String text) {
    return text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4) && digits(text, 5, 7)
        && digits(text, 8, 10);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static <T> T parse(JsonParser parser, String text, Function<String, T> parse, String expected) {
    try {
      return parse.apply(text);
    } catch (DateTimeException e) {
      throw BodyErrors.mismatch(parser, expected);
    }
  }

  static <T> T read(JsonParser parser, DateTimeFormatter format, TemporalQuery<T> query, String expected)
      throws IOException {
    return read(parser, text -> format.parse(text, query), expected);
  }

  static <T> T read(JsonParser parser, Function<String, T> parse, String expected) throws IOException {
    String text = Json.readText(parser, expected);
    return text == null ? null : parse(parser, text, parse, expected);
  }
}
