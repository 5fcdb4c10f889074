package dev.lift.runtime.events;

/** The kinds of non-HTTP events Lift serves, with the {@code eventSource} AWS gives each. */
public enum EventKind {
  SQS("aws:sqs", "an SQS batch", "@Sqs"),
  S3("aws:s3", "an S3 notification", "@S3"),
  SNS("aws:sns", "an SNS notification", "@Sns"),
  DYNAMODB_STREAMS("aws:dynamodb", "a DynamoDB Streams batch", "@DynamoDbStream"),
  EVENTBRIDGE("aws.events", "an EventBridge event", "@EventBridge or @Schedule"),
  WEBSOCKET("aws:apigateway:websocket", "an API Gateway WebSocket event", "@WebSocket");

  private final String source;
  private final String description;
  private final String annotation;

  EventKind(String source, String description, String annotation) {
    this.source = source;
    this.description = description;
    this.annotation = annotation;
  }

  /**
   * The source as logs and metrics name it: the records' {@code eventSource} ({@code aws:sqs}),
   * {@code aws.events} for EventBridge, {@code aws:apigateway:websocket} for WebSocket.
   */
  public String source() {
    return source;
  }

  /** {@code "an SQS batch"}, for messages. */
  public String description() {
    return description;
  }

  /** The annotation that binds handlers of this kind, for messages. */
  public String annotation() {
    return annotation;
  }
}
