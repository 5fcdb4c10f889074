package dev.lift.runtime;

import dev.lift.runtime.error.ErrorResponses;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.error.MethodNotAllowedError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.HttpMethod;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;

/** Support for generated matchers, kept out of the generated code so that it stays short. */
public final class Routing {
  private Routing() {}

  /**
   * The error for a request no route matched. {@code result} is the matcher's answer,
   * {@code -1 - allowed}: 404 when no route has the path ({@code allowed == 0}), else 405 with the
   * {@code Allow} header of the methods that do. A {@link LiftError} typed as {@code
   * RuntimeException}, so that the generated code throwing it does not load {@code LiftError}
   * when the JVM verifies it (see {@link dev.lift.runtime.error.Failures}).
   */
  public static RuntimeException unmatched(Request request, int result) {
    return unmatched(request, -1 - result, request.path());
  }

  /**
   * The response for a request no route matched, answered without throwing: what {@link
   * #unmatched(Request, int)} would answer through recovery, for applications with no middleware
   * and no {@code @Recover} method of their own, where nothing else could see the error. The
   * body carries the request and trace ids, so it is written per request, straight into one buffer.
   */
  public static WireResponse unmatchedResponse(Exchange exchange, int result) {
    Request request = exchange.request();
    int allowed = -1 - result;
    if (allowed == 0) {
      return ErrorResponses.notFound(request.method(), request.path(), exchange.requestId(), exchange.traceId());
    }
    return ErrorResponses.of(unmatched(request, allowed, request.path()), exchange.requestId(), exchange.traceId());
  }

  private static LiftError unmatched(Request request, int allowed, String path) {
    if (allowed == 0) {
      return LiftError.notFound("No route matches " + request.method() + " " + path);
    }
    return new MethodNotAllowedError(
        HttpMethod.allowHeader(allowed), "Method " + request.method() + " is not allowed on " + path);
  }
}
