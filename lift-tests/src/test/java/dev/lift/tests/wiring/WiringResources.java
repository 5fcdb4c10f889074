package dev.lift.tests.wiring;

import dev.lift.annotations.AfterRestore;
import dev.lift.annotations.BeforeCheckpoint;
import dev.lift.annotations.Named;
import dev.lift.annotations.PreWarm;
import dev.lift.runtime.health.HealthChecks;
import dev.lift.runtime.health.HealthRegistry;
import dev.lift.runtime.health.HealthStatus;
import dev.lift.runtime.resources.PoolStats;
import dev.lift.runtime.resources.ResourcePool;
import java.util.Map;

/**
 * Static providers and hooks, declared in the reverse of their dependency order: the init must
 * order them by what they need, not by where they are written.
 */
public final class WiringResources {
  private WiringResources() {}

  @PreWarm
  public static HealthRegistry health(ResourcePool<Conn> pool, Store store) {
    Journal.record("create HealthRegistry");
    return HealthRegistry.builder().showDetails(true).build()
        .register("pool", HealthChecks.pool(pool))
        .register("store", () -> HealthStatus.up(Map.of("store", store.toString())));
  }

  @PreWarm
  public static AuditLog auditLog(Store store, @Named("formal") Greeting greeting) {
    return new AuditLog(store, greeting);
  }

  @PreWarm
  public static Store store(Settings settings) {
    return new Store(settings);
  }

  @PreWarm
  @Named("formal")
  public static Greeting formal() {
    return new Greeting("Good afternoon");
  }

  @PreWarm
  @Named("casual")
  public static Greeting casual() {
    return new Greeting("Hi");
  }

  @PreWarm
  public static Settings settings() {
    return new Settings();
  }

  /** A warm-up hook: at init, once every resource exists. */
  @PreWarm
  public static void warm(Store store, AuditLog audit, ResourcePool<Conn> pool) {
    Journal.record("warm-up hook with " + store + ", " + audit + ", pool " + stats(pool));
  }

  @BeforeCheckpoint
  public static void beforeCheckpoint(Store store) {
    Journal.record("@BeforeCheckpoint hook with " + store);
  }

  /** Runs after the runtime dropped and refilled the pool: the statistics show it. */
  @AfterRestore
  public static void afterRestore(ResourcePool<Conn> pool) {
    Journal.record("@AfterRestore hook, pool " + stats(pool));
  }

  public static String stats(ResourcePool<Conn> pool) {
    PoolStats stats = pool.stats();
    return "created=" + stats.created() + " destroyed=" + stats.destroyed() + " idle=" + stats.idle()
        + " active=" + stats.active();
  }
}
