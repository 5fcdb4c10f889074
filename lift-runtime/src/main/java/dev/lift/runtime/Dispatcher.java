package dev.lift.runtime;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.RoutePatterns;
import dev.lift.runtime.http.WireResponse;

/**
 * Implemented by the generated entry class of an application: matches the request against the
 * compiled route table, binds parameters, calls the route method and encodes its result.
 * It runs the application's middleware and recovers from errors itself; what escapes is turned into
 * the standard error body by the runtime.
 */
public interface Dispatcher extends RoutePatterns {
  WireResponse dispatch(Exchange exchange) throws Exception;

  /** The pattern of a route number; generated dispatchers answer from a switch of constants. */
  @Override
  default String routePattern(int route) {
    return null;
  }
}
