package dev.lift.runtime.health;

import dev.lift.annotations.Route;
import dev.lift.runtime.http.Response;
import java.util.List;
import java.util.Objects;

/**
 * The health endpoints, as ordinary Lift routes. An application serves them by including the
 * class, {@code @LiftApplication(include = HealthRoutes.class)}, and providing a {@link
 * HealthRegistry} resource.
 *
 * <ul>
 *   <li>{@code GET /health}: every check; 200 when UP or DEGRADED, 503 when DOWN.
 *       {@code {"status":"UP","checks":{"db":{"status":"UP","duration_ms":3,"details":{...}}}}},
 *       details only when the registry shows them.
 *   <li>{@code GET /health/live}: 200 {@code {"status":"UP"}} whenever the function answers at all;
 *       runs no check.
 *   <li>{@code GET /health/ready}: 200 {@code {"status":"UP"}} once init has finished and while no
 *       required check is DOWN; 503 otherwise, with the reason and the failing checks' names.
 * </ul>
 *
 * Responses are {@code application/json} and {@code Cache-Control: no-store}.
 */
public final class HealthRoutes {
  private static final String JSON = "application/json";

  private final HealthRegistry registry;

  public HealthRoutes(HealthRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Route("GET /health")
  public Response<String> health() {
    HealthReport report = registry.report();
    int status = report.status() == HealthStatus.State.DOWN ? 503 : 200;
    return json(status, HealthJson.report(report, registry.showDetails()));
  }

  @Route("GET /health/live")
  public Response<String> live() {
    return json(200, HealthJson.status(HealthStatus.State.UP));
  }

  @Route("GET /health/ready")
  public Response<String> ready() {
    if (!registry.isMarkedReady()) {
      return json(503, HealthJson.notReady("Initialisation has not finished", List.of()));
    }
    List<String> down = registry.report().requiredDown();
    if (!down.isEmpty()) {
      return json(503, HealthJson.notReady("Required checks are DOWN", down));
    }
    return json(200, HealthJson.status(HealthStatus.State.UP));
  }

  private static Response<String> json(int status, String body) {
    return Response.<String>status(status)
        .contentType(JSON)
        .header("Cache-Control", "no-store")
        .body(body);
  }
}
