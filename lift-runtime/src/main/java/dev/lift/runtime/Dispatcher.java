package dev.lift.runtime;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;

/**
 * Implemented by the generated entry class of an application: matches the request against the
 * compiled route table, binds parameters, calls the route method and encodes its result.
 * It runs the application's middleware and recovers from errors itself; what escapes is turned into
 * the standard error body by the runtime.
 *
 * <p>The same interface names the route table ({@link #routePattern}) and what the runtime calls
 * around SnapStart checkpoints: one interface rather than three, because every class a cold start
 * loads costs it about 0.3 ms (fresh JVMs with Lambda's flags, JDK 17, this repository's
 * {@code lift-json-tests} probe).
 */
public interface Dispatcher {
  WireResponse dispatch(Exchange exchange) throws Exception;

  /**
   * The pattern of route number {@code route}, for example {@code "GET /users/{id}"}, or {@code
   * null}; generated dispatchers answer from a switch of constants. Lets an {@link Exchange} name
   * its matched route only when someone asks.
   */
  default String routePattern(int route) {
    return null;
  }

  /** Runs the generated matcher on a sample path of every route; calls no route method. */
  default void primeRouting() {}

  /** The {@code @BeforeCheckpoint} hooks. */
  default void beforeCheckpoint() throws Exception {}

  /** The {@code @AfterRestore} hooks. */
  default void afterRestore() throws Exception {}
}
