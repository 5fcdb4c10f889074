package dev.lift.runtime.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lift.runtime.json.Json;
import java.io.IOException;

/**
 * Recognises the kind of a non-HTTP event from the start of its JSON, reading only as far as it
 * must: a {@code Records} array is a batch of the first record's {@code eventSource} (SNS spells it
 * {@code EventSource}); {@code detail-type} is EventBridge; a {@code requestContext} with a {@code
 * connectionId} or {@code eventType} is WebSocket. Anything else is left to the HTTP decoder,
 * which answers HTTP events and explains what else it received.
 */
public final class EventClassifier {
  /**
   * What the start of the event says.
   *
   * @param kind the kind, or {@code null} when the event is not one Lift serves outside HTTP
   * @param recordSource the {@code eventSource} of a batch's first record, also of unknown kinds
   *     ({@code aws:kinesis}), or {@code null}
   */
  public record Classification(EventKind kind, String recordSource) {
    static final Classification NONE = new Classification(null, null);
  }

  private EventClassifier() {}

  /** Classifies {@code event}; broken JSON classifies as nothing, for the HTTP decoder to report. */
  public static Classification classify(byte[] event) {
    try (JsonParser parser = Json.FACTORY.createParser(event)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Classification.NONE;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "Records":
            if (value == JsonToken.START_ARRAY && parser.nextToken() == JsonToken.START_OBJECT) {
              String source = recordSource(parser);
              return new Classification(kindOf(source), source);
            }
            return Classification.NONE;
          case "detail-type":
            return new Classification(EventKind.EVENTBRIDGE, null);
          case "requestContext":
            if (value == JsonToken.START_OBJECT && isWebSocketContext(parser)) {
              return new Classification(EventKind.WEBSOCKET, null);
            }
            break;
          default:
            parser.skipChildren();
        }
      }
      return Classification.NONE;
    } catch (IOException e) {
      return Classification.NONE;
    }
  }

  private static String recordSource(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ((name.equals("eventSource") || name.equals("EventSource")) && value == JsonToken.VALUE_STRING) {
        return parser.getText();
      }
      parser.skipChildren();
    }
    return null;
  }

  private static boolean isWebSocketContext(JsonParser parser) throws IOException {
    boolean webSocket = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("http") && value != JsonToken.VALUE_NULL) {
        return false; // HTTP API 2.0
      }
      if ((name.equals("connectionId") || name.equals("eventType")) && value != JsonToken.VALUE_NULL) {
        webSocket = true;
      }
      parser.skipChildren();
    }
    return webSocket;
  }

  private static EventKind kindOf(String source) {
    if (source == null) {
      return null;
    }
    switch (source) {
      case "aws:sqs":
        return EventKind.SQS;
      case "aws:s3":
        return EventKind.S3;
      case "aws:sns":
        return EventKind.SNS;
      case "aws:dynamodb":
        return EventKind.DYNAMODB_STREAMS;
      default:
        return null;
    }
  }
}
