package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.SharedEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Events that are not HTTP requests have nobody to answer: the invocation fails with a message
 * that says what was received, and nothing is written.
 */
class NonHttpEventsTest {
  private final LiftTestApi handler = new LiftTestApi();

  @Test
  void sqsBatchFailsTheInvocationSayingItIsABatch() {
    String message = failure("sqs_event_product.json");
    assertTrue(message.contains("Records"), message);
    assertTrue(message.contains("SQS"), message);
  }

  @Test
  void sqsBatchWithoutBodyFailsTheInvocationSayingItIsABatch() {
    String message = failure("sqs_event_nobody.json");
    assertTrue(message.contains("Records"), message);
  }

  @Test
  void s3NotificationFailsTheInvocationSayingItIsABatch() {
    String message = failure("s3_event.json");
    assertTrue(message.contains("Records"), message);
    assertTrue(message.contains("S3"), message);
  }

  @Test
  void cloudWatchScheduledEventFailsTheInvocationSayingItIsAnEventBridgeEvent() {
    String message = failure("cloudwatch_event.json");
    assertTrue(message.contains("detail-type"), message);
    assertTrue(message.contains("EventBridge"), message);
  }

  @Test
  void webSocketEventFailsTheInvocationSayingItIsAWebSocketEvent() {
    String message = failure("apigw_websocket_event.json");
    assertTrue(message.contains("WebSocket"), message);
  }

  /** Runs the sample, asserts the invocation failed without output, returns the message. */
  private String failure(String sample) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] event = SharedEvents.text(sample).getBytes(StandardCharsets.UTF_8);
    RuntimeException thrown = assertThrows(RuntimeException.class,
        () -> handler.handleRequest(new ByteArrayInputStream(event), out, Lambda.newContext()));
    assertEquals(0, out.size(), "nothing is written for a non-HTTP event");
    String message = thrown.getMessage();
    assertTrue(message != null && message.startsWith("Not an HTTP event: received "), String.valueOf(message));
    assertTrue(message.contains("API Gateway"), "says what is supported: " + message);
    return message;
  }
}
