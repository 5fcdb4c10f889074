package dev.lift.tests.wiringfail;

import dev.lift.annotations.PreWarm;
import dev.lift.runtime.resources.ResourceFactory;
import dev.lift.runtime.resources.ResourcePool;

/** Providers and a hook that fail on request. */
public final class FailResources {
  /** Set by a test before it creates the application. */
  public static volatile Failure failAt = Failure.NONE;

  private FailResources() {}

  @PreWarm
  public static Database database() {
    if (failAt == Failure.PROVIDER_THROWS) {
      throw new IllegalStateException("database unreachable");
    }
    return failAt == Failure.PROVIDER_RETURNS_NULL ? null : new Database();
  }

  @PreWarm
  public static ResourcePool<String> connections() {
    return ResourcePool.builder("connections", ResourceFactory.<String>of(() -> {
      if (failAt == Failure.POOL_CANNOT_CONNECT) {
        throw new java.net.ConnectException("Connection refused");
      }
      return "connection";
    })).minIdle(1).build();
  }

  @PreWarm
  public static void warm(Database database) {
    if (failAt == Failure.WARM_UP_HOOK_THROWS) {
      throw new IllegalArgumentException("cache warm-up failed");
    }
  }
}
