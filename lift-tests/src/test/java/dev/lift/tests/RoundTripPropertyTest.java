package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text a client puts in a path variable, a query parameter or a header, percent- or
 * form-encoded as clients do, the route receives exactly that text, through every event shape.
 */
class RoundTripPropertyTest {
  private final LiftTestApi handler = new LiftTestApi();

  @Property(tries = 200)
  void percentEncodedPathVariableDecodesToTheOriginalText(
      @ForAll("text") String value, @ForAll boolean encodeEveryByte, @ForAll HttpEvent.Kind kind) {
    String encoded = encodeEveryByte ? percentEncodeAll(value) : percentEncodeReserved(value);
    Reply reply = Lambda.invoke(handler, HttpEvent.of(kind, "GET", "/path/echo/" + encoded));
    assertEquals(200, reply.status(), () -> encoded + ": " + reply);
    assertEquals(value, reply.body(), encoded);
  }

  @Property(tries = 200)
  void greedyVariableDecodesEverySegmentToTheOriginalText(
      @ForAll("text") String first, @ForAll("text") String second) {
    String encoded = percentEncodeReserved(first) + "/" + percentEncodeReserved(second);
    Reply reply = Lambda.invoke(handler, HttpEvent.v2("GET", "/path/files/" + encoded));
    assertEquals(first + "/" + second, reply.body(), encoded);
  }

  @Property(tries = 200)
  void formEncodedQueryValuesDecodeToTheOriginalTextInOrder(
      @ForAll("text") String first, @ForAll("text") String second, @ForAll HttpEvent.Kind kind) {
    String query = "a=" + URLEncoder.encode(first, StandardCharsets.UTF_8)
        + "&other=1&a=" + URLEncoder.encode(second, StandardCharsets.UTF_8);
    Reply reply = Lambda.invoke(handler, HttpEvent.of(kind, "GET", "/bind/query/list").query(query));
    assertEquals(200, reply.status(), () -> query + ": " + reply);
    // Without multi-value headers turned on, ALB itself keeps only the last value of a name.
    List<String> expected = kind == HttpEvent.Kind.ALB ? List.of(second) : List.of(first, second);
    assertEquals(expected, strings(reply.json().get("text")), query);
  }

  @Property(tries = 200)
  void headerValueReachesTheRouteAsOneUnsplitValue(
      @ForAll("headerText") String value, @ForAll HttpEvent.Kind kind) {
    Reply reply = Lambda.invoke(handler, HttpEvent.of(kind, "GET", "/bind/header/list").header("X-Text", value));
    assertEquals(List.of(value), strings(reply.json().get("text")), value);
  }

  /** Text with separators, escapes, non-ASCII letters and characters outside the BMP. */
  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> plain = Arbitraries.strings()
        .withCharRange(' ', '~')
        .withCharRange('\u00A0', '\u024F')
        .withCharRange('\u4E00', '\u4E2F')
        .withChars('/', '%', '+', '?', '#', '&', '=', ',', ';')
        .ofMinLength(1)
        .ofMaxLength(16);
    Arbitrary<String> astral = Arbitraries.of("", "😀", "𝄞");
    return plain.flatMap(s -> astral.map(extra -> s + extra));
  }

  /** Header values: visible ASCII and Latin-1 with commas and inner spaces, no edge whitespace. */
  @Provide
  Arbitrary<String> headerText() {
    return Arbitraries.strings()
        .withCharRange('!', '~')
        .withCharRange('\u00A1', '\u00FF')
        .withChars(',', ' ')
        .ofMinLength(1)
        .ofMaxLength(24)
        .filter(s -> s.strip().equals(s));
  }

  private static String percentEncodeAll(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      encoded.append('%').append(String.format("%02X", b & 0xFF));
    }
    return encoded.toString();
  }

  /** Leaves what may appear in a path segment as is ({@code +} included), escapes the rest. */
  private static String percentEncodeReserved(String value) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@".indexOf(c) >= 0;
      if (safe) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02x", b & 0xFF));
      }
    }
    return encoded.toString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
