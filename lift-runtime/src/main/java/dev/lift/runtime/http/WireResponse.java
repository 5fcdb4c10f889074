package dev.lift.runtime.http;

import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.json.Json;
import dev.lift.runtime.json.JsonCodec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response ready for the wire: the body already encoded as text or base64. Generated dispatchers
 * make it with the static methods below, chosen at compile time for the route method's declared
 * return type; the event encoder writes it in the request's shape. The factories live here rather
 * than in a class of their own, which every cold start would load for about 0.3 ms more.
 *
 * @param headers by name as given, in order, never containing {@code Set-Cookie}
 * @param cookies {@code Set-Cookie} values
 * @param body text, base64 text when {@code base64} is true, or {@code null} for no body
 */
public record WireResponse(
    int status,
    Map<String, List<String>> headers,
    List<String> cookies,
    String body,
    boolean base64) {
  public static final String JSON = "application/json";
  public static final String TEXT = "text/plain; charset=utf-8";
  public static final String BINARY = "application/octet-stream";

  private static final WireResponse NO_CONTENT = new WireResponse(204, Map.of(), List.of(), null, false);

  /** A bare body object: 200 with JSON. */
  public static <T> WireResponse json(T value, JsonCodec<T> codec) {
    return new WireResponse(200, contentType(JSON), List.of(), Json.write(value, codec), false);
  }

  /**
   * A bare body object, written by the generated entry class's own code for body type number
   * {@code body} ({@link LiftRuntime#writeBody}): 200 with JSON.
   */
  public static WireResponse json(Object value, LiftRuntime writer, int body) {
    return new WireResponse(200, contentType(JSON), List.of(), Json.write(value, writer, body), false);
  }

  /** A bare {@code String}: 200 with text; {@code null} answers 204. */
  public static WireResponse text(String value) {
    return value == null
        ? NO_CONTENT
        : new WireResponse(200, contentType(TEXT), List.of(), value, false);
  }

  /** A bare {@code byte[]}: 200, binary, base64 on the wire; {@code null} answers 204. */
  public static WireResponse binary(byte[] value) {
    return value == null
        ? NO_CONTENT
        : new WireResponse(200, contentType(BINARY), List.of(), base64Text(value), true);
  }

  /** A {@code void} method: 204. */
  public static WireResponse noContent() {
    return NO_CONTENT;
  }

  /** A {@code Response<T>} with a JSON body; a {@code null} body sends none. */
  public static <T> WireResponse of(Response<T> response, JsonCodec<T> codec) {
    T body = nonNull(response).body();
    return body == null
        ? withoutBody(response)
        : build(response, JSON, Json.write(body, codec), false);
  }

  /**
   * A {@code Response<T>} whose JSON body the generated entry class's own code writes, for body type
   * number {@code body}; a {@code null} body sends none.
   */
  public static WireResponse of(Response<?> response, LiftRuntime writer, int body) {
    Object value = nonNull(response).body();
    return value == null
        ? withoutBody(response)
        : build(response, JSON, Json.write(value, writer, body), false);
  }

  /** A {@code Response<String>}: text. */
  public static WireResponse ofText(Response<String> response) {
    String body = nonNull(response).body();
    return body == null ? withoutBody(response) : build(response, TEXT, body, false);
  }

  /** A {@code Response<byte[]>}: binary, base64 on the wire. */
  public static WireResponse ofBinary(Response<byte[]> response) {
    byte[] body = nonNull(response).body();
    return body == null ? withoutBody(response) : build(response, BINARY, base64Text(body), true);
  }

  /** A {@code Response<Void>} (or any response whose body type has no encoding): no body. */
  public static WireResponse withoutBody(Response<?> response) {
    return new WireResponse(
        nonNull(response).statusCode(),
        new LinkedHashMap<>(response.headerMap()),
        cookies(response),
        null,
        false);
  }

  private static WireResponse build(Response<?> response, String defaultType, String body, boolean base64) {
    Map<String, List<String>> headers = new LinkedHashMap<>(response.headerMap());
    if (response.header("Content-Type") == null) {
      headers.put("Content-Type", List.of(defaultType));
    }
    return new WireResponse(response.statusCode(), headers, cookies(response), body, base64);
  }

  /** No cookies as {@code List.of()}: a read-only view of an empty list is only more classes to load. */
  private static List<String> cookies(Response<?> response) {
    return response.hasCookies() ? response.cookies() : List.of();
  }

  private static Map<String, List<String>> contentType(String type) {
    return Map.of("Content-Type", List.of(type));
  }

  private static String base64Text(byte[] value) {
    return Base64.getEncoder().encodeToString(value);
  }

  private static <T> Response<T> nonNull(Response<T> response) {
    if (response == null) {
      throw new IllegalStateException("A route method returned a null Response");
    }
    return response;
  }
}
