package dev.lift.runtime;

import dev.lift.runtime.error.ErrorLog;
import dev.lift.runtime.error.ErrorResponses;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs the dispatcher on one reusable daemon thread so that the invocation's thread can stop
 * waiting at a deadline ({@link LiftConfig#timeoutMarginMillis()}). Java cannot stop a thread
 * safely, so a request that overruns keeps running on the worker after its 504 has been sent;
 * while it does, further requests are answered 503 {@code UNAVAILABLE} at once instead of queueing
 * behind it. The worker is not interrupted: an interrupt closes any interruptible channel the
 * request happens to use, and such channels (connection pools) are usually shared with the
 * requests that follow.
 */
final class DispatchWorker {
  private final AtomicBoolean busy = new AtomicBoolean();
  /** The worker thread, for the stack trace logged when it overruns. */
  private volatile Thread thread;
  private ExecutorService executor;

  /**
   * Serves {@code exchange} with {@code dispatch}, waiting at most {@code budgetMillis}. The
   * exchange's ids are resolved first: after a timeout the exchange belongs to the worker.
   */
  WireResponse dispatch(Exchange exchange, Function<Exchange, WireResponse> dispatch, long budgetMillis) {
    String requestId = exchange.requestId();
    String traceId = exchange.traceId();
    if (budgetMillis <= 0) {
      return refuse(exchange.request(), requestId, traceId, timeout(Math.max(0, budgetMillis)));
    }
    if (!busy.compareAndSet(false, true)) {
      return refuse(exchange.request(), requestId, traceId, unavailable());
    }
    Future<WireResponse> response;
    try {
      // Anonymous classes, not lambdas, here and below: the first lambda of a JVM costs a cold
      // start several milliseconds of invokedynamic bootstrap.
      response = executor().submit(new Callable<WireResponse>() {
        @Override
        public WireResponse call() {
          try {
            return dispatch.apply(exchange);
          } finally {
            busy.set(false);
          }
        }
      });
    } catch (RuntimeException | Error e) {
      busy.set(false);
      throw e;
    }
    try {
      return response.get(budgetMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return refuse(exchange.request(), requestId, traceId, timeout(budgetMillis));
    } catch (ExecutionException e) {
      // dispatch recovers from everything but the virtual machine errors that must fail the invocation.
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      return Recovery.standard(exchange, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return refuse(exchange.request(), requestId, traceId, LiftError.internal());
    }
  }

  private static LiftError timeout(long budgetMillis) {
    return new LiftError(504, "TIMEOUT", "The request did not complete within " + budgetMillis + " ms");
  }

  private static LiftError unavailable() {
    return new LiftError(
        503, "UNAVAILABLE", "An earlier request that timed out is still running; try again shortly");
  }

  /**
   * Logs the error with the worker's stack trace, which shows where the overrunning request is
   * stuck, and answers with the error body.
   */
  private WireResponse refuse(Request request, String requestId, String traceId, LiftError error) {
    Thread worker = thread;
    if (worker != null && busy.get()) {
      error.setStackTrace(worker.getStackTrace());
    }
    ErrorLog.serverError(error, requestId, traceId, request.method(), request.path());
    return ErrorResponses.of(error, requestId, traceId);
  }

  private synchronized ExecutorService executor() {
    if (executor == null) {
      executor = Executors.newSingleThreadExecutor(new ThreadFactory() {
        @Override
        public Thread newThread(Runnable task) {
          Thread worker = new Thread(task, "lift-dispatch");
          worker.setDaemon(true);
          thread = worker;
          return worker;
        }
      });
    }
    return executor;
  }
}
