package dev.lift.bench.contenders.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;

/**
 * The limit for the full pipeline: what a careful person writes for {@code GET /items/{id}} with
 * nothing but jackson-core. It reads only {@code rawPath} and {@code requestContext.http.method}
 * from the HTTP API (2.0) event, skipping everything else, and writes the 2.0 response with a
 * small JSON body. No framework, no error bodies beyond a constant 404.
 */
public final class HandWrittenHandler implements RequestStreamHandler {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String PREFIX = "/items/";

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    String method = null;
    String path = null;
    try (JsonParser parser = JSON.createParser(input)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("The event is not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("rawPath")) {
          path = parser.getText();
        } else if (field.equals("requestContext")) {
          method = readMethod(parser);
        } else {
          parser.skipChildren();
        }
      }
    }
    try (JsonGenerator out = JSON.createGenerator(output)) {
      out.writeStartObject();
      if ("GET".equals(method) && path != null && path.startsWith(PREFIX)
          && path.length() > PREFIX.length() && path.indexOf('/', PREFIX.length()) < 0) {
        out.writeNumberField("statusCode", 200);
        out.writeObjectFieldStart("headers");
        out.writeStringField("content-type", "application/json");
        out.writeEndObject();
        out.writeStringField("body", item(path.substring(PREFIX.length())));
      } else {
        out.writeNumberField("statusCode", 404);
        out.writeStringField("body", "{\"message\":\"Not Found\"}");
      }
      out.writeBooleanField("isBase64Encoded", false);
      out.writeEndObject();
    }
  }

  /** {@code requestContext.http.method}; the parser is on the object's start and ends on its end. */
  private static String readMethod(JsonParser parser) throws IOException {
    String method = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (field.equals("http")) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String httpField = parser.currentName();
          parser.nextToken();
          if (httpField.equals("method")) {
            method = parser.getText();
          } else {
            parser.skipChildren();
          }
        }
      } else {
        parser.skipChildren();
      }
    }
    return method;
  }

  private static String item(String id) throws IOException {
    StringWriter body = new StringWriter(64);
    try (JsonGenerator json = JSON.createGenerator(body)) {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeStringField("name", "Item " + id);
      json.writeNumberField("stock", 7);
      json.writeEndObject();
    }
    return body.toString();
  }
}
