package dev.lift.tests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The response document a handler wrote, read back for assertions. */
public final class Reply {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode root;
  private final String requestId;
  private final String raw;

  private Reply(JsonNode root, String requestId, String raw) {
    this.root = root;
    this.requestId = requestId;
    this.raw = raw;
  }

  static Reply parse(byte[] written, String requestId) {
    String text = new String(written, StandardCharsets.UTF_8);
    try {
      JsonNode root = MAPPER.readTree(text);
      if (root == null || !root.isObject()) {
        throw new AssertionError("The handler did not write a JSON object: " + text);
      }
      return new Reply(root, requestId, text);
    } catch (IOException e) {
      throw new AssertionError("The handler wrote invalid JSON: " + text, e);
    }
  }

  /** The Lambda request id of the invocation ({@code Context.getAwsRequestId()}). */
  public String requestId() {
    return requestId;
  }

  public JsonNode root() {
    return root;
  }

  public int status() {
    return root.path("statusCode").asInt(-1);
  }

  /** The top-level field names of the response document. */
  public Set<String> fields() {
    Set<String> names = new LinkedHashSet<>();
    root.fieldNames().forEachRemaining(names::add);
    return names;
  }

  public boolean has(String field) {
    return root.has(field);
  }

  public boolean base64() {
    return root.path("isBase64Encoded").asBoolean(false);
  }

  /** The {@code body} field, or {@code null} when the response has none. */
  public String body() {
    JsonNode body = root.get("body");
    return body == null || body.isNull() ? null : body.asText();
  }

  /** The body decoded from base64; fails when the response does not say it is base64. */
  public byte[] bodyBytes() {
    if (!base64()) {
      throw new AssertionError("The response body is not base64-encoded: " + raw);
    }
    return Base64.getDecoder().decode(body());
  }

  /** The body parsed as JSON. */
  public JsonNode json() {
    String body = body();
    if (body == null) {
      throw new AssertionError("The response has no body: " + raw);
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("The body is not JSON: " + body, e);
    }
  }

  /**
   * The first value of a header, name matched case-insensitively: from {@code headers}, or from
   * {@code multiValueHeaders} when the shape has no single-value map (ALB multi-value); or null.
   */
  public String header(String name) {
    for (Map.Entry<String, JsonNode> header : entries(root.path("headers"))) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue().asText();
      }
    }
    if (!root.has("headers")) {
      List<String> values = headerValues(name);
      return values.isEmpty() ? null : values.get(0);
    }
    return null;
  }

  /**
   * Every value of a header: from {@code multiValueHeaders} when the response has them, else
   * from every {@code headers} entry whose name matches case-insensitively (ALB's way of sending
   * several {@code Set-Cookie}).
   */
  public List<String> headerValues(String name) {
    List<String> values = new ArrayList<>();
    if (root.has("multiValueHeaders")) {
      for (Map.Entry<String, JsonNode> header : entries(root.get("multiValueHeaders"))) {
        if (header.getKey().equalsIgnoreCase(name)) {
          header.getValue().forEach(value -> values.add(value.asText()));
        }
      }
      return values;
    }
    for (Map.Entry<String, JsonNode> header : entries(root.path("headers"))) {
      if (header.getKey().equalsIgnoreCase(name)) {
        values.add(header.getValue().asText());
      }
    }
    return values;
  }

  /** The names under {@code headers} that match {@code name} case-insensitively, as written. */
  public List<String> headerSpellings(String name) {
    List<String> spellings = new ArrayList<>();
    for (Map.Entry<String, JsonNode> header : entries(root.path("headers"))) {
      if (header.getKey().equalsIgnoreCase(name)) {
        spellings.add(header.getKey());
      }
    }
    return spellings;
  }

  /** The cookies the response sets: the 2.0 {@code cookies} array, else {@code Set-Cookie}. */
  public List<String> setCookies() {
    if (root.has("cookies")) {
      List<String> cookies = new ArrayList<>();
      root.get("cookies").forEach(cookie -> cookies.add(cookie.asText()));
      return cookies;
    }
    return headerValues("Set-Cookie");
  }

  private static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode object) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      entries.add(it.next());
    }
    return entries;
  }

  @Override
  public String toString() {
    return raw;
  }
}
