package dev.lift.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocalServerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  // HTTP/1.1 only: the default HTTP/2 client would add its h2c upgrade headers to every event.
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private LocalServer start(RequestStreamHandler handler) throws IOException {
    return LocalServer.start(
        handler, "127.0.0.1", 0, LocalContext.DEFAULT_TIMEOUT, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(LocalServer server, String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(server.uri() + pathAndQuery)).timeout(TIMEOUT);
  }

  @Test
  void getBecomesHttpApiEventWithJoinedHeadersAndCookies() throws Exception {
    EchoHandler handler = new EchoHandler();
    try (LocalServer server = start(handler)) {
      HttpResponse<String> response =
          client.send(
              request(server, "/users/a%20b?limit=10&tag=x&tag=y%2Bz&empty")
                  .header("X-Multi", "one")
                  .header("X-Multi", "two")
                  .header("User-Agent", "lift-test")
                  .header("Cookie", "session=abc; theme=dark")
                  .header("Cookie", "lang=en")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode());
      JsonNode event = handler.onlyEvent();
      assertEquals(EchoHandler.JSON.readTree(response.body()), event, "the echo came back intact");
      assertEquals("2.0", event.path("version").asText());
      assertEquals("$default", event.path("routeKey").asText());
      assertEquals("/users/a%20b", event.path("rawPath").asText());
      assertEquals("limit=10&tag=x&tag=y%2Bz&empty", event.path("rawQueryString").asText());
      assertEquals("x,y+z", event.path("queryStringParameters").path("tag").asText());
      assertEquals("", event.path("queryStringParameters").path("empty").asText());
      assertEquals("one,two", event.path("headers").path("x-multi").asText());
      assertEquals("lift-test", event.path("headers").path("user-agent").asText());
      assertFalse(event.path("headers").has("cookie"), "cookies travel in the cookies array");
      assertEquals(
          List.of("session=abc", "theme=dark", "lang=en"), texts(event.path("cookies")));
      JsonNode context = event.path("requestContext");
      assertEquals("GET", context.path("http").path("method").asText());
      assertEquals("/users/a%20b", context.path("http").path("path").asText());
      assertEquals("HTTP/1.1", context.path("http").path("protocol").asText());
      assertEquals("127.0.0.1", context.path("http").path("sourceIp").asText());
      assertEquals("lift-test", context.path("http").path("userAgent").asText());
      assertEquals("$default", context.path("stage").asText());
      UUID.fromString(context.path("requestId").asText());
      assertTrue(context.path("timeEpoch").asLong() > 0);
      assertTrue(context.path("time").asText().matches("\\d{2}/\\w{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000"));
      assertFalse(event.has("body"), "a request without a body has no body field");
      assertFalse(event.path("isBase64Encoded").asBoolean());
    }
  }

  @Test
  void textualBodyTravelsAsTextAndBinaryBodyAsBase64() throws Exception {
    EchoHandler handler = new EchoHandler();
    byte[] binary = {0, (byte) 0xFF, (byte) 0xFE, 1, 2, 3};
    try (LocalServer server = start(handler)) {
      send(server, "POST", "application/json; charset=utf-8", "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8));
      send(server, "PUT", "application/octet-stream", binary);
      send(server, "POST", "text/plain", binary); // textual type, but not UTF-8
    }

    assertEquals(3, handler.events.size());
    JsonNode json = EchoHandler.JSON.readTree(handler.events.get(0));
    assertEquals("POST", json.path("requestContext").path("http").path("method").asText());
    assertEquals("{\"name\":\"Zoë\"}", json.path("body").asText());
    assertFalse(json.path("isBase64Encoded").asBoolean());
    for (int i = 1; i < 3; i++) {
      JsonNode event = EchoHandler.JSON.readTree(handler.events.get(i));
      assertTrue(event.path("isBase64Encoded").asBoolean(), "event " + i);
      assertArrayEquals(binary, Base64.getDecoder().decode(event.path("body").asText()), "event " + i);
    }
  }

  @Test
  void responseComesBackWithStatusHeadersEachCookieAndDecodedBody() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF};
    String output =
        "{\"statusCode\":201,"
            + "\"headers\":{\"Content-Type\":\"image/png\",\"X-Single\":\"a,b\",\"Content-Length\":\"999\"},"
            + "\"multiValueHeaders\":{\"X-Multi\":[\"1\",\"2\"]},"
            + "\"cookies\":[\"session=abc; HttpOnly\",\"theme=dark; Path=/\"],"
            + "\"body\":\"" + Base64.getEncoder().encodeToString(png) + "\","
            + "\"isBase64Encoded\":true}";
    try (LocalServer server = start(fixedOutput(output))) {
      HttpResponse<byte[]> response =
          client.send(request(server, "/image").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

      assertEquals(201, response.statusCode());
      assertEquals(List.of("image/png"), response.headers().allValues("content-type"));
      assertEquals(List.of("a,b"), response.headers().allValues("x-single"));
      assertEquals(List.of("1", "2"), response.headers().allValues("x-multi"));
      assertEquals(
          List.of("session=abc; HttpOnly", "theme=dark; Path=/"),
          response.headers().allValues("set-cookie"));
      assertEquals(List.of(String.valueOf(png.length)), response.headers().allValues("content-length"));
      assertArrayEquals(png, response.body());
    }
  }

  @Test
  void handlerFailureAnswers502AndLogsTheStackTrace() throws Exception {
    RequestStreamHandler failing =
        (in, out, context) -> {
          throw new IllegalStateException("database is down");
        };
    try (LocalServer server = start(failing)) {
      HttpResponse<String> response =
          client.send(request(server, "/boom").GET().build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(502, response.statusCode());
      assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
      JsonNode body = EchoHandler.JSON.readTree(response.body());
      assertEquals("INVOCATION_FAILED", body.path("code").asText());
      assertEquals("database is down", body.path("message").asText());
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertTrue(logged.contains("java.lang.IllegalStateException: database is down"), logged);
    assertTrue(logged.contains("\tat "), "the stack trace is logged: " + logged);
  }

  @Test
  void outputWithoutStatusCodeIsTheBodyAndMalformedOutputAnswers502() throws Exception {
    try (LocalServer bare = start(fixedOutput("{\"message\":\"hi\"}"))) {
      HttpResponse<String> response =
          client.send(request(bare, "/").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
      assertEquals("{\"message\":\"hi\"}", response.body());
    }
    try (LocalServer broken = start(fixedOutput("{\"statusCode\":200,"))) {
      HttpResponse<String> response =
          client.send(request(broken, "/").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(502, response.statusCode());
      assertEquals("INVALID_RESPONSE", EchoHandler.JSON.readTree(response.body()).path("code").asText());
    }
  }

  @Test
  void eachInvocationGetsItsOwnContext() throws Exception {
    EchoHandler handler = new EchoHandler();
    try (LocalServer server = start(handler)) {
      send(server, "GET", null, new byte[0]);
      send(server, "GET", null, new byte[0]);
    }
    assertEquals(2, handler.contexts.size());
    assertNotEquals(
        handler.contexts.get(0).getAwsRequestId(), handler.contexts.get(1).getAwsRequestId());
    assertEquals(512, handler.contexts.get(0).getMemoryLimitInMB());
  }

  @Test
  void closedServerRefusesConnections() throws Exception {
    LocalServer server = start(new EchoHandler());
    URI uri = server.uri();
    server.close();
    server.close(); // closing twice is harmless
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).build();
    assertThrows(
        IOException.class, () -> client.send(request, HttpResponse.BodyHandlers.discarding()));
  }

  private void send(LocalServer server, String method, String contentType, byte[] body)
      throws Exception {
    HttpRequest.Builder builder =
        request(server, "/upload").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    HttpResponse<Void> response = client.send(builder.build(), HttpResponse.BodyHandlers.discarding());
    assertEquals(200, response.statusCode());
  }

  private static RequestStreamHandler fixedOutput(String output) {
    return (in, out, context) -> {
      in.readAllBytes();
      out.write(output.getBytes(StandardCharsets.UTF_8));
    };
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
