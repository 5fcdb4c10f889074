package dev.lift.runtime.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lift.runtime.testing.Events;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every AWS sample is recognised as the kind it is, and HTTP events are left to the HTTP decoder. */
class EventClassifierTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "sqs_event_product.json, SQS",
    "sqs_event_nobody.json, SQS",
    "s3_event.json, S3",
    "cloudwatch_event.json, EVENTBRIDGE",
    "apigw_websocket_event.json, WEBSOCKET",
  })
  void recognisesEachNonHttpSample(String sample, EventKind kind) {
    assertEquals(kind, EventClassifier.classify(Events.bytes(sample)).kind());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"apigw_http_event.json", "apigw_rest_event.json", "apigw_v1_alt_apigw_event.json",
      "apigw_v1_alt_apigw_event_nobody.json", "elb_event.json"})
  void leavesHttpSamplesToTheHttpDecoder(String sample) {
    EventClassifier.Classification classification = EventClassifier.classify(Events.bytes(sample));
    assertNull(classification.kind());
    assertNull(classification.recordSource());
  }

  @Test
  void snsAndDynamoDbBatchesByTheirFirstRecordsSource() {
    assertEquals(EventKind.SNS, classify("{\"Records\":[{\"EventVersion\":\"1.0\",\"EventSource\":\"aws:sns\"}]}"));
    assertEquals(EventKind.DYNAMODB_STREAMS, classify("{\"Records\":[{\"eventSource\":\"aws:dynamodb\"}]}"));
  }

  @Test
  void aBatchOfAnUnservedSourceKeepsTheSourceForTheMessage() {
    EventClassifier.Classification classification = EventClassifier.classify(
        "{\"Records\":[{\"kinesis\":{\"data\":\"eA==\"},\"eventSource\":\"aws:kinesis\"}]}".getBytes(StandardCharsets.UTF_8));
    assertNull(classification.kind());
    assertEquals("aws:kinesis", classification.recordSource());
  }

  @Test
  void anHttpApiEventWithRouteKeyIsNotWebSocket() {
    assertNull(classify("{\"requestContext\":{\"routeKey\":\"$default\",\"http\":{\"method\":\"GET\"}}}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "42", "{", "{\"Records\":5}", "{\"Records\":[]}", "{\"requestContext\":null}"})
  void brokenOrEmptyDocumentsClassifyAsNothing(String json) {
    assertNull(classify(json));
  }

  private static EventKind classify(String json) {
    return EventClassifier.classify(json.getBytes(StandardCharsets.UTF_8)).kind();
  }
}
