package dev.lift.dynamodb.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lift.dynamodb.Dynalite;
import dev.lift.dynamodb.TestTables;
import dev.lift.dynamodb.idempotency.IdempotencyConfig;
import dev.lift.dynamodb.idempotency.IdempotencyStore;
import dev.lift.dynamodb.ratelimit.FailureMode;
import dev.lift.dynamodb.ratelimit.RateLimiters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code @RateLimit} and {@code @Idempotent} as the processor compiles them (this package), through
 * the generated handler with the shared API Gateway HTTP API event, once on DynamoDB (dynalite)
 * and once in memory: both backends must give a client the same answers.
 */
class GeneratedAnnotationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> backends() {
    return Stream.of(Arguments.of("dynamodb"), Arguments.of("memory"));
  }

  /** A fresh handler (a new "container") on the backend; DynamoDB ones share the tables. */
  private static LiftLimitedApp handler(String backend) {
    if (backend.equals("dynamodb")) {
      DynamoDbClient client = Dynalite.shared().client();
      String limits = TestTables.create(client, "gen-limits");
      String records = TestTables.create(client, "gen-idem");
      Backends.rateLimiters = () -> RateLimiters.dynamo(client, limits, FailureMode.CLOSED);
      Backends.idempotency = () -> new IdempotencyStore(client, IdempotencyConfig.defaults(records));
    } else {
      Backends.rateLimiters = RateLimiters::inMemory;
      Backends.idempotency = IdempotencyStore::inMemory;
    }
    return new LiftLimitedApp();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backends")
  void limitCountsDownThenRefusesWith429(String backend) {
    LiftLimitedApp handler = handler(backend);
    String user = "user-" + UUID.randomUUID();

    List<JsonNode> replies = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      replies.add(call(handler, "POST", "/payments", Map.of("X-User", user), "10"));
    }

    for (int i = 0; i < 3; i++) {
      assertEquals(200, status(replies.get(i)), replies.get(i)::toString);
      assertEquals("3", header(replies.get(i), "X-RateLimit-Limit"));
      assertEquals(Integer.toString(2 - i), header(replies.get(i), "X-RateLimit-Remaining"));
    }
    JsonNode refused = replies.get(3);
    assertEquals(429, status(refused), refused::toString);
    assertTrue(body(refused).contains("\"RATE_LIMITED\""), refused::toString);
    assertTrue(Long.parseLong(header(refused, "Retry-After")) >= 1, refused::toString);
    // Another user has a budget of their own.
    assertEquals(200, status(call(handler, "POST", "/payments", Map.of("X-User", user + "-other"), "10")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backends")
  void headerKeyedLimitLeavesRequestsWithoutTheHeaderAlone(String backend) {
    LiftLimitedApp handler = handler(backend);
    String apiKey = "key-" + UUID.randomUUID();

    List<Integer> keyed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      keyed.add(status(call(handler, "GET", "/search", Map.of("X-Api-Key", apiKey), null)));
    }
    JsonNode unkeyed = call(handler, "GET", "/search", Map.of(), null);

    assertEquals(List.of(200, 200, 429), keyed);
    assertEquals(200, status(unkeyed), unkeyed::toString);
    assertNull(header(unkeyed, "X-RateLimit-Limit"), unkeyed::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backends")
  void duplicateIsReplayedByteForByteWithoutRunningTheRouteAgain(String backend) {
    LiftLimitedApp handler = handler(backend);
    Map<String, String> headers = Map.of("X-User", "user-" + UUID.randomUUID(),
        "Idempotency-Key", UUID.randomUUID().toString());
    int before = Payments.PAYMENTS.get();

    JsonNode first = call(handler, "POST", "/payments", headers, "25");
    JsonNode replay = call(handler, "POST", "/payments", headers, "25");
    JsonNode otherPayload = call(handler, "POST", "/payments", headers, "26");

    assertEquals(1, Payments.PAYMENTS.get() - before);
    assertEquals(200, status(first), first::toString);
    assertEquals(body(first), body(replay));
    assertEquals("true", header(replay, "Idempotent-Replayed"));
    assertNull(header(first, "Idempotent-Replayed"));
    assertEquals(422, status(otherPayload), otherPayload::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backends")
  void twoContainersTogetherNeverAdmitMoreThanTheLimit(String backend) throws Exception {
    LiftLimitedApp first = handler(backend);
    // The second container shares the first one's tables (DynamoDB) or, in memory, has its own
    // budget: that is exactly why the in-memory backend is for local runs only.
    LiftLimitedApp second = backend.equals("dynamodb") ? new LiftLimitedApp() : first;
    String user = "user-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      LiftLimitedApp handler = i % 2 == 0 ? first : second;
      statuses.add(pool.submit(() -> status(call(handler, "POST", "/payments", Map.of("X-User", user), "1"))));
    }
    int admitted = 0;
    for (Future<Integer> status : statuses) {
      int code = status.get(60, TimeUnit.SECONDS);
      assertTrue(code == 200 || code == 429, "status " + code);
      admitted += code == 200 ? 1 : 0;
    }
    pool.shutdown();

    assertEquals(3, admitted);
  }

  /** The shared HTTP API event with this request's method, path, headers and body. */
  static JsonNode call(LiftLimitedApp handler, String method, String path, Map<String, String> headers,
      String body) {
    try {
      Path sample = Path.of(System.getProperty("lift.events.dir"), "apigw_http_event.json");
      ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(sample));
      event.put("rawPath", path).put("rawQueryString", "").put("routeKey", "$default");
      event.remove("queryStringParameters");
      event.remove("pathParameters");
      event.remove("cookies");
      if (body == null) {
        event.putNull("body");
      } else {
        event.put("body", body);
      }
      event.put("isBase64Encoded", false);
      ObjectNode eventHeaders = event.putObject("headers");
      eventHeaders.put("host", "api.example.com");
      headers.forEach((name, value) -> eventHeaders.put(name.toLowerCase(java.util.Locale.ROOT), value));
      ObjectNode context = (ObjectNode) event.path("requestContext");
      ((ObjectNode) context.path("http")).put("method", method).put("path", path)
          .put("sourceIp", "198.51.100.7");
      context.put("stage", "$default");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
      return JSON.readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int status(JsonNode reply) {
    return reply.get("statusCode").asInt();
  }

  static String body(JsonNode reply) {
    return reply.get("body").asText();
  }

  static String header(JsonNode reply, String name) {
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) reply.path("headers")::fields) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue().asText();
      }
    }
    return null;
  }
}
