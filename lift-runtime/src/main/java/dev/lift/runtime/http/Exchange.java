package dev.lift.runtime.http;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.runtime.Dispatcher;
import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.metrics.Metrics;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One request on its way through the middleware and the route method: the request, the Lambda
 * context, what the dispatcher matched, and what middleware want to share (attributes, metrics).
 * The runtime creates one per invocation; nothing else is allocated per middleware.
 */
public final class Exchange {
  private static volatile boolean warm;

  private final Request request;
  private final Context context;
  private final long startNanos;
  private final boolean coldStart;
  /**
   * What matched: the generated dispatcher, whose route table names route {@link #routeNumber}
   * when someone asks, or the pattern itself when it was set by name. No field holds a looked-up
   * pattern, which keeps the exchange at 64 bytes.
   */
  private Object routeTable;
  private int routeNumber;
  private String requestId;
  private String traceId;
  private String correlationId;
  private Throwable error;
  private Map<String, Object> attributes;
  private Metrics metrics;

  public Exchange(Request request, Context context) {
    this.request = Objects.requireNonNull(request, "request");
    this.context = context;
    this.startNanos = System.nanoTime();
    this.coldStart = takeColdStart();
  }

  /**
   * True for the first invocation this JVM serves, HTTP or any other event, and false after: the
   * execution environment's cold start. {@code EventExchange} asks here too, so that a function
   * with several triggers reports one cold start.
   */
  public static boolean takeColdStart() {
    if (warm) {
      return false;
    }
    warm = true; // written once: a volatile write on every request would cost a fence each time
    return true;
  }

  public Request request() {
    return request;
  }

  /** The Lambda context, or {@code null} outside Lambda (tests). */
  public Context context() {
    return context;
  }

  /** {@link System#nanoTime()} when the runtime received the request. */
  public long startNanos() {
    return startNanos;
  }

  /** Whether this is the first request this JVM serves (the execution environment's cold start). */
  public boolean coldStart() {
    return coldStart;
  }

  /** The matched route, for example {@code "GET /users/{id}"}, or {@code null} when none matched. */
  public String route() {
    if (routeTable instanceof String) {
      return (String) routeTable;
    }
    if (routeTable instanceof LiftRuntime) {
      return ((LiftRuntime) routeTable).routePattern(routeNumber);
    }
    return routeTable == null ? null : ((Dispatcher) routeTable).routePattern(routeNumber);
  }

  /** Sets the matched route ({@code null}: none). */
  public void route(String route) {
    this.routeTable = route;
  }

  /**
   * Set by the generated dispatcher once it matched: route number {@code route} of {@code table}
   * (a negative number: none). Only the number is stored; {@link #route()} looks the pattern up
   * (a switch of constants) when someone asks.
   */
  public void matched(LiftRuntime table, int route) {
    this.routeTable = table;
    this.routeNumber = route;
  }

  /** {@link #matched(LiftRuntime, int)} for a dispatcher that is no {@code LiftRuntime}. */
  public void matched(Dispatcher table, int route) {
    this.routeTable = table;
    this.routeNumber = route;
  }

  /** Lambda's request id, else API Gateway's; {@code null} when neither is known. */
  public String requestId() {
    if (requestId == null) {
      requestId = context == null ? null : context.getAwsRequestId();
      if (requestId == null) {
        requestId = request.requestContextId();
      }
    }
    return requestId;
  }

  /**
   * The {@code X-Amzn-Trace-Id} header, else the invocation's X-Ray trace (system property
   * {@code com.amazonaws.xray.traceHeader}, environment variable {@code _X_AMZN_TRACE_ID}).
   */
  public String traceId() {
    if (traceId == null) {
      traceId = traceId(request.traceHeader());
    }
    return traceId;
  }

  /** The trace header when the request has one, else the invocation's X-Ray trace, or {@code null}. */
  public static String traceId(String traceHeader) {
    String trace = traceHeader;
    if (trace == null) {
      trace = System.getProperty("com.amazonaws.xray.traceHeader");
    }
    if (trace == null) {
      trace = Environment.TRACE_ID;
    }
    return trace;
  }

  /**
   * The process's environment never changes; {@code System.getenv(name)} allocates a lookup key on
   * every call, so an error response read it once per request. Loaded on the first lookup.
   */
  private static final class Environment {
    static final String TRACE_ID = System.getenv("_X_AMZN_TRACE_ID");
  }

  /** A caller-supplied correlation id (see {@code RequestIdMiddleware}), or {@code null}. */
  public String correlationId() {
    return correlationId;
  }

  public void correlationId(String correlationId) {
    this.correlationId = correlationId;
  }

  /** The exception an error response was made from, or {@code null}. */
  public Throwable error() {
    return error;
  }

  /** Recorded by recovery when it turns an exception into a response. */
  public void error(Throwable error) {
    this.error = error;
  }

  /** A value a middleware shares with later layers and the route method, or {@code null}. */
  @SuppressWarnings("unchecked")
  public <T> T attribute(String name) {
    return attributes == null ? null : (T) attributes.get(name);
  }

  public void attribute(String name, Object value) {
    if (attributes == null) {
      attributes = new HashMap<>(4);
    }
    attributes.put(name, value);
  }

  /** The invocation's metrics record, written by {@code MetricsMiddleware} when it is applied. */
  public Metrics metrics() {
    if (metrics == null) {
      metrics = new Metrics();
    }
    return metrics;
  }

  /** Whether anything asked for {@link #metrics()} yet. */
  public boolean hasMetrics() {
    return metrics != null;
  }

  /** Milliseconds since the request was received. */
  public double elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000.0;
  }

  /** For tests: the next exchange counts as a cold start again. */
  public static void resetColdStart() {
    warm = false;
  }
}
