package dev.lift.runtime.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lift.runtime.http.Response;
import dev.lift.runtime.testing.JsonTree;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {
  private final AtomicBoolean dbUp = new AtomicBoolean(true);

  private HealthRegistry registry(boolean showDetails) {
    return HealthRegistry.builder()
        .cacheFor(Duration.ZERO)
        .showDetails(showDetails)
        .clock(() -> 0L)
        .build()
        .register("db", () -> dbUp.get()
            ? HealthStatus.up(Map.of("active", 2))
            : HealthStatus.down("Connection refused"))
        .register("search", () -> HealthStatus.degraded(Map.of("latency_ms", 900)),
            CheckOptions.defaults().required(false));
  }

  private static Map<String, Object> json(Response<String> response) {
    assertEquals("application/json", response.header("Content-Type"));
    assertEquals("no-store", response.header("Cache-Control"));
    return JsonTree.object(response.body());
  }

  @Test
  void healthListsEveryCheckWithItsStateAndDuration() {
    Response<String> response = new HealthRoutes(registry(false)).health();

    assertEquals(200, response.statusCode());
    assertEquals(
        Map.of(
            "status", "DEGRADED",
            "checks", Map.of(
                "db", Map.of("status", "UP", "duration_ms", 0L),
                "search", Map.of("status", "DEGRADED", "duration_ms", 0L))),
        json(response));
  }

  @Test
  void healthShowsDetailsOnlyWhenTheRegistrySaysSo() {
    Map<String, Object> body = json(new HealthRoutes(registry(true)).health());
    Map<String, Object> db = JsonTree.objectAt(JsonTree.objectAt(body, "checks"), "db");
    assertEquals(Map.of("active", 2L), db.get("details"));

    Map<String, Object> hidden = json(new HealthRoutes(registry(false)).health());
    assertNull(JsonTree.objectAt(JsonTree.objectAt(hidden, "checks"), "db").get("details"));
  }

  @Test
  void healthIs503WhenARequiredCheckIsDown() {
    dbUp.set(false);
    Response<String> response = new HealthRoutes(registry(true)).health();
    assertEquals(503, response.statusCode());
    Map<String, Object> body = json(response);
    assertEquals("DOWN", body.get("status"));
    Map<String, Object> db = JsonTree.objectAt(JsonTree.objectAt(body, "checks"), "db");
    assertEquals(Map.of("error", "Connection refused"), db.get("details"));
  }

  @Test
  void healthWithNoChecksIsUp() {
    Response<String> response = new HealthRoutes(new HealthRegistry()).health();
    assertEquals(200, response.statusCode());
    assertEquals(Map.of("status", "UP", "checks", Map.of()), json(response));
  }

  @Test
  void liveIsAlwaysUpAndRunsNoCheck() {
    HealthRegistry registry = new HealthRegistry().register("db", () -> {
      throw new AssertionError("liveness must not run checks");
    });
    Response<String> response = new HealthRoutes(registry).live();
    assertEquals(200, response.statusCode());
    assertEquals(Map.of("status", "UP"), json(response));
  }

  @Test
  void readyIs503UntilInitHasFinished() {
    HealthRegistry registry = registry(false);
    HealthRoutes routes = new HealthRoutes(registry);

    Response<String> starting = routes.ready();
    assertEquals(503, starting.statusCode());
    assertEquals(Map.of("status", "DOWN", "reason", "Initialisation has not finished"), json(starting));

    registry.markReady();
    Response<String> ready = routes.ready();
    assertEquals(200, ready.statusCode());
    assertEquals(Map.of("status", "UP"), json(ready));
  }

  @Test
  void readyIs503WhileARequiredCheckIsDownAndNamesIt() {
    HealthRegistry registry = registry(false);
    registry.markReady();
    dbUp.set(false);

    Response<String> response = new HealthRoutes(registry).ready();

    assertEquals(503, response.statusCode());
    Map<String, Object> body = json(response);
    assertEquals("Required checks are DOWN", body.get("reason"));
    assertEquals(List.of("db"), body.get("checks"));
    assertFalse(body.containsKey("details"));
  }
}
