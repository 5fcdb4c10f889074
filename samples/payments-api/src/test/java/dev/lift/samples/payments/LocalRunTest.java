package dev.lift.samples.payments;

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
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * lift-local's {@code invoke} and {@code serve} with no AWS account: no DynamoDB endpoint, so the
 * stores are in memory, and the event files under {@code events/} carry tokens signed with the
 * local development secret (valid until 2100).
 */
class LocalRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "events/health.json, 200, UP",
    "events/create-account.json, 201, Operating",
    "events/list-accounts.json, 200, accounts",
    "events/no-token.json, 401, UNAUTHORIZED",
  })
  void invokeRunsEachEventFile(String file, int status, String bodyContains) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exitCode = LocalRunner.run(new String[] {"invoke", file}, Api.start(new HashMap<>()).handler(),
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(log, true, StandardCharsets.UTF_8));

    assertEquals(0, exitCode, log.toString(StandardCharsets.UTF_8));
    JsonNode response = JSON.readTree(out.toByteArray());
    assertEquals(status, response.path("statusCode").asInt(), response.toString());
    assertTrue(response.path("body").asText().contains(bodyContains), response.toString());
  }

  @Test
  void serveAnswersOverHttpWithInMemoryStores() throws Exception {
    String token = JSON.readTree(new java.io.File("events/list-accounts.json"))
        .path("headers").path("authorization").asText();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    try (LocalServer server = LocalServer.start(Api.start(new HashMap<>()).handler(), "127.0.0.1", 0,
        TIMEOUT, new PrintStream(log, true, StandardCharsets.UTF_8))) {
      HttpResponse<String> created = client.send(
          HttpRequest.newBuilder(URI.create(server.uri() + "/accounts")).timeout(TIMEOUT)
              .header("Authorization", token).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Local\",\"currency\":\"USD\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(201, created.statusCode(), created.body());
      String location = created.headers().firstValue("Location").orElseThrow();

      // Idempotency in memory: the same key replays the first answer instead of a second account.
      HttpRequest keyed = HttpRequest.newBuilder(URI.create(server.uri() + "/accounts")).timeout(TIMEOUT)
          .header("Authorization", token).header("Content-Type", "application/json").header("Idempotency-Key", "k-1")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Once\",\"currency\":\"USD\"}")).build();
      HttpResponse<String> once = client.send(keyed, HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> again = client.send(keyed, HttpResponse.BodyHandlers.ofString());
      assertEquals(201, again.statusCode(), again.body());
      assertEquals(once.body(), again.body());
      assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));

      HttpResponse<String> paid = client.send(
          HttpRequest.newBuilder(URI.create(server.uri() + location + "/payments")).timeout(TIMEOUT)
              .header("Authorization", token).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":700}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(201, paid.statusCode(), paid.body());

      HttpResponse<String> fetched = client.send(
          HttpRequest.newBuilder(URI.create(server.uri() + location)).timeout(TIMEOUT)
              .header("Authorization", token).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, fetched.statusCode(), fetched.body());
      assertEquals(700, JSON.readTree(fetched.body()).path("balance").asLong());

      HttpResponse<String> anonymous = client.send(
          HttpRequest.newBuilder(URI.create(server.uri() + location)).timeout(TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(401, anonymous.statusCode());
    }
  }
}
