package dev.lift.json.tests.coldstart.handwritten;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lift.json.tests.coldstart.generated.NewOrder;
import dev.lift.json.tests.coldstart.generated.Receipt;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The same floor as {@link HandWrittenColdApi}, with the application's own types: what a careful
 * person writes with jackson-core when the handler reads the body into the {@link NewOrder} record
 * (every field, as the generated codec does) and writes the {@link Receipt} record it builds,
 * the work Lift's route does. It checks no more than a hand-written handler usually does: no
 * duplicate keys, no type errors with paths, no validation; the event is read as {@code
 * HandWrittenColdApi} reads it, with a copy of its code rather than a call: a call would load that
 * class too, and each variant must load only the classes a handler of its own would.
 */
public final class HandWrittenRecordsColdApi implements RequestStreamHandler {
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
        out.writeStringField("body", write(Receipt.of(readOrder(bytes))));
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

  private static NewOrder readOrder(byte[] order) throws IOException {
    UUID id = null;
    String customer = null;
    List<NewOrder.Line> lines = null;
    Map<String, String> attributes = null;
    NewOrder.Status status = null;
    BigDecimal total = null;
    boolean gift = false;
    int priority = 0;
    try (JsonParser parser = JSON.createParser(order)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        boolean isNull = value == JsonToken.VALUE_NULL;
        switch (field) {
          case "id" -> id = isNull ? null : UUID.fromString(parser.getText());
          case "customer" -> customer = isNull ? null : parser.getText();
          case "lines" -> lines = isNull ? null : readLines(parser);
          case "attributes" -> attributes = isNull ? null : readAttributes(parser);
          case "status" -> status = isNull ? null : NewOrder.Status.valueOf(parser.getText());
          case "total" -> total = isNull ? null : parser.getDecimalValue();
          case "gift" -> gift = parser.getBooleanValue();
          case "priority" -> priority = parser.getIntValue();
          default -> parser.skipChildren();
        }
      }
    }
    return new NewOrder(id, customer, lines, attributes, status, total, gift, priority);
  }

  private static List<NewOrder.Line> readLines(JsonParser parser) throws IOException {
    List<NewOrder.Line> lines = new ArrayList<>();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      String sku = null;
      int quantity = 0;
      BigDecimal price = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "sku" -> sku = parser.getText();
          case "quantity" -> quantity = parser.getIntValue();
          case "price" -> price = parser.getDecimalValue();
          default -> parser.skipChildren();
        }
      }
      lines.add(new NewOrder.Line(sku, quantity, price));
    }
    return lines;
  }

  private static Map<String, String> readAttributes(JsonParser parser) throws IOException {
    Map<String, String> attributes = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      attributes.put(name, parser.getText());
    }
    return attributes;
  }

  private static String write(Receipt receipt) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringField("id", receipt.id() == null ? null : receipt.id().toString());
      out.writeStringField("customer", receipt.customer());
      out.writeNumberField("lineCount", receipt.lineCount());
      out.writeFieldName("total");
      out.writeNumber(receipt.total());
      out.writeStringField("status", receipt.status() == null ? null : receipt.status().name());
      out.writeArrayFieldStart("skus");
      for (String sku : receipt.skus()) {
        out.writeString(sku);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    return text.toString();
  }
}
