package dev.lift.runtime.error;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard error body, {@code application/json}:
 *
 * <pre>{@code
 * {"code": "NOT_FOUND", "message": "No route matches GET /x", "details": ..., "request_id": "...", "trace_id": "..."}
 * }</pre>
 *
 * {@code details} and {@code trace_id} are left out when {@code null}; {@code request_id} is
 * always there (possibly {@code null}) so clients can rely on the field. A {@link
 * MethodNotAllowedError} also sends its {@code Allow} header.
 */
public final class ErrorResponses {
  private static final String JSON = "application/json";
  /** Deeper {@code details} are cut off: a cyclic structure must not overflow the stack. */
  private static final int MAX_DETAILS_DEPTH = 32;
  private static final Map<String, List<String>> CONTENT_TYPE = Map.of("Content-Type", List.of(JSON));

  private static final String NOT_FOUND_START = "{\"code\":\"NOT_FOUND\",\"message\":\"No route matches ";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ErrorResponses() {}

  /**
   * The 404 of a request no route has, {@code "No route matches GET /path"}: the same body as
   * {@code of(LiftError.notFound(...), ...)}, written straight into one buffer without an exception.
   */
  public static WireResponse notFound(String method, String path, String requestId, String traceId) {
    // Sized for the body without escapes, so that the common case copies nothing while growing.
    StringBuilder body = new StringBuilder(NOT_FOUND_START.length() + method.length() + 1 + path.length() + 1
        + endLength(requestId, traceId));
    body.append(NOT_FOUND_START);
    escape(body, method);
    body.append(' ');
    escape(body, path);
    body.append('"');
    end(body, requestId, traceId);
    return new WireResponse(404, CONTENT_TYPE, List.of(), body.toString(), false);
  }

  public static WireResponse of(LiftError error, String requestId, String traceId) {
    Map<String, List<String>> headers = CONTENT_TYPE;
    if (error instanceof MethodNotAllowedError) {
      headers = new LinkedHashMap<>(CONTENT_TYPE);
      headers.put("Allow", List.of(((MethodNotAllowedError) error).allow()));
    }
    return new WireResponse(error.status(), headers, List.of(), body(error, requestId, traceId), false);
  }

  private static String body(LiftError error, String requestId, String traceId) {
    if (error.details() == null) {
      // Written by hand rather than through jackson-core's generator, which costs more than this
      // small body. lift-bench's routing miss (a 404), thrown and written through the generator:
      // 670 to 970 CPU ns and 816 B per request; answered without the exception and written here:
      // 160 to 260 ns and 360 B (medians of bash lift-bench/routing-cpu.sh 3, and JMH -prof gc).
      StringBuilder body = new StringBuilder(23 + error.code().length() + error.getMessage().length()
          + endLength(requestId, traceId));
      body.append("{\"code\":");
      quote(body, error.code());
      body.append(",\"message\":");
      quote(body, error.getMessage());
      end(body, requestId, traceId);
      return body.toString();
    }
    SegmentedStringWriter text = new SegmentedStringWriter(Json.FACTORY._getBufferRecycler());
    try {
      try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
        json.writeStartObject();
        json.writeStringField("code", error.code());
        json.writeStringField("message", error.getMessage());
        if (error.details() != null) {
          json.writeFieldName("details");
          writeDetail(json, error.details(), 0);
        }
        json.writeStringField("request_id", requestId);
        if (traceId != null) {
          json.writeStringField("trace_id", traceId);
        }
        json.writeEndObject();
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The length of what {@link #end} writes when nothing needs escaping. */
  private static int endLength(String requestId, String traceId) {
    return 14 + (requestId == null ? 4 : requestId.length() + 2) + (traceId == null ? 0 : 14 + traceId.length()) + 1;
  }

  /** {@code ,"request_id":...[,"trace_id":...]}} after the message. */
  private static void end(StringBuilder body, String requestId, String traceId) {
    body.append(",\"request_id\":");
    if (requestId == null) {
      body.append("null");
    } else {
      quote(body, requestId);
    }
    if (traceId != null) {
      body.append(",\"trace_id\":");
      quote(body, traceId);
    }
    body.append('}');
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    escape(out, text);
    out.append('"');
  }

  /** JSON string escapes, as jackson-core writes them: quote, backslash and control characters. */
  static void escape(StringBuilder out, String text) {
    int length = text.length();
    int plain = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plain, i).append('\\');
      switch (c) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '\n': out.append('n'); break;
        case '\r': out.append('r'); break;
        case '\t': out.append('t'); break;
        case '\b': out.append('b'); break;
        case '\f': out.append('f'); break;
        default: out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
      plain = i + 1;
    }
    out.append(text, plain, length);
  }

  private static void writeDetail(JsonGenerator json, Object value, int depth) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String) {
      json.writeString((String) value);
    } else if (value instanceof Boolean) {
      json.writeBoolean((Boolean) value);
    } else if (value instanceof Number) {
      writeNumber(json, (Number) value);
    } else if (depth >= MAX_DETAILS_DEPTH) {
      json.writeString("...");
    } else if (value instanceof Map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        writeDetail(json, entry.getValue(), depth + 1);
      }
      json.writeEndObject();
    } else if (value instanceof Iterable) {
      json.writeStartArray();
      for (Object element : (Iterable<?>) value) {
        writeDetail(json, element, depth + 1);
      }
      json.writeEndArray();
    } else {
      json.writeString(String.valueOf(value));
    }
  }

  private static void writeNumber(JsonGenerator json, Number number) throws IOException {
    if (number instanceof Integer || number instanceof Long || number instanceof Short
        || number instanceof Byte) {
      json.writeNumber(number.longValue());
    } else if (number instanceof java.math.BigInteger) {
      json.writeNumber((java.math.BigInteger) number);
    } else if (number instanceof java.math.BigDecimal) {
      json.writeNumber((java.math.BigDecimal) number);
    } else if ((number instanceof Double || number instanceof Float)
        && Double.isFinite(number.doubleValue())) {
      json.writeNumber(number.doubleValue());
    } else {
      // NaN, infinities and exotic Number types have no JSON number form.
      json.writeString(String.valueOf(number));
    }
  }
}
