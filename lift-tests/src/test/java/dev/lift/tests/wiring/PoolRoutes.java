package dev.lift.tests.wiring;

import dev.lift.annotations.Route;
import dev.lift.runtime.resources.ResourcePool;

/** A handler with the pool. */
public class PoolRoutes {
  private final ResourcePool<Conn> pool;

  public PoolRoutes(ResourcePool<Conn> pool) {
    this.pool = pool;
    Journal.record("new PoolRoutes");
  }

  /** {@code created=2 destroyed=0 idle=2 active=0}. */
  @Route("GET /wiring/pool")
  public String pool() {
    Journal.record("route PoolRoutes.pool");
    return WiringResources.stats(pool);
  }
}
