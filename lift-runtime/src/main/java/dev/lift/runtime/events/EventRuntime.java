package dev.lift.runtime.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.error.ErrorLog;
import dev.lift.runtime.error.ErrorResponses;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Serves one invocation of an application that has event handlers: recognises the event's kind
 * ({@link EventClassifier}), hands HTTP events to {@link LiftRuntime}, and runs the others through
 * the generated {@link EventDispatcher}, one message or record at a time.
 *
 * <ul>
 *   <li><b>SQS</b>: every message is handled; one that fails (its handler or middleware throws,
 *       or its body does not decode) is logged with its id and listed in {@code batchItemFailures},
 *       so Lambda retries only those (the event source mapping needs {@code
 *       ReportBatchItemFailures}). In a FIFO queue, once a message of a group failed, the group's
 *       later messages are reported failed without being handled, keeping the group's order.
 *   <li><b>DynamoDB Streams</b>: records are handled in order; at the first failure processing
 *       stops and the exception fails the invocation, or, for handlers declared with {@code
 *       reportBatchItemFailures = true}, its sequence number is the one {@code batchItemFailures}
 *       entry, from which Lambda retries.
 *   <li><b>EventBridge, S3, SNS</b>: an exception fails the invocation, so Lambda's retry and
 *       dead-letter settings apply. Nothing is written on success.
 *   <li><b>WebSocket</b>: the handler's answer in API Gateway's shape; a route key without handler
 *       goes to {@code $default} when one is declared (the generated dispatcher decides), else the
 *       standard error body with 404; an exception answers the error body (500 {@code INTERNAL},
 *       logged, or a {@link LiftError}'s status).
 *   <li>A kind, queue, table, bucket, topic, rule or source no handler is bound to fails the
 *       invocation with {@link UnhandledEventException} naming it.
 * </ul>
 *
 * <p>The event is read into memory first (Lambda caps it at 6 MB) so that it can be classified and
 * then decoded; HTTP events then go through the usual streaming decoder.
 */
public final class EventRuntime {
  private final LiftRuntime http;
  private final EventDispatcher events;
  private final String application;

  /** @param application how messages name the application, its entry class's simple name */
  public EventRuntime(LiftRuntime http, EventDispatcher events, String application) {
    this.http = Objects.requireNonNull(http, "http");
    this.events = Objects.requireNonNull(events, "events");
    this.application = Objects.requireNonNull(application, "application");
  }

  public void handle(InputStream in, OutputStream out, Context context) throws IOException {
    byte[] event = in.readAllBytes();
    EventClassifier.Classification classification = EventClassifier.classify(event);
    EventKind kind = classification.kind();
    if (kind == null) {
      if (classification.recordSource() != null) {
        throw new UnhandledEventException(application + " received a batch of records from '"
            + classification.recordSource() + "', a source Lift does not serve");
      }
      http.handle(new ByteArrayInputStream(event), out, context);
      return;
    }
    if (!events.handles(kind)) {
      throw new UnhandledEventException(application + " has no handler for " + kind.description()
          + ": it declares no " + kind.annotation() + " method");
    }
    try {
      switch (kind) {
        case SQS:
          writeBatchFailures(sqs(EventDecoder.sqs(event), context), out);
          break;
        case DYNAMODB_STREAMS:
          writeBatchFailures(dynamoDb(EventDecoder.dynamoDb(event), context), out);
          break;
        case S3:
          s3(EventDecoder.s3(event), context);
          break;
        case SNS:
          sns(EventDecoder.sns(event), context);
          break;
        case EVENTBRIDGE:
          eventBridge(EventDecoder.eventBridge(event), context);
          break;
        default:
          writeWebSocket(webSocket(EventDecoder.webSocket(event), context), out);
      }
    } catch (RuntimeException | Error | IOException e) {
      throw e;
    } catch (Exception e) {
      throw new EventHandlerException(e);
    }
  }

  // ---------------------------------------------------------------- batches with partial failures

  private List<String> sqs(List<SqsMessage> messages, Context context) throws Exception {
    List<String> failures = new ArrayList<>();
    Set<String> failedGroups = new HashSet<>();
    for (SqsMessage message : messages) {
      String group = message.messageGroupId();
      if (group != null && failedGroups.contains(group)) {
        failures.add(message.messageId()); // unprocessed: an earlier message of its group failed
        continue;
      }
      EventExchange exchange = new EventExchange(EventKind.SQS, message.queueName(), message.messageId(), context);
      try {
        if (!events.sqs(message, exchange)) {
          throw new UnhandledEventException(application + " has no @Sqs handler for queue '"
              + message.queueName() + "' (" + message.eventSourceArn() + ")");
        }
      } catch (UnhandledEventException e) {
        throw e;
      } catch (Throwable t) {
        rethrowFatal(t);
        ErrorLog.eventFailure("SQS message " + message.messageId() + " of queue " + message.queueName()
            + " failed" + (group == null ? "" : " (message group " + group + ")")
            + "; reported in batchItemFailures", t, exchange.requestId(), exchange.traceId());
        failures.add(message.messageId());
        if (group != null) {
          failedGroups.add(group);
        }
      }
    }
    return failures;
  }

  private List<String> dynamoDb(List<DynamoDbRecord> records, Context context) throws Exception {
    for (DynamoDbRecord record : records) {
      EventExchange exchange =
          new EventExchange(EventKind.DYNAMODB_STREAMS, record.tableName(), record.sequenceNumber(), context);
      try {
        if (!events.dynamoDb(record, exchange)) {
          throw new UnhandledEventException(application + " has no @DynamoDbStream handler for table '"
              + record.tableName() + "' (" + record.eventSourceArn() + ")");
        }
      } catch (UnhandledEventException e) {
        throw e;
      } catch (Throwable t) {
        rethrowFatal(t);
        if (!exchange.reportsBatchItemFailures()) {
          throw t; // fails the invocation: Lambda retries the batch
        }
        ErrorLog.eventFailure("DynamoDB Streams record " + record.sequenceNumber() + " (" + record.changeType()
            + ") of table " + record.tableName() + " failed; reported in batchItemFailures, later records"
            + " are retried with it", t, exchange.requestId(), exchange.traceId());
        return List.of(record.sequenceNumber());
      }
    }
    return List.of();
  }

  // ---------------------------------------------------------------- failures fail the invocation

  private void s3(List<S3Notification> notifications, Context context) throws Exception {
    for (S3Notification notification : notifications) {
      EventExchange exchange = new EventExchange(EventKind.S3, notification.bucket(), notification.key(), context);
      if (!events.s3(notification, exchange)) {
        throw new UnhandledEventException(application + " has no @S3 handler for bucket '" + notification.bucket()
            + "', key '" + notification.key() + "', event " + notification.eventName());
      }
    }
  }

  private void sns(List<SnsMessage> messages, Context context) throws Exception {
    for (SnsMessage message : messages) {
      EventExchange exchange = new EventExchange(EventKind.SNS, message.topicName(), message.messageId(), context);
      if (!events.sns(message, exchange)) {
        throw new UnhandledEventException(application + " has no @Sns handler for topic '" + message.topicName()
            + "' (" + message.topicArn() + ")");
      }
    }
  }

  private void eventBridge(EventBridgeEvent event, Context context) throws Exception {
    String key = event.scheduled() && event.ruleName() != null ? event.ruleName() : event.source();
    EventExchange exchange = new EventExchange(EventKind.EVENTBRIDGE, key, event.id(), context);
    if (!events.eventBridge(event, exchange)) {
      throw new UnhandledEventException(event.scheduled() && event.ruleName() != null
          ? application + " has no @Schedule handler for rule '" + event.ruleName() + "' (" + event.ruleArn()
              + ") nor an @EventBridge handler for source 'aws.events' and detail-type 'Scheduled Event'"
          : application + " has no @EventBridge handler for source '" + event.source() + "' and detail-type '"
              + event.detailType() + "'");
    }
  }

  // ---------------------------------------------------------------- WebSocket

  private WebSocketResponse webSocket(WebSocketRequest request, Context context) {
    EventExchange exchange = new EventExchange(EventKind.WEBSOCKET, request.routeKey(),
        request.messageId() != null ? request.messageId() : request.requestId(), context);
    String requestId = exchange.requestId() != null ? exchange.requestId() : request.requestId();
    try {
      WebSocketResponse response = events.webSocket(request, exchange);
      if (response == null) {
        return error(LiftError.notFound("No WebSocket route for route key '" + request.routeKey()
            + "' and no $default route"), requestId, exchange);
      }
      return response;
    } catch (Throwable t) {
      // Not catch (LiftError): the verifier would load it for every cold start (see Failures).
      if (t instanceof LiftError) {
        LiftError e = (LiftError) t;
        if (e.status() >= 500) {
          ErrorLog.eventFailure("WebSocket route " + request.routeKey() + " failed", e, requestId, exchange.traceId());
        }
        return error(e, requestId, exchange);
      }
      rethrowFatal(t);
      ErrorLog.eventFailure("WebSocket route " + request.routeKey() + " of connection " + request.connectionId()
          + " failed", t, requestId, exchange.traceId());
      return error(LiftError.internal(), requestId, exchange);
    }
  }

  private static WebSocketResponse error(LiftError error, String requestId, EventExchange exchange) {
    return new WebSocketResponse(error.status(), ErrorResponses.of(error, requestId, exchange.traceId()).body());
  }

  // ---------------------------------------------------------------- writing

  /** {@code {"batchItemFailures":[{"itemIdentifier":"..."}]}}, the list empty when all went well. */
  static void writeBatchFailures(List<String> failed, OutputStream out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("batchItemFailures");
      for (String id : failed) {
        json.writeStartObject();
        json.writeStringField("itemIdentifier", id);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  static void writeWebSocket(WebSocketResponse response, OutputStream out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeNumberField("statusCode", response.statusCode());
      if (response.body() != null) {
        json.writeStringField("body", response.body());
      }
      json.writeEndObject();
    }
  }

  /** Leaves {@code out} open, as the HTTP encoder does: Lambda's runtime owns it. */
  private static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator json = Json.FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json;
  }

  /** Out of memory and the like fail the invocation, so Lambda replaces the environment. */
  private static void rethrowFatal(Throwable t) {
    if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
      throw (VirtualMachineError) t;
    }
    if (t instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }
}
