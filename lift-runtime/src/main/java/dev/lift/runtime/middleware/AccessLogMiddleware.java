package dev.lift.runtime.middleware;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.lift.runtime.events.EventExchange;
import dev.lift.runtime.events.EventMiddleware;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Writes one JSON line per request to standard output, which Lambda sends to CloudWatch Logs as
 * one event that Logs Insights can query by field:
 *
 * <pre>{@code
 * {"type":"access","method":"GET","path":"/users/42","route":"GET /users/{id}","status":200,
 *  "duration_ms":3.412,"request_id":"...","trace_id":"Root=1-...","cold_start":false,
 *  "correlation_id":"..."}
 * }</pre>
 *
 * {@code route} is {@code null} when no route matched; {@code trace_id} is left out when unknown
 * and {@code correlation_id} when the request has none (see {@link RequestIdMiddleware}). The line
 * is written in {@link #after}, before the response leaves, because Lambda may freeze the
 * environment as soon as it has the response. Apply it outermost, so that the status is the one
 * sent and the duration covers every other layer.
 *
 * <p>It is an {@link EventMiddleware} too: each SQS message, DynamoDB record, S3 or SNS record,
 * EventBridge or WebSocket event handled makes one line
 *
 * <pre>{@code
 * {"type":"event","source":"aws:sqs","key":"orders","handler":"Orders.onMessage","item_id":"059f36b4-...",
 *  "outcome":"failed","error":"java.lang.IllegalStateException","duration_ms":1.207,"request_id":"...",
 *  "cold_start":false}
 * }</pre>
 *
 * ({@code key} is the queue, bucket, table, topic, rule, EventBridge source or route key; {@code
 * error} only on failures; {@code trace_id} when known).
 */
public class AccessLogMiddleware implements Middleware, EventMiddleware {
  /** {@code null}: {@link System#out} as it is when the line is written. */
  private final PrintStream out;

  public AccessLogMiddleware() {
    this(null);
  }

  /** Writes lines to {@code out} instead of standard output ({@code null}: standard output). */
  protected AccessLogMiddleware(PrintStream out) {
    this.out = out;
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    PrintStream stream = out != null ? out : System.out;
    stream.println(line(exchange, response.status()));
    stream.flush();
    return response;
  }

  @Override
  public void after(EventExchange exchange) {
    PrintStream stream = out != null ? out : System.out;
    stream.println(line(exchange));
    stream.flush();
  }

  static String line(EventExchange exchange) {
    SegmentedStringWriter text = new SegmentedStringWriter(Json.FACTORY._getBufferRecycler());
    try {
      try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
        json.writeStartObject();
        json.writeStringField("type", "event");
        json.writeStringField("source", exchange.source());
        json.writeStringField("key", exchange.key());
        json.writeStringField("handler", exchange.handler());
        json.writeStringField("item_id", exchange.itemId());
        json.writeStringField("outcome", exchange.error() == null ? "ok" : "failed");
        if (exchange.error() != null) {
          json.writeStringField("error", exchange.error().getClass().getName());
        }
        json.writeNumberField("duration_ms", Math.round(exchange.elapsedMillis() * 1000) / 1000.0);
        json.writeStringField("request_id", exchange.requestId());
        String traceId = exchange.traceId();
        if (traceId != null) {
          json.writeStringField("trace_id", traceId);
        }
        json.writeBooleanField("cold_start", exchange.coldStart());
        json.writeEndObject();
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String line(Exchange exchange, int status) {
    SegmentedStringWriter text = new SegmentedStringWriter(Json.FACTORY._getBufferRecycler());
    try {
      try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
        json.writeStartObject();
        json.writeStringField("type", "access");
        json.writeStringField("method", exchange.request().method());
        json.writeStringField("path", exchange.request().path());
        json.writeStringField("route", exchange.route());
        json.writeNumberField("status", status);
        json.writeNumberField("duration_ms", Math.round(exchange.elapsedMillis() * 1000) / 1000.0);
        json.writeStringField("request_id", exchange.requestId());
        String traceId = exchange.traceId();
        if (traceId != null) {
          json.writeStringField("trace_id", traceId);
        }
        json.writeBooleanField("cold_start", exchange.coldStart());
        if (exchange.correlationId() != null) {
          json.writeStringField("correlation_id", exchange.correlationId());
        }
        json.writeEndObject();
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
