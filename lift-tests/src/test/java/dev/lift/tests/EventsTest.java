package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lift.runtime.events.BadEventException;
import dev.lift.runtime.events.UndecodableBodyException;
import dev.lift.runtime.events.UnhandledEventException;
import dev.lift.tests.events.Calls;
import dev.lift.tests.events.LiftEventsApi;
import dev.lift.tests.eventsbare.LiftBareApi;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.SharedEvents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Non-HTTP events through the generated entry class of {@code dev.lift.tests.events}: the AWS
 * samples of {@code shared/events} and events built here for each rule.
 */
class EventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ORDERS = "arn:aws:sqs:eu-west-1:123456789012:orders";
  private static final String PAYMENTS = "arn:aws:sqs:eu-west-1:123456789012:payments.fifo";
  private static final String AUDIT = "arn:aws:dynamodb:eu-west-1:123456789012:table/Audit/stream/2024-05-01T10:00:00.000";
  private static final String USERS = "arn:aws:dynamodb:eu-west-1:123456789012:table/Users/stream/2024-05-01T10:00:00.000";

  private final LiftEventsApi handler = new LiftEventsApi();

  @BeforeEach
  void clear() {
    Calls.take();
  }

  // ---------------------------------------------------------------- SQS

  @Test
  void sharedSqsSampleIsHandledAndNothingIsReportedFailed() {
    JsonNode response = invoke(SharedEvents.text("sqs_event_product.json"));

    assertEquals(List.of(), failures(response));
    assertEquals(List.of(
        "Journal.before(aws:sqs TestLambda Queues.sample)",
        "TestLambda d9144555-9a4f-4ec3-99a0-34ce359b4b54 body=" + "{\n  \"id\": 1234,\n  \"name\": \"Product1234\",\n  \"price\": 450\n}".length(),
        "Journal.after(ok)"), Calls.take());
  }

  @Test
  void sharedSqsSampleWithEmptyBodyReachesATextHandler() {
    JsonNode response = invoke(SharedEvents.text("sqs_event_nobody.json"));

    assertEquals(List.of(), failures(response));
    assertTrue(Calls.take().contains("TestLambda d9144555-9a4f-4ec3-99a0-fc4e625a8db2 body=0"));
  }

  @Test
  void onlyTheFailedMessagesAreReportedAndTheOthersAreHandled() {
    String batch = sqs(ORDERS, message("m1", "{\"id\":\"a\",\"quantity\":1}", null),
        message("m2", "{\"id\":\"b\",\"quantity\":-1}", null),
        message("m3", "{\"id\":\"c\",\"quantity\":3}", null));

    JsonNode response = captureErr(() -> invoke(batch), new String[1]);

    assertEquals(List.of("m2"), failures(response));
    List<String> calls = Calls.take();
    assertTrue(calls.contains("order a x1"), calls::toString);
    assertTrue(calls.contains("order c x3"), calls::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "{\"id\":\"a\",\"quantity\":\"many\"}", "[1,2]"})
  void anUndecodableBodyIsReportedFailedAndLoggedWithItsId(String body) {
    String batch = sqs(ORDERS, message("bad-1", body, null), message("good-2", "{\"id\":\"g\",\"quantity\":2}", null));

    String[] log = new String[1];
    JsonNode response = captureErr(() -> invoke(batch), log);

    assertEquals(List.of("bad-1"), failures(response));
    assertTrue(Calls.take().contains("order g x2"), "the other message is handled");
    assertTrue(log[0].contains("\"level\":\"ERROR\""), log[0]);
    assertTrue(log[0].contains("SQS message bad-1 of queue orders failed"), log[0]);
    assertTrue(log[0].contains("Cannot decode the body of SQS message bad-1"), log[0]);
  }

  @Test
  void inAFifoQueueAGroupStopsAtItsFirstFailureAndItsLaterMessagesAreReportedFailedUnprocessed() {
    String batch = sqs(PAYMENTS,
        message("p1", "a1", "A"), message("p2", "b1", "B"), message("p3", "fail-a2", "A"),
        message("p4", "b2", "B"), message("p5", "a3", "A"), message("p6", "b3", "B"));

    JsonNode response = captureErr(() -> invoke(batch), new String[1]);

    assertEquals(List.of("p3", "p5"), failures(response));
    List<String> handled = Calls.take().stream().filter(c -> c.startsWith("payment")).toList();
    assertEquals(List.of("payment A a1", "payment B b1", "payment B b2", "payment B b3"), handled,
        "a3 is not processed after a2 failed; group B goes on");
  }

  @Test
  void eventMiddlewareRunsAroundEachMessageOutermostFirstAndSeesTheFailure() {
    String batch = sqs(ORDERS, message("m1", "{\"id\":\"a\",\"quantity\":1}", null),
        message("m2", "{\"id\":\"b\",\"quantity\":-1}", null));

    captureErr(() -> invoke(batch), new String[1]);

    assertEquals(List.of(
        "Journal.before(aws:sqs orders Queues.order)", "MethodMw.before(m1)", "order a x1", "MethodMw.after",
        "Journal.after(ok)",
        "Journal.before(aws:sqs orders Queues.order)", "MethodMw.before(m2)", "MethodMw.after",
        "Journal.after(IllegalArgumentException)"), Calls.take(),
        "HTTP-only application middleware does not run for events");
  }

  @Test
  void aQueueBoundByArnDoesNotTakeTheSameNameInAnotherAccount() {
    String batch = sqs("arn:aws:sqs:eu-west-1:999999999999:payments.fifo", message("x", "a", "A"));

    UnhandledEventException e = assertThrows(UnhandledEventException.class, () -> invoke(batch));
    assertTrue(e.getMessage().contains("no @Sqs handler for queue 'payments.fifo'"), e.getMessage());
  }

  @Test
  void aQueueWithoutHandlerFailsTheInvocationNamingIt() {
    String batch = sqs("arn:aws:sqs:eu-west-1:123456789012:elsewhere", message("x", "{}", null));

    UnhandledEventException e = assertThrows(UnhandledEventException.class, () -> invoke(batch));
    assertTrue(e.getMessage().contains("LiftEventsApi has no @Sqs handler for queue 'elsewhere'"), e.getMessage());
  }

  @Test
  void aBatchRecordWithoutMessageIdFailsTheInvocation() {
    String batch = "{\"Records\":[{\"eventSource\":\"aws:sqs\",\"body\":\"{}\",\"eventSourceARN\":\"" + ORDERS + "\"}]}";

    BadEventException e = assertThrows(BadEventException.class, () -> invoke(batch));
    assertTrue(e.getMessage().contains("Records[0].messageId"), e.getMessage());
  }

  // ---------------------------------------------------------------- DynamoDB Streams

  @Test
  void everyChangeTypeReachesTheHandlerWithItsImages() {
    String batch = dynamo(
        record("INSERT", "100", "u1", null, "Ada"),
        record("MODIFY", "200", "u1", "Ada", "Ada L."),
        record("REMOVE", "300", "u1", "Ada L.", null));

    JsonNode response = invoke(batch);

    assertEquals(List.of(), failures(response));
    assertEquals(List.of(
        "Journal.before(aws:dynamodb Users Streams.user)", "ClassMw.before", "INSERT u1 - -> Ada", "ClassMw.after",
        "Journal.after(ok)",
        "Journal.before(aws:dynamodb Users Streams.user)", "ClassMw.before", "MODIFY u1 Ada -> Ada L.",
        "ClassMw.after", "Journal.after(ok)",
        "Journal.before(aws:dynamodb Users Streams.user)", "ClassMw.before", "REMOVE u1 Ada L. -> -",
        "ClassMw.after", "Journal.after(ok)"), Calls.take());
  }

  @Test
  void aFailedRecordIsReportedBySequenceNumberAndTheRestIsLeftForTheRetry() {
    String batch = dynamo(
        record("INSERT", "100", "u1", null, "Ada"),
        record("INSERT", "200", "u2", null, "fail"),
        record("INSERT", "300", "u3", null, "Grace"));

    JsonNode response = captureErr(() -> invoke(batch), new String[1]);

    assertEquals(List.of("200"), failures(response));
    List<String> handled = Calls.take().stream().filter(c -> c.startsWith("INSERT")).toList();
    assertEquals(List.of("INSERT u1 - -> Ada"), handled);
  }

  @Test
  void withoutReportBatchItemFailuresAFailedRecordFailsTheInvocation() {
    String batch = dynamo(
        record("INSERT", "100", "u1", null, "Ada").put("eventSourceARN", AUDIT),
        record("INSERT", "200", "u2", null, "fail").put("eventSourceARN", AUDIT),
        record("INSERT", "300", "u3", null, "Grace").put("eventSourceARN", AUDIT));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> invoke(batch));
    assertEquals("audit refused 200", e.getMessage());
    List<String> handled = Calls.take().stream().filter(c -> c.startsWith("audit")).toList();
    assertEquals(List.of("audit 100"), handled, "processing stopped at the failure");
  }

  @Test
  void anUnknownChangeTypeFailsTheInvocation() {
    String batch = dynamo(record("UPSERT", "100", "u1", null, "Ada"));

    BadEventException e = assertThrows(BadEventException.class, () -> invoke(batch));
    assertTrue(e.getMessage().contains("UPSERT"), e.getMessage());
  }

  // ---------------------------------------------------------------- S3

  @Test
  void sharedS3SampleIsHandled() {
    byte[] out = Lambda.written(handler, SharedEvents.text("s3_event.json"));

    assertEquals(0, out.length, "nothing to answer");
    assertTrue(Calls.take().contains("example-bucket test/key 1024"));
  }

  @Test
  void theMostSpecificFilterOfABucketWinsAndKeysAreDecoded() {
    invoke(s3("uploads", "images/my+photo%21.png", "ObjectCreated:Put"));
    invoke(s3("uploads", "images/a.jpg", "ObjectCreated:Put"));
    invoke(s3("uploads", "docs/old.txt", "ObjectRemoved:Delete"));

    List<String> handled = Calls.take().stream().filter(c -> !c.startsWith("Journal")).toList();
    assertEquals(List.of("png images/my photo!.png", "image images/a.jpg", "removed docs/old.txt"), handled);
  }

  @Test
  void anS3RecordNoFilterMatchesFailsTheInvocationNamingIt() {
    UnhandledEventException e = assertThrows(UnhandledEventException.class,
        () -> invoke(s3("uploads", "docs/new.txt", "ObjectCreated:Put")));
    assertTrue(e.getMessage().contains("bucket 'uploads', key 'docs/new.txt', event ObjectCreated:Put"), e.getMessage());
  }

  @Test
  void anExceptionOfAnS3HandlerFailsTheInvocation() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> invoke(s3("example-bucket", "poison", "ObjectCreated:Put")));
    assertEquals("poison object", e.getMessage());
    assertTrue(Calls.take().contains("Journal.after(IllegalStateException)"));
  }

  // ---------------------------------------------------------------- EventBridge and schedules

  @Test
  void sharedScheduledEventReachesItsRule() {
    Lambda.written(handler, SharedEvents.text("cloudwatch_event.json"));

    assertTrue(Calls.take().contains("schedule demoschedule true demoschedule"));
  }

  @Test
  void aScheduleBoundByArnOnACustomBus() {
    Lambda.written(handler, scheduled("arn:aws:events:eu-west-1:123456789012:rule/custom-bus/nightly"));

    assertTrue(Calls.take().contains("nightly arn:aws:events:eu-west-1:123456789012:rule/custom-bus/nightly"));
  }

  @Test
  void anUnknownRuleFailsTheInvocationNamingIt() {
    UnhandledEventException e = assertThrows(UnhandledEventException.class,
        () -> Lambda.written(handler, scheduled("arn:aws:events:eu-west-1:123456789012:rule/weekly")));
    assertTrue(e.getMessage().contains("no @Schedule handler for rule 'weekly'"), e.getMessage());
  }

  @Test
  void theDetailIsDecodedIntoTheHandlersType() {
    Lambda.written(handler, eventBridge("com.example.shop", "OrderShipped",
        "{\"orderId\":\"o-1\",\"parcels\":[\"p1\",\"p2\"]}"));

    assertTrue(Calls.take().contains("shipped o-1 [p1, p2]"));
  }

  @Test
  void anotherDetailTypeOfTheSourceGoesToTheHandlerOfEveryDetailType() {
    Lambda.written(handler, eventBridge("com.example.shop", "OrderPaid", "{\"orderId\":\"o-2\"}"));

    assertTrue(Calls.take().contains("shop OrderPaid {\"orderId\":\"o-2\"}"));
  }

  @Test
  void anUndecodableDetailFailsTheInvocation() {
    UndecodableBodyException e = assertThrows(UndecodableBodyException.class, () -> Lambda.written(handler,
        eventBridge("com.example.shop", "OrderShipped", "{\"orderId\":\"o-1\",\"parcels\":\"p1\"}")));
    assertTrue(e.getMessage().contains("the detail of EventBridge event"), e.getMessage());
    assertTrue(e.getMessage().contains("$.parcels"), e.getMessage());
  }

  @Test
  void anExceptionOfAnEventBridgeHandlerFailsTheInvocation() {
    assertThrows(IllegalStateException.class,
        () -> Lambda.written(handler, eventBridge("com.example.shop", "Explode", "{}")));
  }

  @Test
  void anUnknownSourceFailsTheInvocationNamingIt() {
    UnhandledEventException e = assertThrows(UnhandledEventException.class,
        () -> Lambda.written(handler, eventBridge("com.example.other", "X", "{}")));
    assertTrue(e.getMessage().contains("source 'com.example.other' and detail-type 'X'"), e.getMessage());
  }

  // ---------------------------------------------------------------- SNS

  @Test
  void anSnsMessageIsDecoded() {
    Lambda.written(handler, sns("arn:aws:sns:eu-west-1:123456789012:alerts", "{\"level\":\"high\",\"text\":\"disk\"}"));

    assertTrue(Calls.take().contains("alert high disk Disk alert"));
  }

  @Test
  void anUnknownTopicFailsTheInvocationNamingIt() {
    UnhandledEventException e = assertThrows(UnhandledEventException.class,
        () -> Lambda.written(handler, sns("arn:aws:sns:eu-west-1:123456789012:other", "{}")));
    assertTrue(e.getMessage().contains("topic 'other'"), e.getMessage());
  }

  // ---------------------------------------------------------------- WebSocket

  @Test
  void sharedWebSocketSampleConnects() {
    JsonNode response = invoke(SharedEvents.text("apigw_websocket_event.json"));

    assertEquals(200, response.path("statusCode").asInt());
    assertFalse(response.has("body"), response::toString);
    assertTrue(Calls.take().contains("connect abc123="));
  }

  @Test
  void aCustomRouteKeyAnswersJson() throws IOException {
    JsonNode response = invoke(webSocket("sendMessage", "{\"to\":\"bob\",\"text\":\"hello\"}"));

    assertEquals(200, response.path("statusCode").asInt());
    JsonNode body = JSON.readTree(response.path("body").asText());
    assertEquals("conn-1", body.path("from").asText());
    assertEquals("bob", body.path("to").asText());
    assertEquals(5, body.path("length").asInt());
  }

  @Test
  void aRouteKeyWithoutHandlerGoesToDefault() {
    JsonNode response = invoke(webSocket("typing", "x"));

    assertEquals(200, response.path("statusCode").asInt());
    assertEquals("default typing: x", response.path("body").asText());
  }

  @Test
  void aLiftErrorAnswersItsStatusWithTheErrorBody() throws IOException {
    JsonNode response = invoke(webSocket("forbidden", null));

    assertEquals(403, response.path("statusCode").asInt());
    JsonNode body = JSON.readTree(response.path("body").asText());
    assertEquals("FORBIDDEN", body.path("code").asText());
  }

  @Test
  void anExceptionAnswers500WithoutInternals() throws IOException {
    JsonNode response = captureErr(() -> invoke(webSocket("boom", null)), new String[1]);

    assertEquals(500, response.path("statusCode").asInt());
    String body = response.path("body").asText();
    assertEquals("INTERNAL", JSON.readTree(body).path("code").asText());
    assertFalse(body.contains("secret"), body);
  }

  @Test
  void withoutDefaultAnUnknownRouteKeyAnswersTheErrorBody() throws IOException {
    JsonNode response = parse(Lambda.written(new LiftBareApi(), SharedEvents.text("apigw_websocket_event.json")));

    assertEquals(404, response.path("statusCode").asInt());
    JsonNode body = JSON.readTree(response.path("body").asText());
    assertEquals("NOT_FOUND", body.path("code").asText());
    assertTrue(body.path("message").asText().contains("$connect"), body.toString());
  }

  // ---------------------------------------------------------------- kinds and HTTP

  @Test
  void aKindTheApplicationDoesNotHandleFailsTheInvocationNamingTheKind() {
    UnhandledEventException e = assertThrows(UnhandledEventException.class,
        () -> Lambda.written(new LiftBareApi(), SharedEvents.text("sqs_event_product.json")));
    assertEquals("LiftBareApi has no handler for an SQS batch: it declares no @Sqs method", e.getMessage());
  }

  @Test
  void aBatchOfAnUnservedSourceFailsTheInvocationNamingTheSource() {
    UnhandledEventException e = assertThrows(UnhandledEventException.class,
        () -> invoke("{\"Records\":[{\"eventSource\":\"aws:kinesis\",\"kinesis\":{}}]}"));
    assertTrue(e.getMessage().contains("'aws:kinesis'"), e.getMessage());
  }

  @Test
  void httpEventsAreStillServedWithTheHttpMiddleware() {
    JsonNode response = invoke(SharedEvents.text("apigw_http_event.json").replace("/my/path", "/ping")
        .replace("\"POST\"", "\"GET\"").replace("POST /my/path", "GET /ping"));

    assertEquals(200, response.path("statusCode").asInt(), response::toString);
    assertEquals("pong", response.path("body").asText());
    assertEquals(List.of("HttpOnly.before", "Journal.http(200)"), Calls.take());
  }

  // ---------------------------------------------------------------- helpers

  private JsonNode invoke(String event) {
    return parse(Lambda.written(handler, event));
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> failures(JsonNode response) {
    List<String> ids = new ArrayList<>();
    assertTrue(response.path("batchItemFailures").isArray(), response::toString);
    response.path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asText()));
    return ids;
  }

  /** Runs {@code action} with standard error captured into {@code log[0]}. */
  private static <T> T captureErr(java.util.function.Supplier<T> action, String[] log) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return action.get();
    } finally {
      System.setErr(original);
      log[0] = captured.toString(StandardCharsets.UTF_8);
    }
  }

  private static ObjectNode message(String id, String body, String group) {
    ObjectNode message = JSON.createObjectNode();
    message.put("messageId", id);
    message.put("receiptHandle", "rh-" + id);
    message.put("body", body);
    ObjectNode attributes = message.putObject("attributes");
    attributes.put("ApproximateReceiveCount", "1");
    if (group != null) {
      attributes.put("MessageGroupId", group);
    }
    message.putObject("messageAttributes");
    message.put("eventSource", "aws:sqs");
    message.put("awsRegion", "eu-west-1");
    return message;
  }

  private static String sqs(String arn, ObjectNode... messages) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode records = root.putArray("Records");
    for (ObjectNode message : messages) {
      records.add(message.put("eventSourceARN", arn));
    }
    return root.toString();
  }

  private static ObjectNode record(String change, String sequence, String id, String oldName, String newName) {
    ObjectNode record = JSON.createObjectNode();
    record.put("eventID", "e-" + sequence);
    record.put("eventName", change);
    record.put("eventVersion", "1.1");
    record.put("eventSource", "aws:dynamodb");
    record.put("awsRegion", "eu-west-1");
    ObjectNode dynamodb = record.putObject("dynamodb");
    dynamodb.putObject("Keys").putObject("id").put("S", id);
    if (newName != null) {
      ObjectNode image = dynamodb.putObject("NewImage");
      image.putObject("id").put("S", id);
      image.putObject("name").put("S", newName);
      image.putObject("age").put("N", "36");
    }
    if (oldName != null) {
      ObjectNode image = dynamodb.putObject("OldImage");
      image.putObject("id").put("S", id);
      image.putObject("name").put("S", oldName);
    }
    dynamodb.put("SequenceNumber", sequence);
    dynamodb.put("SizeBytes", 26);
    dynamodb.put("StreamViewType", "NEW_AND_OLD_IMAGES");
    record.put("eventSourceARN", USERS);
    return record;
  }

  private static String dynamo(ObjectNode... records) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("Records");
    for (ObjectNode record : records) {
      array.add(record);
    }
    return root.toString();
  }

  private static String s3(String bucket, String key, String eventName) {
    String sample = SharedEvents.text("s3_event.json");
    return sample.replace("example-bucket", bucket).replace("\"key\": \"test/key\"", "\"key\": \"" + key + "\"")
        .replace("ObjectCreated:Put", eventName);
  }

  private static String scheduled(String ruleArn) {
    return SharedEvents.text("cloudwatch_event.json")
        .replace("arn:aws:events:eu-central-1:123456789012:rule/demoschedule", ruleArn);
  }

  private static String eventBridge(String source, String detailType, String detail) {
    return "{\"version\":\"0\",\"id\":\"ev-1\",\"detail-type\":\"" + detailType + "\",\"source\":\"" + source
        + "\",\"account\":\"123456789012\",\"time\":\"2024-05-01T10:00:00Z\",\"region\":\"eu-west-1\","
        + "\"resources\":[],\"detail\":" + detail + "}";
  }

  private static String sns(String topicArn, String message) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode record = root.putArray("Records").addObject();
    record.put("EventSource", "aws:sns");
    record.put("EventVersion", "1.0");
    ObjectNode sns = record.putObject("Sns");
    sns.put("Type", "Notification");
    sns.put("MessageId", "sns-1");
    sns.put("TopicArn", topicArn);
    sns.put("Subject", "Disk alert");
    sns.put("Message", message);
    sns.put("Timestamp", "2024-05-01T10:00:00.000Z");
    sns.putObject("MessageAttributes").putObject("team").put("Type", "String").put("Value", "ops");
    return root.toString();
  }

  private static String webSocket(String routeKey, String body) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode context = root.putObject("requestContext");
    context.put("routeKey", routeKey);
    context.put("eventType", "MESSAGE");
    context.put("connectionId", "conn-1");
    context.put("messageId", "msg-1");
    context.put("requestId", "req-ws-1");
    context.put("domainName", "abc.execute-api.eu-west-1.amazonaws.com");
    context.put("stage", "prod");
    context.put("apiId", "abc");
    if (body != null) {
      root.put("body", body);
    }
    root.put("isBase64Encoded", false);
    return root.toString();
  }
}
