package dev.lift.runtime.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.testing.Events;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AWS samples, and built events of the kinds the samples lack, decode into the records handlers get. */
class EventDecoderTest {
  @Test
  void sqsSample() {
    List<SqsMessage> messages = EventDecoder.sqs(Events.bytes("sqs_event_product.json"));

    assertEquals(1, messages.size());
    SqsMessage message = messages.get(0);
    assertEquals("d9144555-9a4f-4ec3-99a0-34ce359b4b54", message.messageId());
    assertEquals("TestLambda", message.queueName());
    assertEquals("arn:aws:sqs:eu-central-1:123456789012:TestLambda", message.eventSourceArn());
    assertTrue(message.body().contains("\"name\": \"Product1234\""));
    assertEquals("1", message.attributes().get("ApproximateReceiveCount"));
    assertNull(message.messageGroupId());
    assertEquals("eu-central-1", message.awsRegion());
  }

  @Test
  void sqsSampleWithoutBody() {
    assertEquals("", EventDecoder.sqs(Events.bytes("sqs_event_nobody.json")).get(0).body());
  }

  @Test
  void s3Sample() {
    S3Notification notification = EventDecoder.s3(Events.bytes("s3_event.json")).get(0);

    assertEquals("example-bucket", notification.bucket());
    assertEquals("test/key", notification.key());
    assertEquals("ObjectCreated:Put", notification.eventName());
    assertEquals(1024, notification.size());
    assertEquals("0123456789abcdef0123456789abcdef", notification.eTag());
    assertTrue(notification.eventIs("ObjectCreated:*"));
    assertTrue(notification.eventIs("ObjectCreated:Put"));
    assertFalse(notification.eventIs("ObjectCreated:Copy"));
    assertFalse(notification.eventIs("ObjectRemoved:*"));
  }

  @Test
  void scheduledEventSample() {
    EventBridgeEvent event = EventDecoder.eventBridge(Events.bytes("cloudwatch_event.json"));

    assertTrue(event.scheduled());
    assertEquals("demoschedule", event.ruleName());
    assertEquals("arn:aws:events:eu-central-1:123456789012:rule/demoschedule", event.ruleArn());
    assertEquals("fae0433b-7a0e-e383-7849-7e10153eaa47", event.id());
    assertEquals("{}", event.detail());
  }

  @Test
  void eventBridgeDetailStaysJsonText() {
    EventBridgeEvent event = EventDecoder.eventBridge(bytes(
        "{\"detail\":{\"a\":[1,2.5,\"x\"],\"b\":null},\"source\":\"s\",\"detail-type\":\"t\",\"resources\":[]}"));

    assertEquals("{\"a\":[1,2.5,\"x\"],\"b\":null}", event.detail());
    assertFalse(event.scheduled());
    assertNull(event.ruleName());
  }

  @Test
  void webSocketSample() {
    WebSocketRequest request = EventDecoder.webSocket(Events.bytes("apigw_websocket_event.json"));

    assertEquals("$connect", request.routeKey());
    assertEquals("abc123=", request.connectionId());
    assertEquals("CONNECT", request.eventType());
    assertEquals("request body", request.body());
    assertEquals("prod", request.stage());
  }

  @Test
  void dynamoDbAttributeValuesOfEveryType() {
    DynamoDbRecord record = EventDecoder.dynamoDb(bytes("{\"Records\":[{\"eventID\":\"1\",\"eventName\":\"MODIFY\","
        + "\"eventSource\":\"aws:dynamodb\",\"eventSourceARN\":\"arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2024\","
        + "\"dynamodb\":{\"Keys\":{\"id\":{\"S\":\"o-1\"}},\"NewImage\":{"
        + "\"s\":{\"S\":\"text\"},\"n\":{\"N\":\"12.50\"},\"t\":{\"BOOL\":true},\"z\":{\"NULL\":true},"
        + "\"b\":{\"B\":\"AQI=\"},\"ss\":{\"SS\":[\"a\",\"b\"]},\"ns\":{\"NS\":[\"1\",\"2\"]},\"bs\":{\"BS\":[\"AQ==\"]},"
        + "\"l\":{\"L\":[{\"S\":\"x\"},{\"N\":\"3\"}]},\"m\":{\"M\":{\"inner\":{\"S\":\"y\"}}}},"
        + "\"SequenceNumber\":\"111\",\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"}}]}")).get(0);

    assertEquals(DynamoDbRecord.ChangeType.MODIFY, record.changeType());
    assertEquals("Orders", record.tableName());
    assertEquals("111", record.sequenceNumber());
    assertEquals("o-1", record.keys().string("id"));
    assertTrue(record.oldImage().isEmpty());
    DynamoImage image = record.newImage().orElseThrow();
    assertEquals("text", image.string("s"));
    assertEquals(new BigDecimal("12.50"), image.number("n"));
    assertEquals(Boolean.TRUE, image.get("t"));
    assertTrue(image.has("z"));
    assertNull(image.get("z"));
    assertArrayEquals(new byte[] {1, 2}, (byte[]) image.get("b"));
    assertEquals(List.of("a", "b"), image.get("ss"));
    assertEquals(List.of(new BigDecimal("1"), new BigDecimal("2")), image.get("ns"));
    assertArrayEquals(new byte[] {1}, ((List<?>) image.get("bs")).get(0) instanceof byte[] b ? b : null);
    assertEquals(List.of("x", new BigDecimal("3")), image.get("l"));
    assertEquals(Map.of("inner", "y"), image.get("m"));
    assertThrows(IllegalArgumentException.class, () -> image.number("s"));
  }

  @Test
  void tableNameFromTableAndStreamArns() {
    assertEquals("Users", EventDecoder.tableName("arn:aws:dynamodb:eu-west-1:123456789012:table/Users"));
    assertEquals("Users", EventDecoder.tableName("arn:aws:dynamodb:eu-west-1:123456789012:table/Users/stream/2024-01-01"));
    assertNull(EventDecoder.tableName("arn:aws:sqs:eu-west-1:123456789012:Users"));
  }

  @Test
  void snsMessage() {
    SnsMessage message = EventDecoder.sns(bytes("{\"Records\":[{\"EventSource\":\"aws:sns\",\"Sns\":{\"MessageId\":\"m-1\","
        + "\"TopicArn\":\"arn:aws:sns:eu-west-1:123456789012:alerts\",\"Subject\":\"s\",\"Message\":\"hello\","
        + "\"MessageAttributes\":{\"team\":{\"Type\":\"String\",\"Value\":\"ops\"}}}}]}")).get(0);

    assertEquals("alerts", message.topicName());
    assertEquals("hello", message.message());
    assertEquals(Map.of("team", "ops"), message.messageAttributes());
  }

  @Test
  void malformedEventsAreBadEventsWithTheFieldNamed() {
    assertTrue(assertThrows(BadEventException.class, () -> EventDecoder.sqs(bytes("{\"Records\":[{\"messageId\":5}]}")))
        .getMessage().contains("Records[0].messageId"));
    assertTrue(assertThrows(BadEventException.class, () -> EventDecoder.sqs(bytes("{\"Records\":[1]}")))
        .getMessage().contains("Records[0]"));
    assertThrows(BadEventException.class, () -> EventDecoder.s3(bytes("{\"Records\":[{\"eventName\":\"x\"}]}")));
    assertThrows(BadEventException.class, () -> EventDecoder.eventBridge(bytes("{\"source\":\"s\"")));
    assertThrows(BadEventException.class, () -> EventDecoder.dynamoDb(bytes("{\"Records\":[{\"eventName\":\"INSERT\","
        + "\"dynamodb\":{\"SequenceNumber\":\"1\",\"NewImage\":{\"a\":{\"N\":\"not a number\"}}}}]}")));
    assertThrows(BadEventException.class, () -> EventDecoder.webSocket(bytes("{\"requestContext\":{\"routeKey\":\"x\"}}")));
  }

  @Test
  void truncatedSamplesAreBadEventsNeverOtherFailures() {
    for (String sample : List.of("sqs_event_product.json", "s3_event.json", "cloudwatch_event.json",
        "apigw_websocket_event.json")) {
      byte[] whole = Events.bytes(sample);
      for (int length = 0; length < whole.length; length += 7) {
        byte[] cut = java.util.Arrays.copyOf(whole, length);
        try {
          switch (sample) {
            case "sqs_event_product.json" -> EventDecoder.sqs(cut);
            case "s3_event.json" -> EventDecoder.s3(cut);
            case "cloudwatch_event.json" -> EventDecoder.eventBridge(cut);
            default -> EventDecoder.webSocket(cut);
          }
        } catch (BadEventException expected) {
          // the one failure allowed
        }
      }
    }
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
