package dev.lift.runtime.error;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;

/**
 * Turns exceptions into error responses. Generated dispatchers call it after the application's own
 * {@code @Recover} mappings declined an exception; the runtime calls it as the last resort.
 *
 * <ul>
 *   <li>A {@link LiftError} answers with its own status and the standard error body; a 5xx one is
 *       logged, since it means something failed on our side.
 *   <li>Any other exception (and {@link StackOverflowError}) is logged once as one JSON line with
 *       the stack trace, and answers 500 {@code INTERNAL} with no detail of the failure.
 *   <li>Other {@link VirtualMachineError}s (out of memory) are rethrown: the invocation fails and
 *       Lambda replaces the broken environment.
 * </ul>
 */
public final class Recovery {
  private static final LiftError INTERNAL = LiftError.internal();

  private Recovery() {}

  public static WireResponse standard(Exchange exchange, Throwable error) {
    if (error instanceof VirtualMachineError && !(error instanceof StackOverflowError)) {
      throw (VirtualMachineError) error;
    }
    if (error instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    exchange.error(error);
    if (error instanceof LiftError) {
      LiftError liftError = (LiftError) error;
      if (liftError.status() >= 500) {
        ErrorLog.serverError(liftError, exchange.requestId(), exchange.traceId(), method(exchange), path(exchange));
      }
      return body(exchange, liftError);
    }
    ErrorLog.unexpected(error, exchange.requestId(), exchange.traceId(), method(exchange), path(exchange));
    return ErrorResponses.of(INTERNAL, exchange.requestId(), exchange.traceId());
  }

  /** The response for an exception that a {@code @Recover} method mapped to {@code mapped}. */
  public static WireResponse recovered(Exchange exchange, Throwable error, LiftError mapped) {
    if (mapped == null) {
      return standard(exchange, error);
    }
    exchange.error(error);
    if (mapped.status() >= 500) {
      ErrorLog.unexpected(error, exchange.requestId(), exchange.traceId(), method(exchange), path(exchange));
    }
    return body(exchange, mapped);
  }

  /** The error body; details that cannot be written are a bug of their own, answered with 500. */
  private static WireResponse body(Exchange exchange, LiftError error) {
    try {
      return ErrorResponses.of(error, exchange.requestId(), exchange.traceId());
    } catch (RuntimeException e) {
      ErrorLog.unexpected(e, exchange.requestId(), exchange.traceId(), method(exchange), path(exchange));
      return ErrorResponses.of(INTERNAL, exchange.requestId(), exchange.traceId());
    }
  }

  private static String method(Exchange exchange) {
    return exchange.request().method();
  }

  private static String path(Exchange exchange) {
    return exchange.request().path();
  }
}
