package dev.lift.runtime.event;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link WireResponse} in the shape Lambda expects for the event it answers.
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
 */
public final class HttpResponseEncoder {
  private static final String SET_COOKIE = "Set-Cookie";
  private static final int SET_COOKIE_SPELLINGS = 1 << 9;

  private HttpResponseEncoder() {}

  /**
   * Writes {@code response} in the shape of {@code kind}; {@code null} writes {@link #minimal}.
   * The stream is flushed, not closed.
   */
  public static void encode(EventKind kind, boolean head, WireResponse response, OutputStream out)
      throws IOException {
    if (kind == null) {
      minimal(head, response, out);
      return;
    }
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeNumberField("statusCode", response.status());
      // Not a switch: one over an enum loads a synthetic class of its own on a cold start.
      if (kind == EventKind.API_GATEWAY_V2) {
        writeHttpApi(json, head, response);
      } else if (kind == EventKind.API_GATEWAY_V1) {
        writeRestApi(json, head, response);
      } else if (kind == EventKind.ALB_MULTI_VALUE) {
        json.writeStringField("statusDescription", statusDescription(response.status()));
        writeMultiValueHeaders(json, response);
        writeBody(json, head, response, "");
      } else {
        json.writeStringField("statusDescription", statusDescription(response.status()));
        writeSingleValueHeaders(json, response);
        writeBody(json, head, response, "");
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
      writeSingleValueHeaders(json, response);
      writeBody(json, head, response, "");
      json.writeEndObject();
    }
  }

  /** The ALB status line text: {@code "404 Not Found"}; unusual codes get their class's name. */
  static String statusDescription(int status) {
    return status + " " + reasonPhrase(status);
  }

  private static void writeHttpApi(JsonGenerator json, boolean head, WireResponse response)
      throws IOException {
    json.writeObjectFieldStart("headers");
    for (Map.Entry<String, List<String>> header : headers(response)) {
      if (isSendable(header)) {
        String joined = joined(header.getValue());
        if (joined != null) {
          json.writeStringField(header.getKey(), joined);
        }
      }
    }
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

  private static void writeMultiValueHeaders(JsonGenerator json, WireResponse response)
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

  private static void writeSingleValueHeaders(JsonGenerator json, WireResponse response)
      throws IOException {
    json.writeObjectFieldStart("headers");
    for (Map.Entry<String, List<String>> header : headers(response)) {
      if (isSendable(header)) {
        String joined = joined(header.getValue());
        if (joined != null) {
          json.writeStringField(header.getKey(), joined);
        }
      }
    }
    List<String> cookies = cookies(response);
    for (int i = 0; i < cookies.size() && i < SET_COOKIE_SPELLINGS; i++) {
      json.writeStringField(setCookieSpelling(i), cookies.get(i));
    }
    json.writeEndObject();
  }

  /** Writes {@code body} and {@code isBase64Encoded}; {@code absent} stands in for no body. */
  private static void writeBody(JsonGenerator json, boolean head, WireResponse response, String absent)
      throws IOException {
    String body = head ? null : response.body();
    if (body != null) {
      json.writeStringField("body", body);
    } else if (absent != null) {
      json.writeStringField("body", absent);
    }
    json.writeBooleanField("isBase64Encoded", body != null && response.base64());
  }

  /**
   * Spelling {@code i} of {@code Set-Cookie}: bit {@code b} of {@code i} flips the case of the
   * header name's {@code b}-th letter, so spelling 0 is {@code Set-Cookie} and all 512 differ.
   */
  static String setCookieSpelling(int i) {
    if (i == 0) {
      return SET_COOKIE;
    }
    char[] name = SET_COOKIE.toCharArray();
    int letter = 0;
    for (int c = 0; c < name.length; c++) {
      if (Character.isLetter(name[c])) {
        if ((i >> letter & 1) != 0) {
          name[c] =
              Character.isUpperCase(name[c])
                  ? Character.toLowerCase(name[c])
                  : Character.toUpperCase(name[c]);
        }
        letter++;
      }
    }
    return new String(name);
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
  private static List<String> cookies(WireResponse response) {
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

  private static String reasonPhrase(int status) {
    switch (status) {
      case 100: return "Continue";
      case 101: return "Switching Protocols";
      case 200: return "OK";
      case 201: return "Created";
      case 202: return "Accepted";
      case 203: return "Non-Authoritative Information";
      case 204: return "No Content";
      case 205: return "Reset Content";
      case 206: return "Partial Content";
      case 207: return "Multi-Status";
      case 300: return "Multiple Choices";
      case 301: return "Moved Permanently";
      case 302: return "Found";
      case 303: return "See Other";
      case 304: return "Not Modified";
      case 307: return "Temporary Redirect";
      case 308: return "Permanent Redirect";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 402: return "Payment Required";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 406: return "Not Acceptable";
      case 407: return "Proxy Authentication Required";
      case 408: return "Request Timeout";
      case 409: return "Conflict";
      case 410: return "Gone";
      case 411: return "Length Required";
      case 412: return "Precondition Failed";
      case 413: return "Payload Too Large";
      case 414: return "URI Too Long";
      case 415: return "Unsupported Media Type";
      case 416: return "Range Not Satisfiable";
      case 417: return "Expectation Failed";
      case 418: return "I'm a teapot";
      case 421: return "Misdirected Request";
      case 422: return "Unprocessable Entity";
      case 423: return "Locked";
      case 424: return "Failed Dependency";
      case 425: return "Too Early";
      case 426: return "Upgrade Required";
      case 428: return "Precondition Required";
      case 429: return "Too Many Requests";
      case 431: return "Request Header Fields Too Large";
      case 451: return "Unavailable For Legal Reasons";
      case 500: return "Internal Server Error";
      case 501: return "Not Implemented";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      case 505: return "HTTP Version Not Supported";
      case 507: return "Insufficient Storage";
      case 511: return "Network Authentication Required";
      default: return classPhrase(status);
    }
  }

  private static String classPhrase(int status) {
    switch (status / 100) {
      case 1: return "Informational";
      case 2: return "Success";
      case 3: return "Redirection";
      case 4: return "Client Error";
      case 5: return "Server Error";
      default: return "Unknown";
    }
  }
}
