package dev.lift.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.Events;
import dev.lift.runtime.testing.JsonTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each response shape, read back as JSON. */
class HttpResponseEncoderTest {
  static final List<String> COOKIES = List.of("a=1; Secure", "b=2; HttpOnly", "c=3");

  static WireResponse sample() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json"));
    headers.put("Vary", List.of("Accept", "Origin"));
    return new WireResponse(201, headers, COOKIES, "{\"id\":7}", false);
  }

  static Map<String, Object> encode(int kind, boolean head, WireResponse response)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HttpEvents.encode(kind, head, response, out);
    return JsonTree.object(out.toByteArray());
  }

  static Map<String, Object> encode(int kind, WireResponse response) throws IOException {
    return encode(kind, false, response);
  }

  @Test
  void httpApiShapeJoinsHeadersAndListsCookies() throws IOException {
    Map<String, Object> json = encode(EventKind.API_GATEWAY_V2, sample());

    assertEquals(List.of("statusCode", "headers", "cookies", "body", "isBase64Encoded"), List.copyOf(json.keySet()));
    assertEquals(201L, json.get("statusCode"));
    assertEquals(Map.of("Content-Type", "application/json", "Vary", "Accept,Origin"), json.get("headers"));
    assertEquals(COOKIES, json.get("cookies"));
    assertEquals("{\"id\":7}", json.get("body"));
    assertEquals(false, json.get("isBase64Encoded"));
  }

  @Test
  void httpApiShapeLeavesOutCookiesAndBodyWhenThereAreNone() throws IOException {
    Map<String, Object> json = encode(EventKind.API_GATEWAY_V2,
        new WireResponse(204, Map.of(), List.of(), null, false));

    assertEquals(List.of("statusCode", "headers", "isBase64Encoded"), List.copyOf(json.keySet()));
  }

  @Test
  void restApiShapeHasFirstValuesAndEveryValue() throws IOException {
    Map<String, Object> json = encode(EventKind.API_GATEWAY_V1, sample());

    assertEquals(List.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"), List.copyOf(json.keySet()));
    assertEquals(Map.of("Content-Type", "application/json", "Vary", "Accept"), json.get("headers"));
    assertEquals(
        Map.of("Content-Type", List.of("application/json"), "Vary", List.of("Accept", "Origin"), "Set-Cookie", COOKIES),
        json.get("multiValueHeaders"));
    assertEquals("{\"id\":7}", json.get("body"));
  }

  @Test
  void restApiShapeMatchesTheAwsSample() throws IOException {
    Map<String, Object> expected = JsonTree.object(Events.bytes("response_apigw_proxy_response.json"));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json"));
    headers.put("X-Custom-Header", List.of("custom-value"));
    Map<String, Object> json = encode(EventKind.API_GATEWAY_V1, new WireResponse(
        200, headers, List.of("cookie1=value1", "cookie2=value2"), "{\"message\":\"Hello from Lambda\"}", false));

    assertEquals(expected.get("statusCode"), json.get("statusCode"));
    assertEquals(expected.get("headers"), json.get("headers"));
    assertEquals(JsonTree.objectAt(expected, "multiValueHeaders").get("Set-Cookie"),
        JsonTree.objectAt(json, "multiValueHeaders").get("Set-Cookie"));
    assertEquals(expected.get("body"), json.get("body"));
    assertEquals(expected.get("isBase64Encoded"), json.get("isBase64Encoded"));
  }

  @Test
  void albMultiValueShape() throws IOException {
    Map<String, Object> json = encode(EventKind.ALB_MULTI_VALUE, sample());

    assertEquals(List.of("statusCode", "statusDescription", "multiValueHeaders", "body", "isBase64Encoded"), List.copyOf(json.keySet()));
    assertEquals("201 Created", json.get("statusDescription"));
    assertEquals(
        Map.of("Content-Type", List.of("application/json"), "Vary", List.of("Accept", "Origin"), "Set-Cookie", COOKIES),
        json.get("multiValueHeaders"));
  }

  @Test
  void albSingleValueShapeSendsEveryCookieUnderItsOwnSpelling() throws IOException {
    Map<String, Object> json = encode(EventKind.ALB, sample());

    assertEquals(List.of("statusCode", "statusDescription", "headers", "body", "isBase64Encoded"), List.copyOf(json.keySet()));
    Map<String, Object> headers = JsonTree.objectAt(json, "headers");
    assertEquals("Accept,Origin", headers.get("Vary"));
    List<Object> cookies = new ArrayList<>();
    for (Map.Entry<String, Object> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase("set-cookie")) {
        cookies.add(header.getValue());
      }
    }
    assertEquals(COOKIES, cookies);
    assertEquals("a=1; Secure", headers.get("Set-Cookie"));
  }

  @Test
  void albSingleValueShapeKeepsFiveHundredTwelveCookies() throws IOException {
    List<String> cookies = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      cookies.add("c" + i + "=" + i);
    }
    Map<String, Object> headers = JsonTree.objectAt(
        encode(EventKind.ALB, new WireResponse(200, Map.of(), cookies, null, false)), "headers");

    assertEquals(512, headers.size());
    Set<String> lowerCased = new HashSet<>();
    headers.keySet().forEach(name -> lowerCased.add(name.toLowerCase(Locale.ROOT)));
    assertEquals(Set.of("set-cookie"), lowerCased);
    assertEquals(cookies.subList(0, 512), List.copyOf(headers.values()));
  }

  @Test
  void albBodyIsAnEmptyStringWhenThereIsNone() throws IOException {
    assertEquals("", encode(EventKind.ALB, new WireResponse(204, Map.of(), List.of(), null, false)).get("body"));
    assertEquals("", encode(EventKind.ALB_MULTI_VALUE, new WireResponse(204, Map.of(), List.of(), null, false)).get("body"));
  }

  @Test
  void minimalShapeIsWhatEveryIntegrationAccepts() throws IOException {
    Map<String, Object> json = encode(EventKind.UNKNOWN, sample());

    assertEquals(List.of("statusCode", "headers", "body", "isBase64Encoded"), List.copyOf(json.keySet()));
    assertEquals("Accept,Origin", JsonTree.objectAt(json, "headers").get("Vary"));
    assertEquals("b=2; HttpOnly", JsonTree.objectAt(json, "headers").get("set-Cookie"));
  }

  @Test
  void binaryBodyIsFlagged() throws IOException {
    WireResponse binary = new WireResponse(200, Map.of(), List.of(), "AAEC", true);
    for (int kind : EventKind.values()) {
      Map<String, Object> json = encode(kind, binary);
      assertEquals("AAEC", json.get("body"), EventKind.name(kind));
      assertEquals(true, json.get("isBase64Encoded"), EventKind.name(kind));
    }
  }

  @Test
  void headDropsTheBodyButKeepsTheHeaders() throws IOException {
    WireResponse binary = new WireResponse(200, Map.of("Content-Type", List.of("image/png")), List.of(), "AAEC", true);

    Map<String, Object> v2 = encode(EventKind.API_GATEWAY_V2, true, binary);
    assertFalse(v2.containsKey("body"));
    assertEquals(false, v2.get("isBase64Encoded"));
    assertEquals("image/png", JsonTree.objectAt(v2, "headers").get("Content-Type"));

    Map<String, Object> v1 = encode(EventKind.API_GATEWAY_V1, true, binary);
    assertFalse(v1.containsKey("body"));
    assertEquals(List.of("image/png"), JsonTree.objectAt(v1, "multiValueHeaders").get("Content-Type"));

    Map<String, Object> alb = encode(EventKind.ALB, true, binary);
    assertEquals("", alb.get("body"));
    assertEquals(false, alb.get("isBase64Encoded"));
  }

  @Test
  void setCookieAmongTheHeadersIsSentAsACookie() throws IOException {
    WireResponse response = new WireResponse(
        200, Map.of("set-cookie", List.of("x=1")), List.of("y=2"), null, false);

    Map<String, Object> json = encode(EventKind.API_GATEWAY_V2, response);
    assertEquals(List.of("y=2", "x=1"), json.get("cookies"));
    assertEquals(Map.of(), json.get("headers"));
  }

  @Test
  void nullHeaderValuesAreSkipped() throws IOException {
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    withNull.add("v");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("X-A", withNull);
    headers.put("X-B", null);
    Map<String, Object> json = encode(EventKind.API_GATEWAY_V1, new WireResponse(200, headers, null, null, false));

    assertEquals(Map.of("X-A", "v"), json.get("headers"));
    assertEquals(Map.of("X-A", List.of("v")), json.get("multiValueHeaders"));
  }

  @Test
  void statusDescriptions() {
    assertEquals("200 OK", AlbResponses.statusDescription(200));
    assertEquals("404 Not Found", AlbResponses.statusDescription(404));
    assertEquals("413 Payload Too Large", AlbResponses.statusDescription(413));
    assertEquals("503 Service Unavailable", AlbResponses.statusDescription(503));
    assertEquals("299 Success", AlbResponses.statusDescription(299));
    assertEquals("499 Client Error", AlbResponses.statusDescription(499));
  }

  @Test
  void theStreamIsLeftOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    HttpEvents.encode(EventKind.API_GATEWAY_V2, false, sample(), out);

    assertFalse(closed[0]);
    assertTrue(out.size() > 0);
    assertNull(JsonTree.object(out.toByteArray()).get("multiValueHeaders"));
  }
}
