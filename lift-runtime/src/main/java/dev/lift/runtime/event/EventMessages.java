package dev.lift.runtime.event;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;

/**
 * The words of {@link HttpEvents}' errors: events that are not HTTP events, and HTTP events it
 * cannot read. Apart from {@code HttpEvents} so that a first request with a good event does not
 * load them (see there).
 */
final class EventMessages {
  static final String SUPPORTED =
      "; Lift handlers serve API Gateway REST and HTTP API, Lambda function URL and ALB events";

  private EventMessages() {}

  /** Not an HTTP event: {@code received} says what came instead. */
  static String notHttp(String received) {
    return "Not an HTTP event: received " + received + SUPPORTED;
  }

  /** An API Gateway WebSocket event, of the given {@code requestContext.eventType} if known. */
  static String webSocket(String eventType) {
    return "Not an HTTP event: received an API Gateway WebSocket event"
        + (eventType == null ? "" : " (" + shorten(eventType) + ")")
        + SUPPORTED;
  }

  /** A field, or an entry of one, of the wrong JSON type. */
  static String wrongType(String field, String entry, String expected, JsonToken actual) {
    String where = entry == null ? field : field + "." + shorten(entry);
    return "Event field '" + where + "' must be " + expected + ", got " + describe(actual);
  }

  /** A JSON object without the fields of any HTTP event, naming the first few it has. */
  static String notHttpObject(String[] fieldNames, int fieldCount) {
    if (fieldCount == 0) {
      return "Not an HTTP event: received an empty JSON object" + SUPPORTED;
    }
    StringBuilder message = new StringBuilder("Not an HTTP event: received a JSON object with fields [");
    boolean records = false;
    boolean eventBridge = false;
    for (int i = 0; i < Math.min(fieldCount, HttpEvents.LISTED_FIELDS); i++) {
      String name = fieldNames[i];
      records |= name.equals("Records");
      eventBridge |= name.equals("detail-type");
      message.append(i == 0 ? "" : ", ").append(shorten(name));
    }
    if (fieldCount > HttpEvents.LISTED_FIELDS) {
      message.append(", ... ").append(fieldCount - HttpEvents.LISTED_FIELDS).append(" more");
    }
    message.append(']');
    if (records) {
      message.append(" (an SQS, S3, SNS or DynamoDB Streams batch?)");
    } else if (eventBridge) {
      message.append(" (an EventBridge event?)");
    }
    return message.append(SUPPORTED).toString();
  }

  /** An HTTP-looking event whose payload version Lift does not read. */
  static String unknownShape(String version) {
    if (version != null && !version.equals("1.0")) {
      return "Unsupported event payload version '" + shorten(version)
          + "'; Lift reads API Gateway payload versions 1.0 and 2.0";
    }
    return "The event has no httpMethod (REST API and ALB events) and no \"version\": \"2.0\""
        + " (HTTP API and function URL events)";
  }

  /** Broken JSON, in our words: jackson's messages name its classes. */
  static String parseError(IOException e) {
    String where = "";
    if (e instanceof JsonProcessingException) {
      JsonLocation location = ((JsonProcessingException) e).getLocation();
      if (location != null && location.getLineNr() > 0) {
        where = " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      }
    }
    if (e instanceof JsonEOFException) {
      return "The event JSON is truncated" + where;
    }
    if (e instanceof StreamConstraintsException) {
      return "The event JSON is nested too deeply or holds an oversized value" + where;
    }
    return "The event is not valid JSON" + where;
  }

  static String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "a JSON object";
      case START_ARRAY:
        return "a JSON array";
      case VALUE_STRING:
        return "a JSON string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a JSON number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a JSON boolean";
      case VALUE_NULL:
        return "JSON null";
      default:
        return "JSON " + token.asString();
    }
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
