package com.example.shop;

import com.example.shop.infra.Database;
import com.example.shop.infra.PaymentClient;
import com.example.shop.infra.ShopConfig;
import dev.lift.annotations.BeforeCheckpoint;
import dev.lift.annotations.Named;
import dev.lift.annotations.PreWarm;
import dev.lift.runtime.health.HealthChecks;
import dev.lift.runtime.health.HealthRegistry;
import dev.lift.runtime.resources.ResourceFactory;
import dev.lift.runtime.resources.ResourcePool;

/**
 * Static providers, declared out of dependency order: two resources of one type told apart by
 * {@code @Named}, a generic pool, the health registry that the included HealthRoutes needs, a
 * warm-up hook and a checkpoint hook.
 */
public final class ShopResources {
  private ShopResources() {}

  @PreWarm
  public static HealthRegistry health(ResourcePool<Database> pool) {
    return new HealthRegistry().register("db", HealthChecks.pool(pool));
  }

  @PreWarm
  @Named("primary")
  public static Database primary(ShopConfig config) {
    return new Database(config.databaseUrl());
  }

  @PreWarm
  @Named("replica")
  public static Database replica(ShopConfig config) {
    return new Database(config.databaseUrl() + "?readOnly=true");
  }

  @PreWarm
  public static ResourcePool<Database> pool(ShopConfig config) {
    return ResourcePool.builder("db", ResourceFactory.of(() -> new Database(config.databaseUrl())))
        .minIdle(1)
        .maxActive(4)
        .build();
  }

  @PreWarm
  public static ShopConfig config() {
    return new ShopConfig("eu-west-1", "jdbc:shop");
  }

  /** A warm-up hook: runs at init once every resource exists. */
  @PreWarm
  public static void warm(@Named("replica") Database replica, ResourcePool<Database> pool) {}

  @BeforeCheckpoint
  public static void prime(PaymentClient payments) {
    payments.ping();
  }
}
