package dev.lift.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiEventTest {
  @Test
  void writesTheFieldsApiGatewaySends() throws Exception {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of("localhost:8080"));
    headers.put("Accept", List.of("text/html", "application/json"));
    headers.put("accept", List.of("*/*"));
    headers.put("Content-type", List.of("application/x-www-form-urlencoded"));
    IncomingRequest request =
        new IncomingRequest(
            "POST", "/forms", "a=%ZZ&b=1+2", "HTTP/1.1", "127.0.0.1", headers,
            "a=1&b=2".getBytes(StandardCharsets.UTF_8));

    JsonNode event =
        EchoHandler.JSON.readTree(
            HttpApiEvent.write(request, "req-1", Instant.parse("2020-03-12T19:03:58.390Z")));

    assertEquals("text/html,application/json,*/*", event.path("headers").path("accept").asText());
    assertEquals("%ZZ", event.path("queryStringParameters").path("a").asText(), "bad escapes stay");
    assertEquals("1 2", event.path("queryStringParameters").path("b").asText());
    assertFalse(event.has("cookies"), "no cookies, no cookies field");
    assertEquals("a=1&b=2", event.path("body").asText());
    assertFalse(event.path("isBase64Encoded").asBoolean());
    JsonNode context = event.path("requestContext");
    assertEquals("req-1", context.path("requestId").asText());
    assertEquals("12/Mar/2020:19:03:58 +0000", context.path("time").asText());
    assertEquals(1584039838390L, context.path("timeEpoch").asLong());
    assertEquals("localhost:8080", context.path("domainName").asText());
    assertEquals("", context.path("http").path("userAgent").asText());
  }

  @Test
  void onlyUtf8BodiesOfTextualTypesTravelAsText() {
    byte[] utf8 = "héllo".getBytes(StandardCharsets.UTF_8);
    for (String type :
        new String[] {"text/plain", "TEXT/CSV; charset=utf-8", "application/json",
          "application/problem+json", "application/atom+xml"}) {
      assertTrue(HttpApiEvent.bodyAsText(utf8, type).isPresent(), type);
    }
    for (String type : new String[] {"application/octet-stream", "image/png", "application/pdf"}) {
      assertFalse(HttpApiEvent.bodyAsText(utf8, type).isPresent(), type);
    }
    assertFalse(HttpApiEvent.bodyAsText(utf8, null).isPresent(), "no content type");
    assertFalse(
        HttpApiEvent.bodyAsText(new byte[] {(byte) 0xC3, 0x28}, "text/plain").isPresent(), "not UTF-8");
  }
}
