package dev.lift.runtime.event;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.lift.runtime.LiftConfig;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.QueryParameters;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.RequestPath;
import dev.lift.runtime.json.Json;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads an API Gateway, function URL or ALB event into a {@link Request}, straight from the
 * invocation stream in one pass of jackson-core's streaming parser. Fields may come in any order:
 * they are collected first and the shape is decided at the end.
 *
 * <h2>Which shape</h2>
 *
 * <ul>
 *   <li>{@code "version": "2.0"}: {@link EventKind#API_GATEWAY_V2} (HTTP API payload 2.0 and Lambda
 *       function URLs).
 *   <li>{@code requestContext.elb} present: {@link EventKind#ALB_MULTI_VALUE} when the event has
 *       {@code multiValueHeaders} or {@code multiValueQueryStringParameters}, else {@link
 *       EventKind#ALB}.
 *   <li>{@code httpMethod} present and {@code version} absent or {@code "1.0"}: {@link
 *       EventKind#API_GATEWAY_V1} (REST API).
 *   <li>WebSocket events ({@code requestContext.eventType} or {@code requestContext.connectionId})
 *       and documents without any HTTP field (SQS, S3, EventBridge, arrays, numbers...) are not
 *       HTTP events: {@link NotAnHttpEventException}, which fails the invocation.
 * </ul>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Path.</b> 2.0: {@code rawPath}. When {@code requestContext.stage} is set and is not
 *       {@code $default}, and {@code rawPath} is {@code /{stage}} or starts with {@code /{stage}/},
 *       that prefix is removed ({@code /prod/users} in stage {@code prod} is {@code /users}): the
 *       execute-api endpoint of a named stage puts it there, and routes are declared without it.
 *       1.0 and ALB: {@code path}.
 *   <li><b>Query.</b> 2.0: {@code rawQueryString}, split on {@code &} and {@code =} and
 *       percent-decoded as UTF-8 with {@code +} as a space, every value kept in order; the
 *       comma-joined {@code queryStringParameters} only when {@code rawQueryString} is absent. 1.0:
 *       {@code multiValueQueryStringParameters} when present, else {@code queryStringParameters},
 *       already decoded by API Gateway. ALB: the same maps, which ALB does not decode, so names and
 *       values are percent-decoded here ({@code +} is a space). A bad escape answers 400.
 *   <li><b>Headers.</b> 2.0: {@code headers}, values as sent (never split on commas). 1.0 and ALB:
 *       {@code multiValueHeaders} when present, else {@code headers}.
 *   <li><b>Cookies.</b> 2.0: the {@code cookies} array. Every shape: each {@code Cookie} header
 *       split on {@code ;} and trimmed.
 *   <li><b>Body.</b> {@code body} as UTF-8, or base64-decoded (standard alphabet) when {@code
 *       isBase64Encoded} is true; a body that is not valid base64 answers 400 even if the event
 *       says so by mistake. A body larger than {@link LiftConfig#maxBodyBytes()} once decoded
 *       answers 413. No {@code body} or {@code null}: the request has none.
 *   <li><b>Errors.</b> JSON {@code null} is accepted for every field and means absent; unknown
 *       fields are skipped. Broken or truncated JSON, a field of the wrong type, or a missing method
 *       or path answers 400 through {@link MalformedEventException}, carrying the shape when it is
 *       known so the answer goes back in it.
 * </ul>
 */
public final class HttpEventDecoder {
  private static final int LISTED_FIELDS = 8;
  private static final String SUPPORTED =
      "; Lift handlers serve API Gateway REST and HTTP API, Lambda function URL and ALB events";

  private final JsonParser parser;

  private final String[] fieldNames = new String[LISTED_FIELDS];
  private int fieldCount;
  /** Whether a top-level field only HTTP events have was seen. */
  private boolean httpField;
  /** The first field of the wrong type, reported once the shape is known. */
  private String typeError;

  private String version;
  private boolean hasHttpMethod;
  private String httpMethod;
  private String path;
  private String rawPath;
  private String rawQueryString;
  private List<String> cookies;
  /** Name and value pairs, flattened: {@code [name0, value0, name1, value1, ...]}. */
  private List<String> headers;
  private List<String> multiValueHeaders;
  private List<String> query;
  private List<String> multiValueQuery;
  private String body;
  private boolean base64;

  private String requestId;
  private String stage;
  private boolean hasHttpContext;
  private String contextMethod;
  private String httpSourceIp;
  private String identitySourceIp;
  private boolean elb;
  private boolean webSocket;
  private String webSocketEventType;

  private HttpEventDecoder(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * Decodes one event.
   *
   * @throws NotAnHttpEventException when the document is no HTTP event
   * @throws MalformedEventException (400) when it is one but cannot be read
   * @throws EventTooLargeException (413) when its body is over the limit
   * @throws IOException when the stream itself fails
   */
  public static Request decode(InputStream in, LiftConfig config) throws IOException {
    return decode(in, config.maxBodyBytes());
  }

  /**
   * Decodes one event whose body may have at most {@code maxBodyBytes} once decoded; see {@link
   * #decode(InputStream, LiftConfig)}.
   */
  public static Request decode(InputStream in, int maxBodyBytes) throws IOException {
    HttpEventDecoder decoder = null;
    try {
      try (JsonParser parser = Json.FACTORY.createParser(in)) {
        decoder = new HttpEventDecoder(parser);
        decoder.readDocument();
      } catch (JsonProcessingException | CharConversionException e) {
        EventKind kind = decoder == null ? null : decoder.guessKind();
        throw MalformedEventException.of(kind, describeParseError(e));
      }
      return decoder.toRequest(maxBodyBytes);
    } catch (UnreadableEventException e) {
      if (decoder != null) {
        e.identify(decoder.traceHeader(), decoder.requestId);
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- reading

  private void readDocument() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw NotAnHttpEventException.of("Not an HTTP event: received an empty payload" + SUPPORTED);
    }
    if (first != JsonToken.START_OBJECT) {
      throw NotAnHttpEventException.of(
          "Not an HTTP event: received " + describe(first) + SUPPORTED);
    }
    while (next() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      remember(name);
      next();
      readTopLevelField(name);
    }
    if (parser.nextToken() != null) {
      throw MalformedEventException.of(guessKind(), "The event has content after its JSON object");
    }
  }

  private void readTopLevelField(String name) throws IOException {
    switch (name) {
      case "version":
        version = string(name);
        break;
      case "httpMethod":
        httpField = true;
        hasHttpMethod = true;
        httpMethod = string(name);
        break;
      case "path":
        path = string(name);
        break;
      case "rawPath":
        httpField = true;
        rawPath = string(name);
        break;
      case "rawQueryString":
        httpField = true;
        rawQueryString = string(name);
        break;
      case "cookies":
        httpField = true;
        cookies = stringArray(name, cookies);
        break;
      case "headers":
        httpField = true;
        headers = singleValueMap(name, headers);
        break;
      case "multiValueHeaders":
        httpField = true;
        multiValueHeaders = multiValueMap(name, multiValueHeaders);
        break;
      case "queryStringParameters":
        httpField = true;
        query = singleValueMap(name, query);
        break;
      case "multiValueQueryStringParameters":
        httpField = true;
        multiValueQuery = multiValueMap(name, multiValueQuery);
        break;
      case "body":
        body = string(name);
        break;
      case "isBase64Encoded":
        httpField = true;
        base64 = bool(name);
        break;
      case "requestContext":
        readRequestContext();
        break;
      default:
        parser.skipChildren();
    }
  }

  private void readRequestContext() throws IOException {
    if (!startObject("requestContext")) {
      return;
    }
    while (next() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = next();
      switch (name) {
        case "requestId":
          requestId = string("requestContext.requestId");
          break;
        case "stage":
          stage = string("requestContext.stage");
          break;
        case "http":
          readHttpContext();
          break;
        case "identity":
          readIdentity();
          break;
        case "elb":
          elb |= value != JsonToken.VALUE_NULL;
          parser.skipChildren();
          break;
        case "eventType":
          webSocket |= value != JsonToken.VALUE_NULL;
          webSocketEventType = value == JsonToken.VALUE_STRING ? parser.getText() : null;
          parser.skipChildren();
          break;
        case "connectionId":
          webSocket |= value != JsonToken.VALUE_NULL;
          parser.skipChildren();
          break;
        default:
          parser.skipChildren();
      }
    }
  }

  private void readHttpContext() throws IOException {
    if (!startObject("requestContext.http")) {
      return;
    }
    hasHttpContext = true;
    while (next() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      next();
      if (name.equals("method")) {
        contextMethod = string("requestContext.http.method");
      } else if (name.equals("sourceIp")) {
        httpSourceIp = string("requestContext.http.sourceIp");
      } else {
        parser.skipChildren();
      }
    }
  }

  private void readIdentity() throws IOException {
    if (!startObject("requestContext.identity")) {
      return;
    }
    while (next() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      next();
      if (name.equals("sourceIp")) {
        identitySourceIp = string("requestContext.identity.sourceIp");
      } else {
        parser.skipChildren();
      }
    }
  }

  /** {@code {"name": "value", ...}} into flattened pairs; null values are dropped. */
  private List<String> singleValueMap(String field, List<String> pairs) throws IOException {
    if (!startObject(field)) {
      return pairs;
    }
    List<String> into = pairs == null ? new ArrayList<>() : pairs;
    while (next() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = next();
      if (value == JsonToken.VALUE_STRING) {
        into.add(name);
        into.add(parser.getText());
      } else if (value != JsonToken.VALUE_NULL) {
        wrongType(field, name, "a string", value);
      }
    }
    return into;
  }

  /** {@code {"name": ["value", ...], ...}} into flattened pairs; nulls are dropped. */
  private List<String> multiValueMap(String field, List<String> pairs) throws IOException {
    if (!startObject(field)) {
      return pairs;
    }
    List<String> into = pairs == null ? new ArrayList<>() : pairs;
    while (next() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken values = next();
      if (values == JsonToken.START_ARRAY) {
        JsonToken value;
        while ((value = next()) != JsonToken.END_ARRAY) {
          if (value == JsonToken.VALUE_STRING) {
            into.add(name);
            into.add(parser.getText());
          } else if (value != JsonToken.VALUE_NULL) {
            wrongType(field, name, "an array of strings", value);
          }
        }
      } else if (values != JsonToken.VALUE_NULL) {
        wrongType(field, name, "an array of strings", values);
      }
    }
    return into;
  }

  private List<String> stringArray(String field, List<String> strings) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return strings;
    }
    if (token != JsonToken.START_ARRAY) {
      wrongType(field, null, "an array of strings", token);
      return strings;
    }
    List<String> into = strings == null ? new ArrayList<>() : strings;
    JsonToken value;
    while ((value = next()) != JsonToken.END_ARRAY) {
      if (value == JsonToken.VALUE_STRING) {
        into.add(parser.getText());
      } else if (value != JsonToken.VALUE_NULL) {
        wrongType(field, null, "an array of strings", value);
      }
    }
    return into;
  }

  /** Whether the current value is an object to read; {@code null} and wrong types are not. */
  private boolean startObject(String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    if (token != JsonToken.VALUE_NULL) {
      wrongType(field, null, "an object", token);
    }
    return false;
  }

  private String string(String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token != JsonToken.VALUE_NULL) {
      wrongType(field, null, "a string", token);
    }
    return null;
  }

  private boolean bool(String field) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token != JsonToken.VALUE_FALSE && token != JsonToken.VALUE_NULL) {
      wrongType(field, null, "true or false", token);
    }
    return false;
  }

  /** Remembers the first type error and skips the value; the shape decides later how to answer. */
  private void wrongType(String field, String entry, String expected, JsonToken actual)
      throws IOException {
    if (typeError == null) {
      String where = entry == null ? field : field + "." + shorten(entry);
      typeError = "Event field '" + where + "' must be " + expected + ", got " + describe(actual);
    }
    parser.skipChildren();
  }

  /** The next token; the end of input inside the document is a truncated event. */
  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw MalformedEventException.of(guessKind(), "The event JSON is truncated");
    }
    return token;
  }

  private void remember(String name) {
    if (fieldCount < LISTED_FIELDS) {
      fieldNames[fieldCount] = name;
    }
    fieldCount++;
  }

  // ---------------------------------------------------------------- deciding

  /** The shape as far as the fields read so far tell, for answering a broken event. */
  private EventKind guessKind() {
    if ("2.0".equals(version)) {
      return EventKind.API_GATEWAY_V2;
    }
    if (elb) {
      return multiValueHeaders != null || multiValueQuery != null
          ? EventKind.ALB_MULTI_VALUE
          : EventKind.ALB;
    }
    if (hasHttpMethod && (version == null || "1.0".equals(version))) {
      return EventKind.API_GATEWAY_V1;
    }
    return null;
  }

  /** The trace header among the headers read so far, for the error body of an unreadable event. */
  private String traceHeader() {
    List<String> pairs = multiValueHeaders != null ? multiValueHeaders : headers;
    for (int i = 0; pairs != null && i + 1 < pairs.size(); i += 2) {
      if ("x-amzn-trace-id".equalsIgnoreCase(pairs.get(i))) {
        return pairs.get(i + 1);
      }
    }
    return null;
  }

  private Request toRequest(int maxBodyBytes) {
    if (webSocket) {
      throw NotAnHttpEventException.of(
          "Not an HTTP event: received an API Gateway WebSocket event"
              + (webSocketEventType == null ? "" : " (" + shorten(webSocketEventType) + ")")
              + SUPPORTED);
    }
    if (!httpField && !hasHttpContext && !elb) {
      throw NotAnHttpEventException.of(notHttpMessage());
    }
    EventKind kind = guessKind();
    if (typeError != null) {
      throw MalformedEventException.of(kind, typeError);
    }
    if (kind == null) {
      throw MalformedEventException.of(null, unknownShapeMessage());
    }
    byte[] bytes = body(kind, maxBodyBytes);
    try {
      // Not a switch: one over an enum loads a synthetic class of its own on a cold start.
      if (kind == EventKind.API_GATEWAY_V2) {
        return httpApiRequest(bytes);
      } else if (kind == EventKind.API_GATEWAY_V1) {
        return restApiRequest(bytes);
      } else {
        return albRequest(kind, bytes);
      }
    } catch (UnreadableEventException e) {
      throw e;
    } catch (LiftError e) {
      // A bad percent-escape in the query string, found by RequestPath.percentDecode.
      throw MalformedEventException.of(kind, "Invalid query string: " + e.getMessage());
    }
  }

  // The requests are made without builders, and with the headers as read (Request makes them
  // Headers when asked): each class a cold start loads costs it about 0.3 ms.

  private Request httpApiRequest(byte[] bytes) {
    EventKind kind = EventKind.API_GATEWAY_V2;
    String method = required(kind, contextMethod, "requestContext.http.method");
    String eventPath = withoutStage(required(kind, rawPath, "rawPath"));
    QueryParameters parameters =
        rawQueryString != null ? parseQueryString(rawQueryString) : queryParameters(query, false);
    List<String> allCookies = cookies == null ? new ArrayList<>(0) : cookies;
    addCookieHeaders(headers, allCookies);
    return Request.decoded(
        kind, method, eventPath, headers, parameters, allCookies, bytes, requestId, stage, httpSourceIp);
  }

  private Request restApiRequest(byte[] bytes) {
    EventKind kind = EventKind.API_GATEWAY_V1;
    String method = required(kind, httpMethod, "httpMethod");
    String eventPath = required(kind, path, "path");
    List<String> headerPairs = multiValueHeaders != null ? multiValueHeaders : headers;
    QueryParameters parameters =
        queryParameters(multiValueQuery != null ? multiValueQuery : query, false);
    return Request.decoded(
        kind, method, eventPath, headerPairs, parameters, cookieHeaders(headerPairs), bytes, requestId,
        stage, identitySourceIp);
  }

  private Request albRequest(EventKind kind, byte[] bytes) {
    String method = required(kind, httpMethod, "httpMethod");
    String eventPath = required(kind, path, "path");
    List<String> headerPairs = multiValueHeaders != null ? multiValueHeaders : headers;
    QueryParameters parameters =
        queryParameters(multiValueQuery != null ? multiValueQuery : query, true);
    return Request.decoded(
        kind, method, eventPath, headerPairs, parameters, cookieHeaders(headerPairs), bytes, null, null,
        firstForwardedFor(headerPairs));
  }

  private static String required(EventKind kind, String value, String field) {
    if (value == null || value.isEmpty()) {
      throw MalformedEventException.of(kind, "The event has no " + field);
    }
    return value;
  }

  /** Removes a named stage that the execute-api endpoint puts in front of an HTTP API path. */
  private String withoutStage(String raw) {
    if (stage == null || stage.isEmpty() || stage.equals("$default")) {
      return raw;
    }
    int end = stage.length() + 1;
    if (raw.length() < end || raw.charAt(0) != '/' || !raw.startsWith(stage, 1)) {
      return raw;
    }
    if (raw.length() == end) {
      return "/";
    }
    return raw.charAt(end) == '/' ? raw.substring(end) : raw;
  }

  private byte[] body(EventKind kind, int limit) {
    if (body == null) {
      return null;
    }
    byte[] bytes;
    if (base64) {
      // Four base64 characters carry three bytes: reject clearly oversized bodies before decoding.
      if ((body.length() / 4) * 3L - 2 > limit) {
        throw EventTooLargeException.of(kind, limit);
      }
      try {
        bytes = Base64.getDecoder().decode(body);
      } catch (IllegalArgumentException e) {
        throw MalformedEventException.of(kind, "Request body is not valid base64");
      }
    } else {
      // A UTF-8 encoding is at least one byte per char.
      if (body.length() > limit) {
        throw EventTooLargeException.of(kind, limit);
      }
      bytes = body.getBytes(StandardCharsets.UTF_8);
    }
    if (bytes.length > limit) {
      throw EventTooLargeException.of(kind, limit);
    }
    return bytes;
  }

  // ---------------------------------------------------------------- building

  /** {@code null} for none: the request then answers an empty {@link QueryParameters}. */
  private static QueryParameters queryParameters(List<String> pairs, boolean percentEncoded) {
    if (pairs == null || pairs.isEmpty()) {
      return null;
    }
    if (percentEncoded) {
      for (int i = 0; i < pairs.size(); i++) {
        String part = pairs.get(i);
        pairs.set(i, decodeQueryPart(part, 0, part.length()));
      }
    }
    return QueryParameters.ofPairs(pairs);
  }

  /**
   * {@code a=1&a=2&b} as sent by the client: every value kept, none split on commas; {@code null}
   * for an empty query string.
   */
  static QueryParameters parseQueryString(String raw) {
    if (raw.isEmpty()) {
      return null;
    }
    List<String> pairs = new ArrayList<>();
    int start = 0;
    while (start <= raw.length()) {
      int amp = raw.indexOf('&', start);
      if (amp < 0) {
        amp = raw.length();
      }
      if (amp > start) {
        int eq = raw.indexOf('=', start);
        if (eq < 0 || eq > amp) {
          pairs.add(decodeQueryPart(raw, start, amp));
          pairs.add("");
        } else {
          pairs.add(decodeQueryPart(raw, start, eq));
          pairs.add(decodeQueryPart(raw, eq + 1, amp));
        }
      }
      start = amp + 1;
    }
    return QueryParameters.ofPairs(pairs);
  }

  /** Percent-decodes as UTF-8 with {@code +} as a space (form encoding). */
  private static String decodeQueryPart(String s, int from, int to) {
    int plus = s.indexOf('+', from);
    if (plus < 0 || plus >= to) {
      return RequestPath.percentDecode(s, from, to);
    }
    String spaced = s.substring(from, to).replace('+', ' ');
    return RequestPath.percentDecode(spaced, 0, spaced.length());
  }

  private static List<String> cookieHeaders(List<String> headerPairs) {
    List<String> found = new ArrayList<>(0);
    addCookieHeaders(headerPairs, found);
    return found;
  }

  /** The cookies of every {@code Cookie} header, in arrival order. */
  private static void addCookieHeaders(List<String> headerPairs, List<String> into) {
    for (int i = 0; headerPairs != null && i + 1 < headerPairs.size(); i += 2) {
      if (!headerPairs.get(i).equalsIgnoreCase("cookie")) {
        continue;
      }
      String header = headerPairs.get(i + 1);
      int start = 0;
      while (start <= header.length()) {
        int semicolon = header.indexOf(';', start);
        if (semicolon < 0) {
          semicolon = header.length();
        }
        String cookie = header.substring(start, semicolon).trim();
        if (!cookie.isEmpty()) {
          into.add(cookie);
        }
        start = semicolon + 1;
      }
    }
  }

  /** The first address of the first {@code X-Forwarded-For} header, or {@code null}. */
  private static String firstForwardedFor(List<String> headerPairs) {
    String forwarded = null;
    for (int i = 0; headerPairs != null && i + 1 < headerPairs.size(); i += 2) {
      if (headerPairs.get(i).equalsIgnoreCase("x-forwarded-for")) {
        forwarded = headerPairs.get(i + 1);
        break;
      }
    }
    if (forwarded == null) {
      return null;
    }
    int comma = forwarded.indexOf(',');
    String first = (comma < 0 ? forwarded : forwarded.substring(0, comma)).trim();
    return first.isEmpty() ? null : first;
  }

  // ---------------------------------------------------------------- messages

  private String notHttpMessage() {
    if (fieldCount == 0) {
      return "Not an HTTP event: received an empty JSON object" + SUPPORTED;
    }
    StringBuilder message = new StringBuilder("Not an HTTP event: received a JSON object with fields [");
    boolean records = false;
    boolean eventBridge = false;
    for (int i = 0; i < Math.min(fieldCount, LISTED_FIELDS); i++) {
      String name = fieldNames[i];
      records |= name.equals("Records");
      eventBridge |= name.equals("detail-type");
      message.append(i == 0 ? "" : ", ").append(shorten(name));
    }
    if (fieldCount > LISTED_FIELDS) {
      message.append(", ... ").append(fieldCount - LISTED_FIELDS).append(" more");
    }
    message.append(']');
    if (records) {
      message.append(" (an SQS, S3, SNS or DynamoDB Streams batch?)");
    } else if (eventBridge) {
      message.append(" (an EventBridge event?)");
    }
    return message.append(SUPPORTED).toString();
  }

  private String unknownShapeMessage() {
    if (version != null && !version.equals("1.0")) {
      return "Unsupported event payload version '" + shorten(version)
          + "'; Lift reads API Gateway payload versions 1.0 and 2.0";
    }
    return "The event has no httpMethod (REST API and ALB events) and no \"version\": \"2.0\""
        + " (HTTP API and function URL events)";
  }

  private static String describeParseError(IOException e) {
    String where = "";
    if (e instanceof JsonProcessingException) {
      JsonLocation location = ((JsonProcessingException) e).getLocation();
      if (location != null && location.getLineNr() > 0) {
        where = " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      }
    }
    if (e instanceof JsonEOFException) {
      return "The event JSON is truncated" + where;
    }
    if (e instanceof StreamConstraintsException) {
      return "The event JSON is nested too deeply or holds an oversized value" + where;
    }
    return "The event is not valid JSON" + where;
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "a JSON object";
      case START_ARRAY:
        return "a JSON array";
      case VALUE_STRING:
        return "a JSON string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a JSON number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a JSON boolean";
      case VALUE_NULL:
        return "JSON null";
      default:
        return "JSON " + token.asString();
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
