package dev.lift.runtime.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a route method may return when a bare body is not enough: a status, headers, cookies and a
 * body of type {@code T}. The body is encoded like a bare return value of that type: JSON for
 * objects, text for {@code String}, base64 binary for {@code byte[]}, nothing for {@code Void}.
 *
 * <pre>{@code
 * return Response.status(201).header("Location", "/users/" + id).body(user);
 * }</pre>
 */
public final class Response<T> {
  private final int status;
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final List<String> cookies = new ArrayList<>(0);
  private T body;

  private Response(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    this.status = status;
  }

  public static <T> Response<T> status(int status) {
    return new Response<>(status);
  }

  public static <T> Response<T> ok(T body) {
    return new Response<T>(200).body(body);
  }

  public static <T> Response<T> created(T body) {
    return new Response<T>(201).body(body);
  }

  public static Response<Void> noContent() {
    return new Response<>(204);
  }

  public Response<T> body(T body) {
    this.body = body;
    return this;
  }

  /** Sets a header, replacing any value of the same name (compared case-insensitively). */
  public Response<T> header(String name, String value) {
    // Over the entries, as addHeader goes: the key set's classes would be loaded for this alone.
    for (Iterator<Map.Entry<String, List<String>>> entries = headers.entrySet().iterator(); entries.hasNext(); ) {
      if (entries.next().getKey().equalsIgnoreCase(name)) {
        entries.remove();
      }
    }
    return addHeader(name, value);
  }

  /** Adds a value to a header; each value goes out separately where the event shape allows it. */
  public Response<T> addHeader(String name, String value) {
    if (name.equalsIgnoreCase("Set-Cookie")) {
      return cookie(value);
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        e.getValue().add(value);
        return this;
      }
    }
    List<String> values = new ArrayList<>(1);
    values.add(value);
    headers.put(name, values);
    return this;
  }

  public Response<T> contentType(String contentType) {
    return header("Content-Type", contentType);
  }

  /** Adds a {@code Set-Cookie} value, for example {@code "session=abc; Secure; HttpOnly"}. */
  public Response<T> cookie(String setCookie) {
    cookies.add(setCookie);
    return this;
  }

  public int statusCode() {
    return status;
  }

  public T body() {
    return body;
  }

  /** Headers by name as given, in insertion order; {@code Set-Cookie} is in {@link #cookies()}. */
  public Map<String, List<String>> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /** The first value of a header (case-insensitive), or {@code null}. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  public List<String> cookies() {
    return Collections.unmodifiableList(cookies);
  }

  /**
   * The headers themselves, for {@link WireResponse} to copy without a read-only view's classes,
   * which a cold start would load for this copy alone.
   */
  Map<String, List<String>> headerMap() {
    return headers;
  }

  /** Whether a {@code Set-Cookie} value was added. */
  boolean hasCookies() {
    return !cookies.isEmpty();
  }
}
