package dev.lift.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for a generated handler: records every event and context it receives and answers
 * with an HTTP API 2.0 response whose JSON body is the event itself.
 */
final class EchoHandler implements RequestStreamHandler {
  static final ObjectMapper JSON = new ObjectMapper();

  final List<byte[]> events = new CopyOnWriteArrayList<>();
  final List<Context> contexts = new CopyOnWriteArrayList<>();

  @Override
  public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
    byte[] event = in.readAllBytes();
    events.add(event);
    contexts.add(context);
    ObjectNode response = JSON.createObjectNode();
    response.put("statusCode", 200);
    response.putObject("headers").put("content-type", "application/json");
    response.put("body", new String(event, StandardCharsets.UTF_8));
    response.put("isBase64Encoded", false);
    out.write(JSON.writeValueAsBytes(response));
  }

  /** The one event received so far, as a tree. */
  JsonNode onlyEvent() {
    if (events.size() != 1) {
      throw new AssertionError("Expected exactly one event, got " + events.size());
    }
    try {
      return JSON.readTree(events.get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
