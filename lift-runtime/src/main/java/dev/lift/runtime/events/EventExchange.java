package dev.lift.runtime.events;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.metrics.Metrics;
import java.util.HashMap;
import java.util.Map;

/**
 * One message, record or event on its way through the event middleware and its handler: what
 * {@link dev.lift.runtime.http.Exchange} is to an HTTP request. The runtime creates one per unit
 * handled (per SQS message, per DynamoDB record, per S3 record...), so an SQS batch of ten makes ten
 * access-log lines and ten metrics data points.
 */
public final class EventExchange {

  private final EventKind kind;
  private final String key;
  private final String itemId;
  private final Context context;
  private final long startNanos;
  private final boolean coldStart;
  private String handler;
  private boolean reportBatchItemFailures;
  private String requestId;
  private Throwable error;
  private Map<String, Object> attributes;
  private Metrics metrics;

  /**
   * @param key what handlers are bound by: the queue, bucket, table or topic name, the EventBridge
   *     source, the WebSocket route key
   * @param itemId the message id, sequence number, event id or S3 object key
   */
  public EventExchange(EventKind kind, String key, String itemId, Context context) {
    this.kind = kind;
    this.key = key;
    this.itemId = itemId;
    this.context = context;
    this.startNanos = System.nanoTime();
    this.coldStart = Exchange.takeColdStart(); // one flag for HTTP and events alike
  }

  public EventKind kind() {
    return kind;
  }

  /** {@code aws:sqs}, {@code aws.events}...: the source as logs and metrics name it. */
  public String source() {
    return kind.source();
  }

  public String key() {
    return key;
  }

  public String itemId() {
    return itemId;
  }

  /** The Lambda context, or {@code null} outside Lambda (tests). */
  public Context context() {
    return context;
  }

  /** The handler that serves the event, {@code Orders.onPlaced}; {@code null} before dispatch. */
  public String handler() {
    return handler;
  }

  /** Set by the generated dispatcher once it chose the handler. */
  public void handler(String handler) {
    this.handler = handler;
  }

  /**
   * Whether a failure of this DynamoDB Streams record is reported in {@code batchItemFailures}
   * rather than failing the invocation ({@code @DynamoDbStream(reportBatchItemFailures = true)}).
   */
  public boolean reportsBatchItemFailures() {
    return reportBatchItemFailures;
  }

  /** Set by the generated dispatcher for handlers declared so. */
  public void reportBatchItemFailures(boolean report) {
    this.reportBatchItemFailures = report;
  }

  public boolean coldStart() {
    return coldStart;
  }

  public String requestId() {
    if (requestId == null && context != null) {
      requestId = context.getAwsRequestId();
    }
    return requestId;
  }

  /** The invocation's X-Ray trace, or {@code null}. */
  public String traceId() {
    return Exchange.traceId(null);
  }

  /** What failed the handler or a middleware, or {@code null} while all went well. */
  public Throwable error() {
    return error;
  }

  /** Recorded by the generated code on the way out of each layer; the first error stays. */
  public void failed(Throwable error) {
    if (this.error == null) {
      this.error = error;
    }
  }

  @SuppressWarnings("unchecked")
  public <T> T attribute(String name) {
    return attributes == null ? null : (T) attributes.get(name);
  }

  public void attribute(String name, Object value) {
    if (attributes == null) {
      attributes = new HashMap<>(4);
    }
    attributes.put(name, value);
  }

  public Metrics metrics() {
    if (metrics == null) {
      metrics = new Metrics();
    }
    return metrics;
  }

  public boolean hasMetrics() {
    return metrics != null;
  }

  public double elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000.0;
  }

  /** For tests: the next exchange, HTTP or event, counts as a cold start again. */
  public static void resetColdStart() {
    Exchange.resetColdStart();
  }
}
