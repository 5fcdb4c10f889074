package dev.lift.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.LiftConfig;
import dev.lift.runtime.testing.Events;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents that are no HTTP event fail the invocation with a message saying what came in. */
class NotAnHttpEventTest {

  static String failureFor(byte[] event) {
    return assertThrows(NotAnHttpEventException.class, () ->
        HttpEvents.decode(new ByteArrayInputStream(event), LiftConfig.defaults()))
        .getMessage();
  }

  static String failureFor(String event) {
    return failureFor(event.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqs_event_product.json", "sqs_event_nobody.json", "s3_event.json"})
  void batchesAreNamedAsSuch(String sample) {
    assertEquals(
        "Not an HTTP event: received a JSON object with fields [Records] (an SQS, S3, SNS or"
            + " DynamoDB Streams batch?); Lift handlers serve API Gateway REST and HTTP API,"
            + " Lambda function URL and ALB events",
        failureFor(Events.bytes(sample)));
  }

  @Test
  void eventBridgeEventListsItsFields() {
    String message = failureFor(Events.bytes("cloudwatch_event.json"));

    assertTrue(message.startsWith(
        "Not an HTTP event: received a JSON object with fields [version, id, detail-type, source,"
            + " account, time, region, resources, ... 1 more] (an EventBridge event?)"), message);
  }

  @Test
  void webSocketEventIsNotAnHttpRoute() {
    String message = failureFor(Events.bytes("apigw_websocket_event.json"));

    assertTrue(message.startsWith(
        "Not an HTTP event: received an API Gateway WebSocket event (CONNECT)"), message);
  }

  @Test
  void webSocketMessageWithoutEventTypeIsRecognisedByConnectionId() {
    String message = failureFor(
        "{\"httpMethod\":\"GET\",\"path\":\"/\",\"requestContext\":{\"connectionId\":\"abc=\"}}");

    assertTrue(message.contains("WebSocket"), message);
  }

  @Test
  void otherJsonValuesAreNamedByType() {
    assertTrue(failureFor("[{\"httpMethod\":\"GET\"}]").startsWith("Not an HTTP event: received a JSON array"));
    assertTrue(failureFor("42").startsWith("Not an HTTP event: received a JSON number"));
    assertTrue(failureFor("\"GET /\"").startsWith("Not an HTTP event: received a JSON string"));
    assertTrue(failureFor("null").startsWith("Not an HTTP event: received JSON null"));
    assertTrue(failureFor("{}").startsWith("Not an HTTP event: received an empty JSON object"));
    assertTrue(failureFor("").startsWith("Not an HTTP event: received an empty payload"));
  }

  @Test
  void aLambdaDestinationRecordIsNotTakenForARestApiEvent() {
    // version 1.0 and a requestContext, like a REST API event, but no HTTP field.
    String message = failureFor(
        "{\"version\":\"1.0\",\"timestamp\":\"2019-11-14T18:16:05.568Z\","
            + "\"requestContext\":{\"requestId\":\"e4b46cbf\",\"condition\":\"RetriesExhausted\"},"
            + "\"requestPayload\":{},\"responsePayload\":null}");

    assertTrue(message.startsWith(
        "Not an HTTP event: received a JSON object with fields [version, timestamp,"
            + " requestContext, requestPayload, responsePayload]"), message);
  }

  @Test
  void longFieldNamesAreShortened() {
    String name = "x".repeat(500);
    String message = failureFor("{\"" + name + "\":1}");

    assertTrue(message.contains("[" + "x".repeat(40) + "...]"), message);
  }
}
