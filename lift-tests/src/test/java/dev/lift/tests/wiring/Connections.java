package dev.lift.tests.wiring;

import dev.lift.annotations.PreWarm;
import dev.lift.runtime.resources.ResourceFactory;
import dev.lift.runtime.resources.ResourcePool;

/**
 * An instance provider: the init creates one Connections (its constructor takes a resource) and
 * asks it for the pool, which it prewarms to {@link #MIN_IDLE} connections.
 */
public final class Connections {
  public static final int MIN_IDLE = 2;

  /** The last pool made, for the tests to read its statistics. */
  public static volatile ResourcePool<Conn> lastPool;

  private final Settings settings;

  public Connections(Settings settings) {
    this.settings = settings;
    Journal.record("new Connections from " + settings);
  }

  @PreWarm
  public ResourcePool<Conn> pool() {
    Journal.record("create pool");
    ResourcePool<Conn> pool = ResourcePool.builder("conns", ResourceFactory.<Conn>of(
            Conn::new, conn -> true, conn -> Journal.record("destroy " + conn)))
        .minIdle(MIN_IDLE)
        .maxActive(4)
        .build();
    lastPool = pool;
    return pool;
  }
}
