package dev.lift.samples.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An API Gateway HTTP API (payload 2.0) event, built from AWS's own sample
 * ({@code ../shared/events/apigw_http_event.json}) with the method, path, query, headers and body
 * of the request under test. The sample's API Gateway JWT authorizer claims are removed: this
 * function authenticates the bearer token itself and never trusts anything else.
 */
final class ApiEvent {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLE = Path.of("../../../shared/events/apigw_http_event.json");
  private static final ObjectNode TEMPLATE = load();

  private final String method;
  private final String path;
  private String query = "";
  private final Map<String, String> headers = new LinkedHashMap<>();
  private String body;
  private String sourceIp = "192.0.2.10";

  private ApiEvent(String method, String path) {
    this.method = method;
    this.path = path;
  }

  static ApiEvent of(String method, String path) {
    return new ApiEvent(method, path);
  }

  ApiEvent query(String rawQuery) {
    this.query = rawQuery;
    return this;
  }

  /** A header; API Gateway 2.0 lower-cases names. */
  ApiEvent header(String name, String value) {
    headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
    return this;
  }

  ApiEvent bearer(String token) {
    return header("Authorization", "Bearer " + token);
  }

  ApiEvent json(String json) {
    header("Content-Type", "application/json");
    this.body = json;
    return this;
  }

  ApiEvent sourceIp(String ip) {
    this.sourceIp = ip;
    return this;
  }

  String toJson() {
    ObjectNode event = TEMPLATE.deepCopy();
    event.put("rawPath", path);
    event.put("rawQueryString", query);
    event.remove("cookies");
    event.remove("pathParameters");
    event.remove("queryStringParameters");
    if (!query.isEmpty()) {
      ObjectNode parameters = event.putObject("queryStringParameters");
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        parameters.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
      }
    }
    ObjectNode headerNode = event.putObject("headers");
    headers.forEach(headerNode::put);
    ObjectNode context = (ObjectNode) event.get("requestContext");
    context.remove("authorizer");
    ObjectNode http = (ObjectNode) context.get("http");
    http.put("method", method);
    http.put("path", path);
    http.put("sourceIp", sourceIp);
    if (body == null) {
      event.remove("body");
    } else {
      event.put("body", body);
    }
    event.put("isBase64Encoded", false);
    try {
      return JSON.writeValueAsString(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode load() {
    try {
      return (ObjectNode) JSON.readTree(SAMPLE.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("The AWS event samples are in ../shared/events: " + e.getMessage(), e);
    }
  }
}
