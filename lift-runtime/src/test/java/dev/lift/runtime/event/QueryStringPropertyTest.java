package dev.lift.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lift.runtime.LiftConfig;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Request;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

/** Whatever a browser form-encodes comes out of the event as it was typed, every value in order. */
class QueryStringPropertyTest {

  record Parameter(String name, String value) {}

  @Provide
  Arbitrary<List<Parameter>> parameters() {
    // Text with the characters that matter to query strings, and any non-surrogate character.
    StringArbitrary text = Arbitraries.strings()
        .withCharRange('\u0000', '\ud7ff')
        .withChars("&=+%,; ?#")
        .ofMaxLength(8);
    Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("a", "b", "tag"), text.ofMinLength(1));
    return Combinators.combine(names, text).as(Parameter::new).list().ofMaxSize(8);
  }

  @Property(tries = 500)
  void httpApiRawQueryStringRoundTrips(@ForAll("parameters") List<Parameter> parameters)
      throws IOException {
    StringBuilder raw = new StringBuilder();
    for (Parameter p : parameters) {
      raw.append(raw.length() == 0 ? "" : "&").append(encode(p.name())).append('=').append(encode(p.value()));
    }
    Request request = decode("{\"version\":\"2.0\",\"rawPath\":\"/\",\"rawQueryString\":\"" + raw + "\","
        + "\"requestContext\":{\"http\":{\"method\":\"GET\"}}}");

    assertEquals(EventKind.API_GATEWAY_V2, request.kind());
    assertSame(grouped(parameters), request);
  }

  @Property(tries = 500)
  void albMultiValueParametersAreDecoded(@ForAll("parameters") List<Parameter> parameters)
      throws IOException {
    StringBuilder json = new StringBuilder();
    for (Map.Entry<String, List<String>> entry : grouped(parameters).entrySet()) {
      json.append(json.length() == 0 ? "" : ",").append('"').append(encode(entry.getKey())).append("\":[");
      for (int i = 0; i < entry.getValue().size(); i++) {
        json.append(i == 0 ? "" : ",").append('"').append(encode(entry.getValue().get(i))).append('"');
      }
      json.append(']');
    }
    Request request = decode("{\"requestContext\":{\"elb\":{}},\"httpMethod\":\"GET\",\"path\":\"/\","
        + "\"multiValueQueryStringParameters\":{" + json + "}}");

    assertEquals(EventKind.ALB_MULTI_VALUE, request.kind());
    assertSame(grouped(parameters), request);
  }

  private static void assertSame(Map<String, List<String>> expected, Request request) {
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(request.query().names()));
    for (Map.Entry<String, List<String>> entry : expected.entrySet()) {
      assertEquals(entry.getValue(), request.query().all(entry.getKey()), entry.getKey());
    }
  }

  private static Map<String, List<String>> grouped(List<Parameter> parameters) {
    Map<String, List<String>> grouped = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      grouped.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.value());
    }
    return grouped;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static Request decode(String event) throws IOException {
    return HttpEvents.decode(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), LiftConfig.defaults());
  }
}
