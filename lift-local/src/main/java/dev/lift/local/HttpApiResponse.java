package dev.lift.local;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.lift.runtime.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A handler's output read the way API Gateway reads a payload format 2.0 response, ready to go
 * back to the client.
 *
 * <p>An object with {@code statusCode} is a structured response: {@code headers},
 * {@code multiValueHeaders} (which wins over {@code headers} for the same name, as in API Gateway's
 * 1.0 format), {@code cookies} (one {@code Set-Cookie} header each), {@code body} and
 * {@code isBase64Encoded}. Any other valid JSON is, as API Gateway treats it, a 200
 * {@code application/json} response whose body is the output itself.
 *
 * @param headers name and value pairs in the order they go out
 */
record HttpApiResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

  /** The output is not a response API Gateway could send; it would answer with an error. */
  static final class MalformedResponseException extends Exception {
    MalformedResponseException(String message) {
      super(message);
    }
  }

  static HttpApiResponse parse(byte[] output) throws MalformedResponseException {
    try (JsonParser parser = Json.FACTORY.createParser(output)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedResponseException("the handler wrote no output");
      }
      HttpApiResponse structured = null;
      if (first == JsonToken.START_OBJECT) {
        structured = readObject(parser);
      } else {
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        throw new MalformedResponseException("the output has content after its JSON value");
      }
      return structured != null ? structured : passThrough(output);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException("the output is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON error body in the standard shape, for failures of the invocation itself. */
  static HttpApiResponse error(int status, String code, String message) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (JsonGenerator json = Json.FACTORY.createGenerator(body)) {
      json.writeStartObject();
      json.writeStringField("code", code);
      json.writeStringField("message", message);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HttpApiResponse(
        status, List.of(Map.entry("Content-Type", "application/json")), body.toByteArray());
  }

  private static HttpApiResponse passThrough(byte[] output) {
    return new HttpApiResponse(200, List.of(Map.entry("Content-Type", "application/json")), output);
  }

  /** Reads a response object, or returns null when it has no statusCode (a bare JSON body). */
  private static HttpApiResponse readObject(JsonParser parser)
      throws IOException, MalformedResponseException {
    Integer status = null;
    Map<String, List<String>> headers = new LinkedHashMap<>();
    Map<String, List<String>> multiValueHeaders = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    String body = null;
    boolean base64 = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "statusCode":
          status = statusCode(parser, value);
          break;
        case "headers":
          readHeaders(parser, value, headers, false);
          break;
        case "multiValueHeaders":
          readHeaders(parser, value, multiValueHeaders, true);
          break;
        case "cookies":
          cookies.addAll(stringArray(parser, value, "cookies"));
          break;
        case "body":
          body = value == JsonToken.VALUE_NULL ? null : scalar(parser, value, "body");
          break;
        case "isBase64Encoded":
          if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw new MalformedResponseException("isBase64Encoded must be true or false");
          }
          base64 = parser.getBooleanValue();
          break;
        default:
          parser.skipChildren();
      }
    }
    if (status == null) {
      return null;
    }
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (!containsIgnoreCase(multiValueHeaders, header.getKey())) {
        addAll(out, header.getKey(), header.getValue());
      }
    }
    for (Map.Entry<String, List<String>> header : multiValueHeaders.entrySet()) {
      addAll(out, header.getKey(), header.getValue());
    }
    for (String cookie : cookies) {
      addAll(out, "Set-Cookie", List.of(cookie));
    }
    return new HttpApiResponse(status, List.copyOf(out), decodeBody(body, base64));
  }

  private static int statusCode(JsonParser parser, JsonToken value)
      throws IOException, MalformedResponseException {
    if (value != JsonToken.VALUE_NUMBER_INT) {
      throw new MalformedResponseException("statusCode must be an integer, got " + parser.getText());
    }
    int status = parser.getIntValue();
    if (status < 100 || status > 599) {
      throw new MalformedResponseException("statusCode must be from 100 to 599, got " + status);
    }
    return status;
  }

  private static void readHeaders(
      JsonParser parser, JsonToken value, Map<String, List<String>> into, boolean multiValue)
      throws IOException, MalformedResponseException {
    String field = multiValue ? "multiValueHeaders" : "headers";
    if (value == JsonToken.VALUE_NULL) {
      return;
    }
    if (value != JsonToken.START_OBJECT) {
      throw new MalformedResponseException(field + " must be an object");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      checkHeaderText(name, field);
      JsonToken token = parser.nextToken();
      List<String> values =
          multiValue
              ? stringArray(parser, token, field + "." + name)
              : List.of(scalar(parser, token, field + "." + name));
      for (String headerValue : values) {
        checkHeaderText(headerValue, field + "." + name);
      }
      into.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
    }
  }

  private static List<String> stringArray(JsonParser parser, JsonToken value, String field)
      throws IOException, MalformedResponseException {
    if (value == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (value != JsonToken.START_ARRAY) {
      throw new MalformedResponseException(field + " must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      values.add(scalar(parser, token, field));
    }
    return values;
  }

  /** A string, or a number or boolean taken as its text, as API Gateway accepts them. */
  private static String scalar(JsonParser parser, JsonToken value, String field)
      throws IOException, MalformedResponseException {
    if (!value.isScalarValue() || value == JsonToken.VALUE_NULL) {
      throw new MalformedResponseException(field + " must be a string");
    }
    return parser.getText();
  }

  private static void checkHeaderText(String text, String field) throws MalformedResponseException {
    if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
      throw new MalformedResponseException(field + " contains a line break");
    }
  }

  private static byte[] decodeBody(String body, boolean base64) throws MalformedResponseException {
    if (body == null) {
      return new byte[0];
    }
    if (!base64) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new MalformedResponseException("body is marked isBase64Encoded but is not base64");
    }
  }

  private static boolean containsIgnoreCase(Map<String, ?> map, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return map.keySet().stream().anyMatch(key -> key.toLowerCase(Locale.ROOT).equals(lower));
  }

  private static void addAll(List<Map.Entry<String, String>> out, String name, List<String> values) {
    for (String value : values) {
      out.add(Map.entry(name, value));
    }
  }
}
