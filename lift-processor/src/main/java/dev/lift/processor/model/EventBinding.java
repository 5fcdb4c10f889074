package dev.lift.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * What an event handler is bound to, as read from its annotation.
 *
 * @param key what the generated switch compares: the queue, topic, table or bucket name, the rule
 *     name, the EventBridge source, the WebSocket route key
 * @param arn the ARN when the annotation gave one (SQS, SNS, schedules), compared as well
 * @param detailType EventBridge only; empty for any detail type
 * @param prefix S3 key prefix, empty for any
 * @param suffix S3 key suffix, empty for any
 * @param s3Events S3 event names ({@code ObjectCreated:*}), empty for any
 * @param batchItemFailures DynamoDB Streams: report a failed record instead of failing the invocation
 */
public record EventBinding(
    Kind kind,
    String key,
    Optional<String> arn,
    String detailType,
    String prefix,
    String suffix,
    List<String> s3Events,
    boolean batchItemFailures) {
  public EventBinding {
    s3Events = List.copyOf(s3Events);
  }

  public static EventBinding of(Kind kind, String key, Optional<String> arn) {
    return new EventBinding(kind, key, arn, "", "", "", List.of(), false);
  }

  /** The kinds, each with its annotation. */
  public enum Kind {
    SQS("Sqs", "SqsMessage", "the body of SQS message "),
    SCHEDULE("Schedule", "EventBridgeEvent", "the detail of EventBridge event "),
    EVENTBRIDGE("EventBridge", "EventBridgeEvent", "the detail of EventBridge event "),
    S3("S3", "S3Notification", null),
    DYNAMODB_STREAM("DynamoDbStream", "DynamoDbRecord", null),
    SNS("Sns", "SnsMessage", "the Message of SNS message "),
    WEBSOCKET("WebSocket", "WebSocketRequest", "the body of the WebSocket message on route ");

    private final String annotation;
    private final String eventType;
    private final String bodyDescription;

    Kind(String annotation, String eventType, String bodyDescription) {
      this.annotation = annotation;
      this.eventType = eventType;
      this.bodyDescription = bodyDescription;
    }

    /** The simple name of the annotation, {@code Sqs}. */
    public String annotation() {
      return annotation;
    }

    public String qualifiedAnnotation() {
      return "dev.lift.annotations." + annotation;
    }

    /** The simple name of the runtime type handlers receive, in {@code dev.lift.runtime.events}. */
    public String eventType() {
      return eventType;
    }

    /** Whether a {@code @Body} parameter can be bound, and how errors name it. */
    public Optional<String> bodyDescription() {
      return Optional.ofNullable(bodyDescription);
    }
  }

  /** {@code @Sqs("orders")}, {@code @S3(bucket = "b", prefix = "in/")}: how messages and comments show it. */
  public String describe() {
    switch (kind) {
      case EVENTBRIDGE:
        return "@EventBridge(source = \"" + key + "\"" + (detailType.isEmpty() ? "" : ", detailType = \"" + detailType + "\"") + ")";
      case S3:
        StringBuilder text = new StringBuilder("@S3(bucket = \"" + key + "\"");
        if (!prefix.isEmpty()) {
          text.append(", prefix = \"").append(prefix).append('"');
        }
        if (!suffix.isEmpty()) {
          text.append(", suffix = \"").append(suffix).append('"');
        }
        if (!s3Events.isEmpty()) {
          text.append(", events = ").append(s3Events);
        }
        return text.append(')').toString();
      case DYNAMODB_STREAM:
        return batchItemFailures
            ? "@DynamoDbStream(value = \"" + key + "\", reportBatchItemFailures = true)"
            : "@DynamoDbStream(\"" + key + "\")";
      default:
        return "@" + kind.annotation() + "(\"" + arn.orElse(key) + "\")";
    }
  }
}
