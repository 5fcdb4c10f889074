package dev.lift.samples.hello;

import dev.lift.annotations.PreWarm;
import dev.lift.runtime.health.HealthRegistry;
import dev.lift.runtime.health.HealthStatus;
import java.util.Map;

/**
 * Resources created once at init ({@code @PreWarm}), in dependency order, and handed to the
 * constructors that ask for them: here {@link UserStore} to {@link UserRoutes}, and the health
 * registry to the runtime's {@code HealthRoutes}.
 */
public final class SampleResources {
  private SampleResources() {}

  @PreWarm
  public static UserStore userStore() {
    return new UserStore();
  }

  @PreWarm
  public static HealthRegistry health(UserStore users) {
    return HealthRegistry.builder()
        .showDetails(true)
        .build()
        .register("user-store", () -> HealthStatus.up(Map.of("users", users.size())));
  }
}
