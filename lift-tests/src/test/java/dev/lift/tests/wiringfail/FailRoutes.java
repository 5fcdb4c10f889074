package dev.lift.tests.wiringfail;

import dev.lift.annotations.Route;
import dev.lift.runtime.resources.ResourcePool;

/** A handler whose constructor takes the resources, and may fail itself. */
public class FailRoutes {
  public FailRoutes(Database database, ResourcePool<String> connections) {
    if (FailResources.failAt == Failure.HANDLER_CONSTRUCTOR_THROWS) {
      throw new UnsupportedOperationException("no routes today");
    }
  }

  @Route("GET /fail")
  public String fail() {
    return "started";
  }
}
