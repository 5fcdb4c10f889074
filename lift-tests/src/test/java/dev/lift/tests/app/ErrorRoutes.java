package dev.lift.tests.app;

import dev.lift.annotations.Route;
import dev.lift.runtime.error.LiftError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Routes that fail, on purpose or not. */
public class ErrorRoutes {
  /** Text that must never reach a client. */
  public static final String SECRET = "jdbc:postgresql://db.internal/prod password=hunter2";

  @Route("GET /err/lift")
  public String liftErrorWithDetails() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("id", 7);
    details.put("fields", List.of("name", "sku"));
    throw new LiftError(409, "CONFLICT", "Item 7 already exists", details);
  }

  @Route("GET /err/lift/plain")
  public String liftErrorWithoutDetails() {
    throw new LiftError(422, "UNPROCESSABLE", "Cannot process this item");
  }

  @Route("GET /err/lift/server")
  public String liftServerError() {
    throw new LiftError(503, "UNAVAILABLE", "The inventory is unavailable, try again later");
  }

  @Route("GET /err/boom")
  public String boom() {
    throw new IllegalStateException("Connection refused: " + SECRET);
  }
}
