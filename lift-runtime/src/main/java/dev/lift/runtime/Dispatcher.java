package dev.lift.runtime;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;

/**
 * Dispatches requests for a {@link LiftRuntime} made with {@link LiftRuntime#LiftRuntime(Dispatcher)}:
 * tests, benchmarks and hand-written handlers. It matches the request, calls the route and encodes
 * its result, recovering from errors itself; what escapes is turned into the standard error body by
 * the runtime.
 *
 * <p>Generated entry classes do not implement it: they extend {@link LiftRuntime} and override the
 * same methods, so that a cold start loads one class less (each costs a fresh JVM's first request
 * 0.3 to 0.7 ms with Lambda's flags). The same interface names the route table ({@link
 * #routePattern}) and what the runtime calls around SnapStart checkpoints.
 */
public interface Dispatcher {
  WireResponse dispatch(Exchange exchange) throws Exception;

  /**
   * The pattern of route number {@code route}, for example {@code "GET /users/{id}"}, or {@code
   * null}. Lets an {@link Exchange} name its matched route only when someone asks.
   */
  default String routePattern(int route) {
    return null;
  }

  /** Runs the matcher on a sample path of every route; calls no route method. */
  default void primeRouting() {}

  /** The {@code @BeforeCheckpoint} hooks. */
  default void beforeCheckpoint() throws Exception {}

  /** The {@code @AfterRestore} hooks. */
  default void afterRestore() throws Exception {}
}
