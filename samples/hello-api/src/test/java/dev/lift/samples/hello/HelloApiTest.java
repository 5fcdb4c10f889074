package dev.lift.samples.hello;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.local.LocalRunner;
import dev.lift.local.LocalServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drives the generated {@link LiftHelloApi} end to end: event files through {@code invoke}, and
 * HTTP through {@code serve}, so the processor, the runtime and lift-local are checked together.
 */
class HelloApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final String SHARED = "../../../shared/events/";

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "events/get-hello-world.json, 200, 'Hello, world! Hello, world!'",
    "events/post-users.json, 201, Grace Hopper",
    "events/get-user-v1.json, 200, Ada Lovelace",
    SHARED + "apigw_http_event.json, 200, Hello from Lambda!!",
    SHARED + "apigw_rest_event.json, 200, API_GATEWAY_V1",
    SHARED + "apigw_v1_alt_apigw_event.json, 200, Lambda rocks",
    SHARED + "apigw_v1_alt_apigw_event_nobody.json, 200, /path/to/resource",
    SHARED + "elb_event.json, 200, hello-api is running",
  })
  void invokeAnswersEachSampleEvent(String file, int status, String bodyContains) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exitCode =
        LocalRunner.run(
            new String[] {"invoke", file},
            new LiftHelloApi(),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(log, true, StandardCharsets.UTF_8));

    assertEquals(0, exitCode, log.toString(StandardCharsets.UTF_8));
    JsonNode response = JSON.readTree(out.toByteArray());
    assertEquals(status, response.path("statusCode").asInt(), response.toString());
    assertTrue(response.path("body").asText().contains(bodyContains), response.toString());
  }

  /**
   * The non-HTTP samples, as they are: the SQS queue {@code TestLambda}, the rule {@code
   * demoschedule}, the bucket {@code example-bucket} and the WebSocket {@code $connect} reach the
   * handlers of {@link SampleEventHandlers}; the empty body of {@code sqs_event_nobody.json} does not
   * decode into a {@code Product}, so that message is reported failed.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "sqs_event_product.json | {\"batchItemFailures\":[]}",
    "sqs_event_nobody.json | {\"batchItemFailures\":[{\"itemIdentifier\":\"d9144555-9a4f-4ec3-99a0-fc4e625a8db2\"}]}",
    "cloudwatch_event.json | ''",
    "s3_event.json | ''",
    "apigw_websocket_event.json | {\"statusCode\":200,\"body\":\"connected abc123=\"}",
  })
  void invokeAnswersEachNonHttpSample(String file, String expected) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exitCode =
        LocalRunner.run(
            new String[] {"invoke", SHARED + file},
            new LiftHelloApi(),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(log, true, StandardCharsets.UTF_8));

    assertEquals(0, exitCode, log.toString(StandardCharsets.UTF_8));
    assertEquals(expected, out.toString(StandardCharsets.UTF_8).trim());
  }

  @Test
  void servesUsersFilesAndErrorsOverHttp() throws Exception {
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    try (LocalServer server =
        LocalServer.start(
            new LiftHelloApi(), "127.0.0.1", 0, Duration.ofSeconds(10),
            new PrintStream(log, true, StandardCharsets.UTF_8))) {
      HttpResponse<String> created =
          client.send(
              request(server, "/users")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(
                      "{\"name\":\"Grace\",\"email\":\"grace@example.com\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, created.statusCode(), created.body());
      String location = created.headers().firstValue("Location").orElseThrow();

      HttpResponse<String> fetched =
          client.send(request(server, location).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, fetched.statusCode());
      assertEquals(JSON.readTree(created.body()), JSON.readTree(fetched.body()));
      assertEquals("MEMBER", JSON.readTree(fetched.body()).path("role").asText());

      HttpResponse<byte[]> pixel =
          client.send(
              request(server, "/files/images/pixel.png").build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, pixel.statusCode());
      assertEquals("application/octet-stream", pixel.headers().firstValue("Content-Type").orElse(""));
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(pixel.body(), 4));

      HttpResponse<String> anonymous =
          client.send(request(server, "/users/me").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(400, anonymous.statusCode());
      assertEquals("BAD_REQUEST", JSON.readTree(anonymous.body()).path("code").asText());

      HttpResponse<String> teapot =
          client.send(request(server, "/echo/status/418").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(418, teapot.statusCode());
      assertEquals(
          "last-status=418; Path=/; HttpOnly", teapot.headers().firstValue("Set-Cookie").orElse(""));
    }
  }

  private static HttpRequest.Builder request(LocalServer server, String path) {
    return HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(TIMEOUT);
  }
}
