package dev.lift.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.health.CheckOptions;
import dev.lift.runtime.health.HealthRegistry;
import dev.lift.runtime.health.HealthReport;
import dev.lift.runtime.health.HealthStatus;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoClientsTest {
  @Test
  void theEndpointOverrideFromTheEnvironmentReachesDynalite() {
    Dynalite dynalite = Dynalite.shared();
    Map<String, String> env = Map.of(DynamoClients.ENDPOINT_ENV, dynalite.endpoint().toString());

    try (DynamoDbClient client = DynamoClients.fromEnvironment(env)) {
      String table = TestTables.create(client, "clients");
      assertTrue(client.listTables().tableNames().contains(table));
    }
  }

  @Test
  void regionComesFromAwsRegionWithUsEast1ByDefault() {
    assertEquals("us-east-1", DynamoClients.builder(Map.of()).region());
    assertEquals("eu-west-1", DynamoClients.builder(Map.of("AWS_REGION", "eu-west-1")).region());
    assertNull(DynamoClients.builder(Map.of()).endpoint());
    assertEquals(URI.create("http://127.0.0.1:4567"),
        DynamoClients.builder(Map.of(DynamoClients.ENDPOINT_ENV, " http://127.0.0.1:4567 ")).endpoint());
  }

  @Test
  void healthIsUpForAnActiveTableAndDownForAMissingOne() throws Exception {
    try (DynamoDbClient client = Dynalite.shared().client()) {
      String table = TestTables.create(client, "health");

      HealthStatus up = DynamoHealthChecks.table(client, table, Duration.ofSeconds(2)).check();
      HealthStatus missing = DynamoHealthChecks.table(client, "no-such-table", Duration.ofSeconds(2)).check();
      HealthStatus reachable = DynamoHealthChecks.reachable(client, Duration.ofSeconds(2)).check();

      assertEquals(HealthStatus.State.UP, up.state());
      assertEquals("ACTIVE", up.details().get("status"));
      assertEquals(HealthStatus.State.DOWN, missing.state());
      assertEquals("table 'no-such-table' does not exist", missing.details().get("error"));
      assertEquals(HealthStatus.State.UP, reachable.state());
    }
  }

  @Test
  void theCheckWorksInAHealthRegistry() {
    try (DynamoDbClient client = Dynalite.shared().client()) {
      String table = TestTables.create(client, "registry");
      HealthRegistry registry = new HealthRegistry();
      registry.register("dynamodb", DynamoHealthChecks.table(client, table, Duration.ofMillis(800)),
          CheckOptions.defaults().timeout(Duration.ofSeconds(1)));

      HealthReport report = registry.report();

      assertEquals(HealthStatus.State.UP, report.status());
    }
  }

  @Test
  void failureLogLineIsJson() {
    String line = FailureListener.Logged.line("rate-limiter api", "allowed the request (fail open)",
        new IllegalStateException("boom \"quoted\""));

    assertEquals("{\"level\":\"WARN\",\"message\":\"DynamoDB call failed in rate-limiter api\","
        + "\"component\":\"rate-limiter api\",\"outcome\":\"allowed the request (fail open)\","
        + "\"error\":\"java.lang.IllegalStateException: boom \\\"quoted\\\"\"}", line);
  }
}
