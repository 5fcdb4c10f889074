package dev.lift.json.tests.coldstart.handwritten;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The floor: what a careful person writes for {@code POST /orders} with nothing but jackson-core.
 * It reads {@code rawPath}, the method, {@code body} and {@code isBase64Encoded} of the HTTP API
 * (2.0) event, reads the fields of the order the receipt needs, and writes the 2.0 response. No
 * framework, no validation, no error bodies beyond constants.
 */
public final class HandWrittenColdApi implements RequestStreamHandler {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    String method = null;
    String path = null;
    String body = null;
    boolean base64 = false;
    try (JsonParser parser = JSON.createParser(input)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "rawPath" -> path = parser.getText();
          case "body" -> body = parser.getText();
          case "isBase64Encoded" -> base64 = parser.getBooleanValue();
          case "requestContext" -> method = readMethod(parser);
          default -> parser.skipChildren();
        }
      }
    }
    try (JsonGenerator out = JSON.createGenerator(output)) {
      out.writeStartObject();
      if ("POST".equals(method) && "/orders".equals(path) && body != null) {
        byte[] bytes = base64 ? Base64.getDecoder().decode(body) : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeNumberField("statusCode", 200);
        out.writeObjectFieldStart("headers");
        out.writeStringField("content-type", "application/json");
        out.writeEndObject();
        out.writeStringField("body", receipt(bytes));
      } else {
        out.writeNumberField("statusCode", 404);
        out.writeStringField("body", "{\"message\":\"Not Found\"}");
      }
      out.writeBooleanField("isBase64Encoded", false);
      out.writeEndObject();
    }
  }

  private static String readMethod(JsonParser parser) throws IOException {
    String method = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (field.equals("http")) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (name.equals("method")) {
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

  /** Reads the order's id, customer, total, status and line skus; writes the receipt. */
  private static String receipt(byte[] order) throws IOException {
    String id = null;
    String customer = null;
    String status = null;
    BigDecimal total = null;
    List<String> skus = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(order)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "id" -> id = parser.getText();
          case "customer" -> customer = parser.getText();
          case "status" -> status = parser.getText();
          case "total" -> total = parser.getDecimalValue();
          case "lines" -> readSkus(parser, skus);
          default -> parser.skipChildren();
        }
      }
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringField("id", id);
      out.writeStringField("customer", customer);
      out.writeNumberField("lineCount", skus.size());
      out.writeFieldName("total");
      out.writeNumber(total);
      out.writeStringField("status", status);
      out.writeArrayFieldStart("skus");
      for (String sku : skus) {
        out.writeString(sku);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    return text.toString();
  }

  private static void readSkus(JsonParser parser, List<String> skus) throws IOException {
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("sku")) {
          skus.add(parser.getText());
        } else {
          parser.skipChildren();
        }
      }
    }
  }
}
