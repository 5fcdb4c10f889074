package dev.lift.runtime.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.lift.runtime.LiftConfig;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.QueryParameters;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.json.Json;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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
 *
 * <h2>Encoding</h2>
 *
 * <p>{@link #encode} writes a {@link WireResponse} in the shape Lambda expects for the event it answers.
 *
 * <ul>
 *   <li>{@link EventKind#API_GATEWAY_V2}: {@code statusCode}, {@code headers} (single-valued in
 *       2.0, so several values of one header are joined with {@code ,}), {@code cookies} (the
 *       {@code Set-Cookie} values, when there are any), {@code body} (absent when there is none),
 *       {@code isBase64Encoded}.
 *   <li>{@link EventKind#API_GATEWAY_V1}: {@code statusCode}, {@code headers} (the first value of
 *       each), {@code multiValueHeaders} (every value, and one {@code Set-Cookie} per cookie),
 *       {@code body} (absent when there is none), {@code isBase64Encoded}.
 *   <li>{@link EventKind#ALB_MULTI_VALUE}: {@code statusCode}, {@code statusDescription} ({@code
 *       "200 OK"}), {@code multiValueHeaders} (with {@code Set-Cookie}), {@code body} ({@code ""}
 *       when there is none, as ALB wants), {@code isBase64Encoded}.
 *   <li>{@link EventKind#ALB}: like the multi-value shape but with single-valued {@code headers},
 *       several values joined with {@code ,}. {@code Set-Cookie} values cannot be joined, so each
 *       cookie goes under a different capitalisation of the name ({@code Set-Cookie}, {@code
 *       set-Cookie}, {@code SEt-Cookie}, {@code sEt-Cookie}, ...): header names are
 *       case-insensitive, so clients see them all. The 9 letters give 512 spellings; cookies past
 *       the 512th are dropped (browsers keep far fewer per site).
 *   <li>{@link #minimal}, for an event whose shape is unknown: {@code statusCode}, {@code headers}
 *       (as for ALB), {@code body}, {@code isBase64Encoded}, which API Gateway 1.0 and 2.0 and ALB
 *       all accept.
 * </ul>
 *
 * <p>The answer to a {@code HEAD} request keeps its headers and drops its body. {@code Set-Cookie}
 * found among the headers is sent as a cookie; {@code null} names and values are skipped.
 *
 * <p>Decoding and encoding share one class. The error messages ({@link EventMessages}) and what
 * only ALB responses need ({@link AlbResponses}: status phrases, {@code Set-Cookie} spellings) are
 * apart: a cold start pays for every class it loads (about 0.2 ms) and for the bytes of its class
 * file (about 25 µs a kilobyte; fresh JVMs with Lambda's flags, JDK 17), so the first request of
 * an HTTP API, a function URL or a REST API loads neither, and an ALB's loads the second.
 */
public final class HttpEvents {
  /** How many of the fields of a document that is no HTTP event its error message names. */
  static final int LISTED_FIELDS = 8;

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

  private HttpEvents(JsonParser parser) {
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
    HttpEvents decoder = null;
    try {
      try (JsonParser parser = Json.FACTORY.createParser(in)) {
        decoder = new HttpEvents(parser);
        decoder.readDocument();
      } catch (JsonProcessingException | CharConversionException e) {
        int kind = decoder == null ? EventKind.UNKNOWN : decoder.guessKind();
        throw MalformedEventException.of(kind, EventMessages.parseError(e));
      }
      return decoder.toRequest(maxBodyBytes);
    } catch (RuntimeException e) {
      // Not catch (UnreadableEventException): the verifier loads the classes a method catches, and
      // every cold start would load it and LiftError (see dev.lift.runtime.error.Failures).
      if (decoder != null && e instanceof UnreadableEventException) {
        ((UnreadableEventException) e).identify(decoder.traceHeader(), decoder.requestId);
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- reading

  private void readDocument() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw NotAnHttpEventException.of(EventMessages.notHttp("an empty payload"));
    }
    if (first != JsonToken.START_OBJECT) {
      throw NotAnHttpEventException.of(EventMessages.notHttp(EventMessages.describe(first)));
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
      typeError = EventMessages.wrongType(field, entry, expected, actual);
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
  private int guessKind() {
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
    return EventKind.UNKNOWN;
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
      throw NotAnHttpEventException.of(EventMessages.webSocket(webSocketEventType));
    }
    if (!httpField && !hasHttpContext && !elb) {
      throw NotAnHttpEventException.of(EventMessages.notHttpObject(fieldNames, fieldCount));
    }
    int kind = guessKind();
    if (typeError != null) {
      throw MalformedEventException.of(kind, typeError);
    }
    if (kind == EventKind.UNKNOWN) {
      throw MalformedEventException.of(EventKind.UNKNOWN, EventMessages.unknownShape(version));
    }
    byte[] bytes = body(kind, maxBodyBytes);
    try {
      if (kind == EventKind.API_GATEWAY_V2) {
        return httpApiRequest(bytes);
      } else if (kind == EventKind.API_GATEWAY_V1) {
        return restApiRequest(bytes);
      } else {
        return albRequest(kind, bytes);
      }
    } catch (RuntimeException e) {
      // A bad percent-escape in the query string, found by PercentDecoding.decode, is a LiftError
      // that becomes a malformed event. Caught as RuntimeException for the reason decode gives.
      if (e instanceof UnreadableEventException || !(e instanceof LiftError)) {
        throw e;
      }
      throw MalformedEventException.of(kind, "Invalid query string: " + e.getMessage());
    }
  }

  // The requests are made without builders, and with the headers as read (Request makes them
  // Headers when asked): each class a cold start loads costs it about 0.3 ms.

  private Request httpApiRequest(byte[] bytes) {
    int kind = EventKind.API_GATEWAY_V2;
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
    int kind = EventKind.API_GATEWAY_V1;
    String method = required(kind, httpMethod, "httpMethod");
    String eventPath = required(kind, path, "path");
    List<String> headerPairs = multiValueHeaders != null ? multiValueHeaders : headers;
    QueryParameters parameters =
        queryParameters(multiValueQuery != null ? multiValueQuery : query, false);
    return Request.decoded(
        kind, method, eventPath, headerPairs, parameters, cookieHeaders(headerPairs), bytes, requestId,
        stage, identitySourceIp);
  }

  private Request albRequest(int kind, byte[] bytes) {
    String method = required(kind, httpMethod, "httpMethod");
    String eventPath = required(kind, path, "path");
    List<String> headerPairs = multiValueHeaders != null ? multiValueHeaders : headers;
    QueryParameters parameters =
        queryParameters(multiValueQuery != null ? multiValueQuery : query, true);
    return Request.decoded(
        kind, method, eventPath, headerPairs, parameters, cookieHeaders(headerPairs), bytes, null, null,
        firstForwardedFor(headerPairs));
  }

  private static String required(int kind, String value, String field) {
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

  private byte[] body(int kind, int limit) {
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
      return Request.percentDecoded(s, from, to);
    }
    String spaced = s.substring(from, to).replace('+', ' ');
    return Request.percentDecoded(spaced, 0, spaced.length());
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

  // ---------------------------------------------------------------- encoding

  static final String SET_COOKIE = "Set-Cookie";

  /**
   * Writes {@code response} in the shape of {@code kind}; {@link EventKind#UNKNOWN} writes {@link
   * #minimal}.
   * The stream is flushed, not closed.
   */
  public static void encode(int kind, boolean head, WireResponse response, OutputStream out)
      throws IOException {
    if (kind == EventKind.UNKNOWN) {
      minimal(head, response, out);
      return;
    }
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeNumberField("statusCode", response.status());
      if (kind == EventKind.API_GATEWAY_V2) {
        writeHttpApi(json, head, response);
      } else if (kind == EventKind.API_GATEWAY_V1) {
        writeRestApi(json, head, response);
      } else {
        AlbResponses.writeAlb(json, kind == EventKind.ALB_MULTI_VALUE, head, response);
      }
      json.writeEndObject();
    }
  }

  /** Writes the shape every HTTP integration accepts, for an event whose shape is unknown. */
  public static void minimal(boolean head, WireResponse response, OutputStream out)
      throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeNumberField("statusCode", response.status());
      AlbResponses.writeSingleValueHeaders(json, response);
      writeBody(json, head, response, "");
      json.writeEndObject();
    }
  }

  private static void writeHttpApi(JsonGenerator json, boolean head, WireResponse response)
      throws IOException {
    json.writeObjectFieldStart("headers");
    writeJoinedHeaders(json, response);
    json.writeEndObject();
    List<String> cookies = cookies(response);
    if (!cookies.isEmpty()) {
      json.writeArrayFieldStart("cookies");
      for (String cookie : cookies) {
        json.writeString(cookie);
      }
      json.writeEndArray();
    }
    writeBody(json, head, response, null);
  }

  /**
   * Each header that goes out under its own name, as one field whose values are joined with
   * {@code ,} (HTTP API, ALB without multi-value headers, and {@link #minimal}).
   */
  static void writeJoinedHeaders(JsonGenerator json, WireResponse response) throws IOException {
    for (Map.Entry<String, List<String>> header : headers(response)) {
      if (isSendable(header)) {
        String joined = joined(header.getValue());
        if (joined != null) {
          json.writeStringField(header.getKey(), joined);
        }
      }
    }
  }

  private static void writeRestApi(JsonGenerator json, boolean head, WireResponse response)
      throws IOException {
    json.writeObjectFieldStart("headers");
    for (Map.Entry<String, List<String>> header : headers(response)) {
      if (isSendable(header)) {
        String first = first(header.getValue());
        if (first != null) {
          json.writeStringField(header.getKey(), first);
        }
      }
    }
    json.writeEndObject();
    writeMultiValueHeaders(json, response);
    writeBody(json, head, response, null);
  }

  static void writeMultiValueHeaders(JsonGenerator json, WireResponse response)
      throws IOException {
    json.writeObjectFieldStart("multiValueHeaders");
    for (Map.Entry<String, List<String>> header : headers(response)) {
      if (isSendable(header) && first(header.getValue()) != null) {
        json.writeArrayFieldStart(header.getKey());
        for (String value : header.getValue()) {
          if (value != null) {
            json.writeString(value);
          }
        }
        json.writeEndArray();
      }
    }
    List<String> cookies = cookies(response);
    if (!cookies.isEmpty()) {
      json.writeArrayFieldStart(SET_COOKIE);
      for (String cookie : cookies) {
        json.writeString(cookie);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** Writes {@code body} and {@code isBase64Encoded}; {@code absent} stands in for no body. */
  static void writeBody(JsonGenerator json, boolean head, WireResponse response, String absent)
      throws IOException {
    String body = head ? null : response.body();
    if (body != null) {
      json.writeStringField("body", body);
    } else if (absent != null) {
      json.writeStringField("body", absent);
    }
    json.writeBooleanField("isBase64Encoded", body != null && response.base64());
  }

  private static Iterable<Map.Entry<String, List<String>>> headers(WireResponse response) {
    Map<String, List<String>> headers = response.headers();
    return headers == null ? List.of() : headers.entrySet();
  }

  /** Whether a header goes out under its own name: not unnamed, empty or {@code Set-Cookie}. */
  private static boolean isSendable(Map.Entry<String, List<String>> header) {
    return header.getKey() != null
        && header.getValue() != null
        && !header.getKey().equalsIgnoreCase(SET_COOKIE);
  }

  /** The cookies, with any {@code Set-Cookie} put among the headers by hand; no nulls. */
  static List<String> cookies(WireResponse response) {
    List<String> cookies = response.cookies() == null ? List.of() : response.cookies();
    boolean clean = true;
    for (String cookie : cookies) {
      clean &= cookie != null;
    }
    for (Map.Entry<String, List<String>> header : headers(response)) {
      clean &= !SET_COOKIE.equalsIgnoreCase(header.getKey());
    }
    if (clean) {
      return cookies;
    }
    List<String> merged = new ArrayList<>(cookies.size() + 1);
    addNonNull(cookies, merged);
    for (Map.Entry<String, List<String>> header : headers(response)) {
      if (SET_COOKIE.equalsIgnoreCase(header.getKey()) && header.getValue() != null) {
        addNonNull(header.getValue(), merged);
      }
    }
    return merged;
  }

  private static void addNonNull(List<String> values, List<String> into) {
    for (String value : values) {
      if (value != null) {
        into.add(value);
      }
    }
  }

  private static String first(List<String> values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String joined(List<String> values) {
    if (values.size() == 1) {
      return values.get(0);
    }
    StringBuilder joined = null;
    for (String value : values) {
      if (value != null) {
        joined = joined == null ? new StringBuilder(value) : joined.append(',').append(value);
      }
    }
    return joined == null ? null : joined.toString();
  }

  private static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator json = Json.FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json;
  }

}
