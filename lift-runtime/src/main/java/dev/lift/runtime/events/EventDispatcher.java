package dev.lift.runtime.events;

/**
 * Implemented by the generated entry class of an application with event handlers: each method
 * switches on the key (queue, bucket, table, topic, source, route key) and calls the bound handler
 * through its middleware. A method returns {@code false} when no handler is bound to the key, and
 * the runtime then fails the invocation with {@link UnhandledEventException}. The defaults are for
 * kinds the application binds nothing to.
 */
public interface EventDispatcher {
  /** Whether any handler of {@code kind} is declared. */
  boolean handles(EventKind kind);

  default boolean sqs(SqsMessage message, EventExchange exchange) throws Exception {
    return false;
  }

  default boolean s3(S3Notification notification, EventExchange exchange) throws Exception {
    return false;
  }

  default boolean sns(SnsMessage message, EventExchange exchange) throws Exception {
    return false;
  }

  default boolean dynamoDb(DynamoDbRecord record, EventExchange exchange) throws Exception {
    return false;
  }

  default boolean eventBridge(EventBridgeEvent event, EventExchange exchange) throws Exception {
    return false;
  }

  /** The handler's response, or {@code null} when no handler (not even {@code $default}) is bound. */
  default WebSocketResponse webSocket(WebSocketRequest request, EventExchange exchange) throws Exception {
    return null;
  }
}
