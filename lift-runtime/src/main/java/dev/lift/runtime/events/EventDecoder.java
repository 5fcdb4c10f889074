package dev.lift.runtime.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads non-HTTP events into the records handlers receive. Each batch is read into plain maps and
 * lists first (events are small, and DynamoDB images need a tree anyway), then each record is
 * taken from it; EventBridge events are streamed so that {@code detail} stays JSON text for the
 * handler's codec. Unknown fields are ignored; a missing or mistyped field a handler depends on
 * (an SQS {@code messageId}, a DynamoDB {@code eventName}...) is a {@link BadEventException}.
 */
public final class EventDecoder {
  private EventDecoder() {}

  public static List<SqsMessage> sqs(byte[] event) {
    List<SqsMessage> messages = new ArrayList<>();
    int index = 0;
    for (Map<String, Object> record : records(event, EventKind.SQS)) {
      String where = "Records[" + index++ + "]";
      String arn = string(record, "eventSourceARN", where);
      messages.add(new SqsMessage(
          required(record, "messageId", where),
          string(record, "receiptHandle", where),
          orEmpty(string(record, "body", where)),
          stringMap(object(record, "attributes", where), where + ".attributes"),
          messageAttributes(object(record, "messageAttributes", where), "stringValue"),
          arn,
          arn == null ? null : lastPart(arn, ':'),
          string(record, "awsRegion", where)));
    }
    return messages;
  }

  public static List<SnsMessage> sns(byte[] event) {
    List<SnsMessage> messages = new ArrayList<>();
    int index = 0;
    for (Map<String, Object> record : records(event, EventKind.SNS)) {
      String where = "Records[" + index++ + "].Sns";
      Map<String, Object> sns = object(record, "Sns", "Records[" + (index - 1) + "]");
      if (sns == null) {
        throw new BadEventException("The SNS event has no " + where);
      }
      String arn = string(sns, "TopicArn", where);
      messages.add(new SnsMessage(
          required(sns, "MessageId", where),
          arn,
          arn == null ? null : lastPart(arn, ':'),
          string(sns, "Subject", where),
          string(sns, "Message", where),
          string(sns, "Timestamp", where),
          messageAttributes(object(sns, "MessageAttributes", where), "Value")));
    }
    return messages;
  }

  public static List<S3Notification> s3(byte[] event) {
    List<S3Notification> notifications = new ArrayList<>();
    int index = 0;
    for (Map<String, Object> record : records(event, EventKind.S3)) {
      String where = "Records[" + index++ + "]";
      Map<String, Object> s3 = object(record, "s3", where);
      Map<String, Object> bucket = s3 == null ? null : object(s3, "bucket", where + ".s3");
      Map<String, Object> object = s3 == null ? null : object(s3, "object", where + ".s3");
      if (bucket == null || object == null) {
        throw new BadEventException("The S3 event has no " + where + ".s3.bucket or .s3.object");
      }
      Object size = object.get("size");
      notifications.add(new S3Notification(
          required(record, "eventName", where),
          string(record, "eventTime", where),
          string(record, "awsRegion", where),
          required(bucket, "name", where + ".s3.bucket"),
          decodeKey(required(object, "key", where + ".s3.object")),
          size instanceof BigDecimal ? ((BigDecimal) size).longValue() : -1,
          string(object, "eTag", where + ".s3.object"),
          string(object, "versionId", where + ".s3.object"),
          string(object, "sequencer", where + ".s3.object")));
    }
    return notifications;
  }

  public static List<DynamoDbRecord> dynamoDb(byte[] event) {
    List<DynamoDbRecord> records = new ArrayList<>();
    int index = 0;
    for (Map<String, Object> record : records(event, EventKind.DYNAMODB_STREAMS)) {
      String where = "Records[" + index++ + "]";
      Map<String, Object> change = object(record, "dynamodb", where);
      if (change == null) {
        throw new BadEventException("The DynamoDB Streams event has no " + where + ".dynamodb");
      }
      String name = required(record, "eventName", where);
      DynamoDbRecord.ChangeType type;
      try {
        type = DynamoDbRecord.ChangeType.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new BadEventException("Unknown DynamoDB Streams eventName '" + name + "' at " + where
            + "; expected INSERT, MODIFY or REMOVE");
      }
      String arn = string(record, "eventSourceARN", where);
      String inner = where + ".dynamodb";
      records.add(new DynamoDbRecord(
          string(record, "eventID", where),
          type,
          arn == null ? null : tableName(arn),
          arn,
          required(change, "SequenceNumber", inner),
          string(change, "StreamViewType", inner),
          string(record, "awsRegion", where),
          image(change, "Keys", inner).orElseGet(() -> new DynamoImage(Map.of())),
          image(change, "NewImage", inner),
          image(change, "OldImage", inner)));
    }
    return records;
  }

  /** {@code Orders} for {@code arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2024-...}. */
  static String tableName(String arn) {
    int table = arn.indexOf(":table/");
    if (table < 0) {
      return null;
    }
    int start = table + ":table/".length();
    int end = arn.indexOf('/', start);
    return end < 0 ? arn.substring(start) : arn.substring(start, end);
  }

  public static WebSocketRequest webSocket(byte[] event) {
    Map<String, Object> root = root(event, EventKind.WEBSOCKET);
    Map<String, Object> context = object(root, "requestContext", "");
    if (context == null) {
      throw new BadEventException("The WebSocket event has no requestContext");
    }
    String body = string(root, "body", "");
    if (body != null && Boolean.TRUE.equals(root.get("isBase64Encoded"))) {
      try {
        body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new BadEventException("The WebSocket event's body is not valid base64");
      }
    }
    return new WebSocketRequest(
        required(context, "routeKey", "requestContext"),
        required(context, "connectionId", "requestContext"),
        string(context, "eventType", "requestContext"),
        string(context, "messageId", "requestContext"),
        string(context, "requestId", "requestContext"),
        string(context, "domainName", "requestContext"),
        string(context, "stage", "requestContext"),
        string(context, "apiId", "requestContext"),
        body);
  }

  /** Streams the event, keeping {@code detail} as JSON text. */
  public static EventBridgeEvent eventBridge(byte[] event) {
    Map<String, Object> fields = new LinkedHashMap<>();
    String detail = "{}";
    try (JsonParser parser = Json.FACTORY.createParser(event)) {
      expect(parser.nextToken() == JsonToken.START_OBJECT, "The EventBridge event is not a JSON object");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("detail")) {
          detail = copy(parser);
        } else {
          fields.put(name, value(parser));
        }
      }
    } catch (JsonProcessingException e) {
      throw new BadEventException("The EventBridge event is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> resources = new ArrayList<>();
    Object listed = fields.get("resources");
    if (listed instanceof List) {
      for (Object resource : (List<?>) listed) {
        if (resource instanceof String) {
          resources.add((String) resource);
        }
      }
    }
    return new EventBridgeEvent(
        string(fields, "id", ""),
        required(fields, "source", ""),
        required(fields, "detail-type", ""),
        string(fields, "account", ""),
        string(fields, "time", ""),
        string(fields, "region", ""),
        resources,
        detail);
  }

  private static String copy(JsonParser parser) throws IOException {
    SegmentedStringWriter text = new SegmentedStringWriter(Json.FACTORY._getBufferRecycler());
    try (JsonGenerator generator = Json.FACTORY.createGenerator(text)) {
      generator.copyCurrentStructure(parser);
    }
    return text.getAndClear();
  }

  // ---------------------------------------------------------------- the tree

  private static List<Map<String, Object>> records(byte[] event, EventKind kind) {
    Map<String, Object> root = root(event, kind);
    Object records = root.get("Records");
    if (!(records instanceof List)) {
      throw new BadEventException("The " + name(kind) + " event has no Records array");
    }
    List<Map<String, Object>> objects = new ArrayList<>();
    int index = 0;
    for (Object record : (List<?>) records) {
      if (!(record instanceof Map)) {
        throw new BadEventException("Records[" + index + "] of the " + name(kind) + " event is not an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) record;
      objects.add(object);
      index++;
    }
    return objects;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> root(byte[] event, EventKind kind) {
    try (JsonParser parser = Json.FACTORY.createParser(event)) {
      JsonToken first = parser.nextToken();
      expect(first == JsonToken.START_OBJECT, "The " + name(kind) + " event is not a JSON object");
      Object root = value(parser);
      expect(parser.nextToken() == null, "The " + name(kind) + " event has content after its JSON object");
      return (Map<String, Object>) root;
    } catch (JsonProcessingException e) {
      throw new BadEventException("The " + name(kind) + " event is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(EventKind kind) {
    switch (kind) {
      case SQS: return "SQS";
      case SNS: return "SNS";
      case S3: return "S3";
      case DYNAMODB_STREAMS: return "DynamoDB Streams";
      case EVENTBRIDGE: return "EventBridge";
      default: return "WebSocket";
    }
  }

  /** The value at the parser's current token: maps, lists, strings, BigDecimal, Boolean, null. */
  private static Object value(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.put(name, value(parser));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  private static void expect(boolean condition, String message) {
    if (!condition) {
      throw new BadEventException(message);
    }
  }

  // ---------------------------------------------------------------- fields

  private static String string(Map<String, Object> object, String field, String where) {
    Object value = object.get(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new BadEventException("Event field '" + path(where, field) + "' must be a string");
  }

  private static String required(Map<String, Object> object, String field, String where) {
    String value = string(object, field, where);
    if (value == null) {
      throw new BadEventException("The event has no '" + path(where, field) + "'");
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Map<String, Object> object, String field, String where) {
    Object value = object.get(field);
    if (value == null || value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw new BadEventException("Event field '" + path(where, field) + "' must be an object");
  }

  private static String path(String where, String field) {
    return where.isEmpty() ? field : where + "." + field;
  }

  private static Map<String, String> stringMap(Map<String, Object> object, String where) {
    Map<String, String> strings = new LinkedHashMap<>();
    if (object != null) {
      for (Map.Entry<String, Object> entry : object.entrySet()) {
        if (entry.getValue() instanceof String) {
          strings.put(entry.getKey(), (String) entry.getValue());
        }
      }
    }
    return strings;
  }

  /** SQS {@code {"name": {"stringValue": "v", ...}}}, SNS {@code {"name": {"Value": "v", ...}}}. */
  private static Map<String, String> messageAttributes(Map<String, Object> attributes, String valueField) {
    Map<String, String> values = new LinkedHashMap<>();
    if (attributes != null) {
      for (Map.Entry<String, Object> entry : attributes.entrySet()) {
        if (entry.getValue() instanceof Map && ((Map<?, ?>) entry.getValue()).get(valueField) instanceof String) {
          values.put(entry.getKey(), (String) ((Map<?, ?>) entry.getValue()).get(valueField));
        }
      }
    }
    return values;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String lastPart(String text, char separator) {
    return text.substring(text.lastIndexOf(separator) + 1);
  }

  /** S3 keys come URL-encoded with {@code +} for spaces. */
  private static String decodeKey(String key) {
    try {
      return URLDecoder.decode(key, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return key; // not encoded after all: keep it as sent
    }
  }

  // ---------------------------------------------------------------- DynamoDB JSON

  private static Optional<DynamoImage> image(Map<String, Object> change, String field, String where) {
    Map<String, Object> image = object(change, field, where);
    if (image == null) {
      return Optional.empty();
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : image.entrySet()) {
      attributes.put(entry.getKey(), attribute(entry.getValue(), where + "." + field + "." + entry.getKey()));
    }
    return Optional.of(new DynamoImage(attributes));
  }

  /** One {@code {"S": "..."}}-style attribute value. */
  private static Object attribute(Object typed, String where) {
    if (!(typed instanceof Map) || ((Map<?, ?>) typed).size() != 1) {
      throw new BadEventException("DynamoDB attribute " + where + " must be an object with one type key");
    }
    Map.Entry<?, ?> entry = ((Map<?, ?>) typed).entrySet().iterator().next();
    Object value = entry.getValue();
    try {
      switch ((String) entry.getKey()) {
        case "S":
          return (String) value;
        case "N":
          return new BigDecimal((String) value);
        case "BOOL":
          return (Boolean) value;
        case "NULL":
          return null;
        case "B":
          return Base64.getDecoder().decode((String) value);
        case "SS":
          return List.copyOf(strings(value));
        case "NS":
          List<BigDecimal> numbers = new ArrayList<>();
          for (String number : strings(value)) {
            numbers.add(new BigDecimal(number));
          }
          return List.copyOf(numbers);
        case "BS":
          List<byte[]> binaries = new ArrayList<>();
          for (String binary : strings(value)) {
            binaries.add(Base64.getDecoder().decode(binary));
          }
          return List.copyOf(binaries);
        case "L":
          List<Object> list = new ArrayList<>();
          int i = 0;
          for (Object element : (List<?>) value) {
            list.add(attribute(element, where + "[" + i++ + "]"));
          }
          return java.util.Collections.unmodifiableList(list);
        case "M":
          Map<String, Object> map = new LinkedHashMap<>();
          for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
            map.put((String) member.getKey(), attribute(member.getValue(), where + "." + member.getKey()));
          }
          return java.util.Collections.unmodifiableMap(map);
        default:
          throw new BadEventException("DynamoDB attribute " + where + " has the unknown type " + entry.getKey());
      }
    } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
      throw new BadEventException("DynamoDB attribute " + where + " is not a valid " + entry.getKey() + " value");
    }
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    for (Object element : (List<?>) value) {
      strings.add((String) element);
    }
    return strings;
  }
}
