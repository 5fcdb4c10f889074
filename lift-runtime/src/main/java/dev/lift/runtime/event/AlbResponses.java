package dev.lift.runtime.event;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lift.runtime.http.WireResponse;
import java.io.IOException;
import java.util.List;

/**
 * The response shapes of ALB events, and the single-valued headers of {@link HttpEvents#minimal},
 * written by {@link HttpEvents#encode} (see there for each shape). Apart from {@code HttpEvents} so
 * that the first request of an HTTP API, a function URL or a REST API does not load the status
 * phrases and the {@code Set-Cookie} spellings (see there).
 */
final class AlbResponses {
  /** The spellings of {@code Set-Cookie} an ALB response without multi-value headers can use. */
  private static final int SPELLINGS = 1 << 9;

  private AlbResponses() {}

  /** An ALB response: with {@code multiValueHeaders} when the event had them, else {@code headers}. */
  static void writeAlb(JsonGenerator json, boolean multiValue, boolean head, WireResponse response)
      throws IOException {
    json.writeStringField("statusDescription", statusDescription(response.status()));
    if (multiValue) {
      HttpEvents.writeMultiValueHeaders(json, response);
    } else {
      writeSingleValueHeaders(json, response);
    }
    HttpEvents.writeBody(json, head, response, "");
  }

  /** The ALB status line text: {@code "404 Not Found"}; unusual codes get their class's name. */
  static String statusDescription(int status) {
    return status + " " + reasonPhrase(status);
  }

  static void writeSingleValueHeaders(JsonGenerator json, WireResponse response)
      throws IOException {
    json.writeObjectFieldStart("headers");
    HttpEvents.writeJoinedHeaders(json, response);
    List<String> cookies = HttpEvents.cookies(response);
    for (int i = 0; i < cookies.size() && i < SPELLINGS; i++) {
      json.writeStringField(setCookieSpelling(i), cookies.get(i));
    }
    json.writeEndObject();
  }

  /**
   * Spelling {@code i} of {@code Set-Cookie}: bit {@code b} of {@code i} flips the case of the
   * header name's {@code b}-th letter, so spelling 0 is {@code Set-Cookie} and all 512 differ.
   */
  static String setCookieSpelling(int i) {
    if (i == 0) {
      return HttpEvents.SET_COOKIE;
    }
    char[] name = HttpEvents.SET_COOKIE.toCharArray();
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
