package dev.lift.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiResponseTest {
  private static HttpApiResponse parse(String output) throws Exception {
    return HttpApiResponse.parse(output.getBytes(StandardCharsets.UTF_8));
  }

  private static String malformed(String output) {
    return assertThrows(HttpApiResponse.MalformedResponseException.class, () -> parse(output))
        .getMessage();
  }

  @Test
  void readsTheSharedHttpApiResponseSample() throws Exception {
    byte[] sample =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("../../shared/events/response_apigw_v2_http_response.json"));

    HttpApiResponse response = HttpApiResponse.parse(sample);

    assertEquals(200, response.status());
    assertEquals(
        List.of(
            Map.entry("Content-Type", "application/json"),
            Map.entry("Set-Cookie", "cookie1=value1"),
            Map.entry("Set-Cookie", "session=abc123; Secure; HttpOnly")),
        response.headers());
    assertEquals("{\"message\":\"OK\"}", new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void multiValueHeadersReplaceHeadersOfTheSameName() throws Exception {
    HttpApiResponse response =
        parse(
            "{\"statusCode\":200,\"headers\":{\"x-a\":\"single\",\"x-b\":7},"
                + "\"multiValueHeaders\":{\"X-A\":[\"1\",\"2\"]}}");

    assertEquals(
        List.of(Map.entry("x-b", "7"), Map.entry("X-A", "1"), Map.entry("X-A", "2")),
        response.headers());
    assertArrayEquals(new byte[0], response.body());
  }

  @Test
  void anyOtherJsonIsA200JsonBody() throws Exception {
    for (String output : new String[] {"{\"id\":1}", "[1,2]", "\"text\"", "42"}) {
      HttpApiResponse response = parse(output);
      assertEquals(200, response.status(), output);
      assertEquals(List.of(Map.entry("Content-Type", "application/json")), response.headers());
      assertEquals(output, new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void malformedOutputsAreRejectedWithTheReason() {
    assertEquals("the handler wrote no output", malformed(""));
    assertEquals("the output has content after its JSON value", malformed("{} {}"));
    assertEquals("statusCode must be an integer, got 200", malformed("{\"statusCode\":\"200\"}"));
    assertEquals("statusCode must be from 100 to 599, got 42", malformed("{\"statusCode\":42}"));
    assertEquals(
        "body is marked isBase64Encoded but is not base64",
        malformed("{\"statusCode\":200,\"body\":\"not base64!\",\"isBase64Encoded\":true}"));
    assertEquals(
        "headers.x-a contains a line break",
        malformed("{\"statusCode\":200,\"headers\":{\"x-a\":\"a\\r\\nInjected: yes\"}}"));
    assertEquals(
        "cookies must be an array of strings", malformed("{\"statusCode\":200,\"cookies\":\"a=1\"}"));
  }
}
