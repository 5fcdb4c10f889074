package dev.lift.tests.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the JSON of one HTTP event as API Gateway, a function URL or an ALB would send it, from
 * the request a client made: method, raw path, raw query string, headers, cookies and body.
 *
 * <pre>{@code
 * String json = HttpEvent.v2("GET", "/users/1").query("a=1&a=2").header("X-Tenant", "t1").json();
 * }</pre>
 *
 * What each integration does with the request is reproduced here, so that tests exercise the
 * same event fields a deployed function receives:
 *
 * <ul>
 *   <li>HTTP API 2.0 and function URLs: {@code rawPath} and {@code rawQueryString} as sent;
 *       {@code queryStringParameters} decoded and comma-joined; header names lower-cased, repeated
 *       headers comma-joined; cookies in the {@code cookies} array.
 *   <li>REST API 1.0: {@code path}; query decoded into {@code queryStringParameters} (last value)
 *       and {@code multiValueQueryStringParameters}; headers in {@code headers} (last value) and
 *       {@code multiValueHeaders}; cookies in a {@code Cookie} header.
 *   <li>ALB: query names and values left percent-encoded, as ALB does; header names lower-cased;
 *       single-value maps (last value) or, with multi-value headers turned on, only the
 *       multi-value maps; cookies in a {@code Cookie} header; an absent body is {@code ""}.
 * </ul>
 */
public final class HttpEvent {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The event shapes a Lift function can receive. */
  public enum Kind {
    API_GATEWAY_V2,
    FUNCTION_URL,
    API_GATEWAY_V1,
    ALB,
    ALB_MULTI_VALUE
  }

  private final Kind kind;
  private final String method;
  private final String rawPath;
  private String rawQuery = "";
  private final List<String[]> headers = new ArrayList<>();
  private final List<String> cookies = new ArrayList<>();
  private String body;
  private boolean base64;
  private String stage;

  private HttpEvent(Kind kind, String method, String rawPath) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.method = Objects.requireNonNull(method, "method");
    this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
  }

  public static HttpEvent of(Kind kind, String method, String rawPath) {
    return new HttpEvent(kind, method, rawPath);
  }

  /** API Gateway HTTP API, payload format 2.0. */
  public static HttpEvent v2(String method, String rawPath) {
    return of(Kind.API_GATEWAY_V2, method, rawPath);
  }

  /** A Lambda function URL (the 2.0 shape, with a function URL domain). */
  public static HttpEvent functionUrl(String method, String rawPath) {
    return of(Kind.FUNCTION_URL, method, rawPath);
  }

  /** API Gateway REST API, payload format 1.0. */
  public static HttpEvent v1(String method, String rawPath) {
    return of(Kind.API_GATEWAY_V1, method, rawPath);
  }

  /** An ALB target group with single-value headers. */
  public static HttpEvent alb(String method, String rawPath) {
    return of(Kind.ALB, method, rawPath);
  }

  /** An ALB target group with multi-value headers turned on. */
  public static HttpEvent albMultiValue(String method, String rawPath) {
    return of(Kind.ALB_MULTI_VALUE, method, rawPath);
  }

  public Kind kind() {
    return kind;
  }

  /** The query string as the client sent it, percent-encoded, without {@code ?}: {@code a=1&a=2}. */
  public HttpEvent query(String rawQuery) {
    this.rawQuery = Objects.requireNonNull(rawQuery, "rawQuery");
    return this;
  }

  /** Adds one header line; a name given twice is a header sent twice. */
  public HttpEvent header(String name, String value) {
    headers.add(new String[] {name, value});
    return this;
  }

  /** Adds one cookie the client sent, {@code name=value}. */
  public HttpEvent cookie(String nameValue) {
    cookies.add(nameValue);
    return this;
  }

  /** A text body, sent as is. */
  public HttpEvent body(String text) {
    this.body = text;
    this.base64 = false;
    return this;
  }

  /** A binary body, sent base64-encoded with {@code isBase64Encoded: true}. */
  public HttpEvent body(byte[] bytes) {
    this.body = Base64.getEncoder().encodeToString(bytes);
    this.base64 = true;
    return this;
  }

  /** The body field and the base64 flag exactly as given, even when they disagree. */
  public HttpEvent rawBody(String body, boolean isBase64Encoded) {
    this.body = body;
    this.base64 = isBase64Encoded;
    return this;
  }

  /** The API Gateway stage; {@code $default} (2.0) or {@code prod} (1.0) when not set. */
  public HttpEvent stage(String stage) {
    this.stage = stage;
    return this;
  }

  public String json() {
    ObjectNode event;
    switch (kind) {
      case API_GATEWAY_V2:
      case FUNCTION_URL:
        event = httpApi();
        break;
      case API_GATEWAY_V1:
        event = restApi();
        break;
      default:
        event = alb();
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public byte[] bytes() {
    return json().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return kind + " " + method + " " + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
  }

  private ObjectNode httpApi() {
    boolean url = kind == Kind.FUNCTION_URL;
    ObjectNode event = MAPPER.createObjectNode();
    event.put("version", "2.0");
    event.put("routeKey", "$default");
    event.put("rawPath", rawPath);
    event.put("rawQueryString", rawQuery);
    if (!cookies.isEmpty()) {
      ArrayNode array = event.putArray("cookies");
      cookies.forEach(array::add);
    }
    ObjectNode headerMap = event.putObject("headers");
    joined(lowerCased(headers)).forEach(headerMap::put);
    Map<String, List<String>> decoded = query(true);
    if (!decoded.isEmpty()) {
      ObjectNode parameters = event.putObject("queryStringParameters");
      decoded.forEach((name, values) -> parameters.put(name, String.join(",", values)));
    }
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", url ? "anonymous" : "123456789012");
    context.put("apiId", "abcdef1234");
    context.put(
        "domainName",
        url ? "abcdef1234.lambda-url.us-east-1.on.aws" : "abcdef1234.execute-api.us-east-1.amazonaws.com");
    context.put("domainPrefix", "abcdef1234");
    ObjectNode http = context.putObject("http");
    http.put("method", method);
    http.put("path", rawPath);
    http.put("protocol", "HTTP/1.1");
    http.put("sourceIp", "192.0.2.1");
    http.put("userAgent", "lift-tests");
    context.put("requestId", "apigw-request-id");
    context.put("routeKey", "$default");
    context.put("stage", stage == null ? "$default" : stage);
    context.put("time", "01/Jan/2024:00:00:00 +0000");
    context.put("timeEpoch", 1704067200000L);
    if (body != null) {
      event.put("body", body);
    }
    event.put("isBase64Encoded", base64);
    return event;
  }

  private ObjectNode restApi() {
    String stageName = stage == null ? "prod" : stage;
    ObjectNode event = MAPPER.createObjectNode();
    event.put("resource", "/{proxy+}");
    event.put("path", rawPath);
    event.put("httpMethod", method);
    List<String[]> all = withCookieHeader(headers);
    putSingleValue(event, "headers", lastValues(all));
    putMultiValue(event, "multiValueHeaders", grouped(all));
    Map<String, List<String>> decoded = query(true);
    putSingleValue(event, "queryStringParameters", lastOf(decoded));
    putMultiValue(event, "multiValueQueryStringParameters", decoded);
    event.putNull("pathParameters");
    event.putNull("stageVariables");
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", "123456789012");
    context.put("apiId", "abcdef1234");
    context.put("resourcePath", "/{proxy+}");
    context.put("httpMethod", method);
    context.put("path", "/" + stageName + rawPath);
    context.put("stage", stageName);
    context.put("requestId", "apigw-request-id");
    context.putObject("identity").put("sourceIp", "192.0.2.1");
    if (body == null) {
      event.putNull("body");
    } else {
      event.put("body", body);
    }
    event.put("isBase64Encoded", base64);
    return event;
  }

  private ObjectNode alb() {
    ObjectNode event = MAPPER.createObjectNode();
    event.putObject("requestContext").putObject("elb")
        .put("targetGroupArn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/lift/0123456789abcdef");
    event.put("httpMethod", method);
    event.put("path", rawPath);
    List<String[]> all = lowerCased(withCookieHeader(headers));
    Map<String, List<String>> encoded = query(false);
    if (kind == Kind.ALB_MULTI_VALUE) {
      event.set("multiValueQueryStringParameters", multiValue(encoded));
      event.set("multiValueHeaders", multiValue(grouped(all)));
    } else {
      event.set("queryStringParameters", singleValue(lastOf(encoded)));
      event.set("headers", singleValue(lastValues(all)));
    }
    event.put("body", body == null ? "" : body);
    event.put("isBase64Encoded", base64);
    return event;
  }

  /** The query string split into names and values, decoded or left as sent. */
  private Map<String, List<String>> query(boolean decode) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (decode) {
        name = decodeOrKeep(name);
        value = decodeOrKeep(value);
      }
      parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  /** API Gateway decodes what it can; a test sending a bad escape asserts on the raw string. */
  private static String decodeOrKeep(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return part;
    }
  }

  private List<String[]> withCookieHeader(List<String[]> lines) {
    if (cookies.isEmpty()) {
      return lines;
    }
    List<String[]> all = new ArrayList<>(lines);
    all.add(new String[] {"Cookie", String.join("; ", cookies)});
    return all;
  }

  private static List<String[]> lowerCased(List<String[]> lines) {
    List<String[]> lower = new ArrayList<>();
    for (String[] line : lines) {
      lower.add(new String[] {line[0].toLowerCase(Locale.ROOT), line[1]});
    }
    return lower;
  }

  private static Map<String, List<String>> grouped(List<String[]> lines) {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    for (String[] line : lines) {
      byName.computeIfAbsent(line[0], k -> new ArrayList<>()).add(line[1]);
    }
    return byName;
  }

  private static Map<String, String> joined(List<String[]> lines) {
    Map<String, String> byName = new LinkedHashMap<>();
    grouped(lines).forEach((name, values) -> byName.put(name, String.join(",", values)));
    return byName;
  }

  private static Map<String, String> lastValues(List<String[]> lines) {
    return lastOf(grouped(lines));
  }

  private static Map<String, String> lastOf(Map<String, List<String>> multi) {
    Map<String, String> last = new LinkedHashMap<>();
    multi.forEach((name, values) -> last.put(name, values.get(values.size() - 1)));
    return last;
  }

  /** REST API sends {@code null} for an empty map. */
  private static void putSingleValue(ObjectNode event, String field, Map<String, String> values) {
    if (values.isEmpty()) {
      event.putNull(field);
    } else {
      event.set(field, singleValue(values));
    }
  }

  private static void putMultiValue(ObjectNode event, String field, Map<String, List<String>> values) {
    if (values.isEmpty()) {
      event.putNull(field);
    } else {
      event.set(field, multiValue(values));
    }
  }

  private static ObjectNode singleValue(Map<String, String> values) {
    ObjectNode node = MAPPER.createObjectNode();
    values.forEach(node::put);
    return node;
  }

  private static ObjectNode multiValue(Map<String, List<String>> values) {
    ObjectNode node = MAPPER.createObjectNode();
    values.forEach((name, list) -> {
      ArrayNode array = node.putArray(name);
      list.forEach(array::add);
    });
    return node;
  }
}
