package dev.lift.local;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lift.runtime.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the API Gateway HTTP API (payload format 2.0) event that API Gateway would send for a
 * request on its {@code $default} route and stage.
 *
 * <p>As API Gateway does: header names are lower-cased and repeated headers joined with
 * {@code ","}; {@code Cookie} headers leave {@code headers} and become the {@code cookies} array;
 * repeated query parameters are joined with {@code ","} in {@code queryStringParameters} while
 * {@code rawQueryString} keeps what was sent.
 */
final class HttpApiEvent {
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private HttpApiEvent() {}

  static byte[] write(IncomingRequest request, String requestId, Instant time) {
    Map<String, String> headers = joinedHeaders(request.headers());
    List<String> cookies = cookies(request.headers());
    Map<String, String> query = queryParameters(request.rawQuery());
    String userAgent = headers.getOrDefault("user-agent", "");
    String domainName = headers.getOrDefault("host", "localhost");

    ByteArrayOutputStream out = new ByteArrayOutputStream(512 + request.body().length * 4 / 3);
    try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("version", "2.0");
      json.writeStringField("routeKey", "$default");
      json.writeStringField("rawPath", request.rawPath());
      json.writeStringField("rawQueryString", request.rawQuery());
      if (!cookies.isEmpty()) {
        json.writeArrayFieldStart("cookies");
        for (String cookie : cookies) {
          json.writeString(cookie);
        }
        json.writeEndArray();
      }
      writeStringMap(json, "headers", headers);
      if (!query.isEmpty()) {
        writeStringMap(json, "queryStringParameters", query);
      }
      json.writeObjectFieldStart("requestContext");
      json.writeStringField("accountId", "000000000000");
      json.writeStringField("apiId", "local");
      json.writeStringField("domainName", domainName);
      json.writeStringField("domainPrefix", domainName.split("[.:]", 2)[0]);
      json.writeObjectFieldStart("http");
      json.writeStringField("method", request.method());
      json.writeStringField("path", request.rawPath());
      json.writeStringField("protocol", request.protocol());
      json.writeStringField("sourceIp", request.sourceIp());
      json.writeStringField("userAgent", userAgent);
      json.writeEndObject();
      json.writeStringField("requestId", requestId);
      json.writeStringField("routeKey", "$default");
      json.writeStringField("stage", "$default");
      json.writeStringField("time", REQUEST_TIME.format(time));
      json.writeNumberField("timeEpoch", time.toEpochMilli());
      json.writeEndObject();
      Optional<String> text = bodyAsText(request.body(), headers.get("content-type"));
      if (request.body().length > 0) {
        json.writeStringField(
            "body", text.orElseGet(() -> Base64.getEncoder().encodeToString(request.body())));
      }
      json.writeBooleanField("isBase64Encoded", request.body().length > 0 && text.isEmpty());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Lower-cased names in sorted order, repeated values joined with a comma; no Cookie. */
  static Map<String, String> joinedHeaders(Map<String, List<String>> received) {
    Map<String, String> joined = new TreeMap<>();
    for (Map.Entry<String, List<String>> header : received.entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (name.equals("cookie") || header.getValue().isEmpty()) {
        continue;
      }
      String values = String.join(",", header.getValue());
      joined.merge(name, values, (first, more) -> first + "," + more);
    }
    return joined;
  }

  /** Every {@code name=value} pair of every Cookie header, in order. */
  static List<String> cookies(Map<String, List<String>> received) {
    List<String> cookies = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : received.entrySet()) {
      if (header.getKey().equalsIgnoreCase("cookie")) {
        for (String line : header.getValue()) {
          for (String cookie : line.split(";")) {
            if (!cookie.isBlank()) {
              cookies.add(cookie.trim());
            }
          }
        }
      }
    }
    return cookies;
  }

  /** Decoded names and values, repeated values joined with a comma, in first-seen order. */
  static Map<String, String> queryParameters(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decodeQueryPart(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decodeQueryPart(pair.substring(eq + 1));
      parameters.merge(name, value, (first, more) -> first + "," + more);
    }
    return parameters;
  }

  private static String decodeQueryPart(String part) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      // A stray '%' is passed on as sent; rawQueryString is there for handlers that care.
      return part;
    }
  }

  /** The body as text when its content type is textual and its bytes are valid UTF-8. */
  static Optional<String> bodyAsText(byte[] body, String contentType) {
    if (contentType == null || !isTextual(contentType)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString());
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

  static boolean isTextual(String contentType) {
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.startsWith("text/")
        || type.equals("application/json")
        || type.endsWith("+json")
        || type.equals("application/xml")
        || type.endsWith("+xml")
        || type.equals("application/x-www-form-urlencoded")
        || type.equals("application/javascript")
        || type.equals("application/graphql")
        || type.equals("application/yaml");
  }

  private static void writeStringMap(JsonGenerator json, String field, Map<String, String> values)
      throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }
}
