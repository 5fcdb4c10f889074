package dev.lift.runtime.middleware;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;

/**
 * Code that runs around route methods, applied with {@code @Middleware} to an application (every
 * request, also those that match no route), a handler class or a single route. The generated
 * dispatcher calls each layer directly, outermost first:
 *
 * <pre>{@code
 * response = layer.before(exchange);          // non-null: answer early, inner layers are skipped
 * if (response == null) {
 *   try {
 *     response = <inner layers and the route method>;
 *   } catch (Throwable error) {               // from the layers inside this one
 *     response = layer.onError(exchange, error);
 *     if (response == null) response = <recovery: the standard error body>;
 *   }
 *   response = layer.after(exchange, response);
 * }
 * }</pre>
 *
 * <p>An exception reaches the nearest enclosing layer's {@link #onError}; when it declines, the
 * compiled recovery turns it into the error response, so every outer {@link #after} sees a response
 * (and {@link Exchange#error()} the exception). Instances are created once, when the function
 * starts, and shared by all requests: keep per-request state in the {@link Exchange}.
 */
public interface Middleware {
  /** Runs before the inner layers; return a response to answer early, {@code null} to go on. */
  default WireResponse before(Exchange exchange) throws Exception {
    return null;
  }

  /** Sees, and may replace, the response of the inner layers (also an error response). */
  default WireResponse after(Exchange exchange, WireResponse response) throws Exception {
    return response;
  }

  /**
   * An inner layer threw. Return a response to answer with, or {@code null} to let recovery make
   * the standard error response.
   */
  default WireResponse onError(Exchange exchange, Throwable error) throws Exception {
    return null;
  }
}
