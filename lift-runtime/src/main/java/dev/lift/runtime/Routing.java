package dev.lift.runtime;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.error.MethodNotAllowedError;
import dev.lift.runtime.http.HttpMethod;
import dev.lift.runtime.http.Request;

/** Support for generated matchers, kept out of the generated code so that it stays short. */
public final class Routing {
  private Routing() {}

  /**
   * The error for a request no route matched. {@code result} is the matcher's answer,
   * {@code -1 - allowed}: 404 when no route has the path ({@code allowed == 0}), else 405 with the
   * {@code Allow} header of the methods that do.
   */
  public static LiftError unmatched(Request request, int result) {
    int allowed = -1 - result;
    if (allowed == 0) {
      return LiftError.notFound("No route matches " + request.method() + " " + request.path().raw());
    }
    return new MethodNotAllowedError(
        HttpMethod.allowHeader(allowed),
        "Method " + request.method() + " is not allowed on " + request.path().raw());
  }
}
