package dev.lift.tests.wiring;

import dev.lift.annotations.Named;
import dev.lift.annotations.Route;

/** A handler with two resources, one of them qualified. */
public class StoreRoutes {
  private final Store store;
  private final Greeting greeting;

  public StoreRoutes(Store store, @Named("casual") Greeting greeting) {
    this.store = store;
    this.greeting = greeting;
    Journal.record("new StoreRoutes with " + store + " and " + greeting);
  }

  @Route("GET /wiring/store")
  public String store() {
    Journal.record("route StoreRoutes.store");
    return store.toString();
  }

  @Route("GET /wiring/greeting")
  public String greeting() {
    Journal.record("route StoreRoutes.greeting");
    return greeting.toString();
  }
}
