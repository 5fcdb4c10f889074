package dev.lift.json.tests.support;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Runs one HTTP API (2.0) event through a generated handler, as Lambda would: the event's bytes
 * in, the response's bytes out.
 */
public final class Lambda {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Lambda() {}

  /** {@code POST path} with a JSON body given as text. */
  public static Reply post(RequestStreamHandler handler, String path, String body) {
    return invoke(handler, event(path, body, false));
  }

  /** {@code POST path} with a body of raw bytes (sent base64-encoded, as API Gateway does for binary). */
  public static Reply postBytes(RequestStreamHandler handler, String path, byte[] body) {
    return invoke(handler, event(path, Base64.getEncoder().encodeToString(body), true));
  }

  public static String event(String path, String body, boolean base64) {
    ObjectNode event = JSON.createObjectNode();
    event.put("version", "2.0");
    event.put("routeKey", "$default");
    event.put("rawPath", path);
    event.put("rawQueryString", "");
    event.putObject("headers").put("content-type", "application/json");
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", "123456789012");
    context.put("apiId", "api");
    context.put("domainName", "api.example.com");
    context.put("requestId", "req-1");
    context.put("stage", "$default");
    context.put("timeEpoch", 1700000000000L);
    ObjectNode http = context.putObject("http");
    http.put("method", "POST");
    http.put("path", path);
    http.put("protocol", "HTTP/1.1");
    http.put("sourceIp", "192.0.2.1");
    http.put("userAgent", "test");
    event.put("body", body);
    event.put("isBase64Encoded", base64);
    return event.toString();
  }

  public static Reply invoke(RequestStreamHandler handler, String event) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
      JsonNode response = JSON.readTree(out.toByteArray());
      return new Reply(response.path("statusCode").asInt(), response.path("body").asText(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The status and the body text of a response. */
  public record Reply(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
