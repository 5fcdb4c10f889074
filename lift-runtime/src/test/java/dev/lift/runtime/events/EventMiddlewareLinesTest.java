package dev.lift.runtime.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.metrics.Metrics;
import dev.lift.runtime.middleware.AccessLogMiddleware;
import dev.lift.runtime.middleware.MetricsConfig;
import dev.lift.runtime.middleware.MetricsMiddleware;
import dev.lift.runtime.testing.JsonTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in access log and metrics write one line per event, with the source as a dimension. */
class EventMiddlewareLinesTest {
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @Test
  void accessLogLineOfAFailedSqsMessage() throws Exception {
    AccessLogMiddleware accessLog = new AccessLogMiddleware(out) {};
    EventExchange exchange = new EventExchange(EventKind.SQS, "orders", "m-1", null);
    exchange.handler("Orders.onMessage");
    exchange.failed(new IllegalStateException("boom"));
    accessLog.after(exchange);

    Map<String, Object> line = JsonTree.object(output.toString(StandardCharsets.UTF_8).trim());
    assertEquals("event", line.get("type"));
    assertEquals("aws:sqs", line.get("source"));
    assertEquals("orders", line.get("key"));
    assertEquals("Orders.onMessage", line.get("handler"));
    assertEquals("m-1", line.get("item_id"));
    assertEquals("failed", line.get("outcome"));
    assertEquals("java.lang.IllegalStateException", line.get("error"));
    assertFalse(output.toString(StandardCharsets.UTF_8).contains("boom"), "no exception message in the access log");
  }

  @Test
  void metricsLineHasTheSourceAndKeyAsDimensions() throws Exception {
    MetricsMiddleware metrics = new MetricsMiddleware(new MetricsConfig("Shop", "orders-fn"), out) {};
    EventExchange exchange = new EventExchange(EventKind.S3, "uploads", "images/a.png", null);
    exchange.metrics().add("Bytes", 1024, Metrics.Unit.BYTES);
    metrics.after(exchange);

    Map<String, Object> line = JsonTree.object(output.toString(StandardCharsets.UTF_8).trim());
    assertEquals("aws:s3", line.get("Source"));
    assertEquals("uploads", line.get("Key"));
    assertEquals("orders-fn", line.get("Service"));
    assertEquals(1, ((Number) line.get("Events")).intValue());
    assertEquals(0, ((Number) line.get("Failures")).intValue());
    assertEquals(1024, ((Number) line.get("Bytes")).intValue());
    Map<String, Object> aws = JsonTree.objectAt(line, "_aws");
    String declared = aws.toString();
    assertTrue(declared.contains("[Service, Source, Key]"), declared);
    assertEquals("images/a.png", line.get("item_id"));
  }
}
