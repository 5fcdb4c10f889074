package dev.lift.tests.mw;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A middleware that records each call into the exchange's {@code trace} list, and that a test can
 * steer with request headers:
 *
 * <ul>
 *   <li>{@code X-Answer-Early: <name>}: {@code before} answers 429 with the text {@code "<name> answered"};
 *   <li>{@code X-Throw-In: <name>.<before|after|onError>[:other]}: that call throws an
 *       {@link IllegalStateException} ({@code :other}: an {@link UnsupportedOperationException});
 *   <li>{@code X-Replace-On-Error: <name>}: {@code onError} answers 200 with the text
 *       {@code "<name> replaced <ExceptionSimpleName>"}.
 * </ul>
 */
abstract class Recorder implements Middleware {
  static final String TRACE = "trace";

  private final String name = getClass().getSimpleName();

  @Override
  public WireResponse before(Exchange exchange) throws Exception {
    record(exchange, name + ".before");
    failIfAsked(exchange, "before");
    if (name.equals(exchange.request().header("X-Answer-Early"))) {
      return text(429, name + " answered");
    }
    return null;
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) throws Exception {
    record(exchange, name + ".after(" + response.status() + ")");
    failIfAsked(exchange, "after");
    return response;
  }

  @Override
  public WireResponse onError(Exchange exchange, Throwable error) throws Exception {
    record(exchange, name + ".onError(" + error.getClass().getSimpleName() + ")");
    failIfAsked(exchange, "onError");
    if (name.equals(exchange.request().header("X-Replace-On-Error"))) {
      return text(200, name + " replaced " + error.getClass().getSimpleName());
    }
    return null;
  }

  private void failIfAsked(Exchange exchange, String phase) {
    String order = exchange.request().header("X-Throw-In");
    if (order == null) {
      return;
    }
    if (order.equals(name + "." + phase)) {
      throw new IllegalStateException(name + "." + phase + " failed");
    }
    if (order.equals(name + "." + phase + ":other")) {
      throw new UnsupportedOperationException(name + "." + phase + " failed");
    }
  }

  static void record(Exchange exchange, String call) {
    List<String> trace = exchange.attribute(TRACE);
    if (trace == null) {
      trace = new ArrayList<>();
      exchange.attribute(TRACE, trace);
    }
    trace.add(call);
  }

  static WireResponse text(int status, String text) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("text/plain; charset=utf-8"));
    return new WireResponse(status, headers, List.of(), text, false);
  }

  /** {@code response} with one more header. */
  static WireResponse withHeader(WireResponse response, String name, String value) {
    Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
    headers.put(name, List.of(value));
    return new WireResponse(response.status(), headers, response.cookies(), response.body(), response.base64());
  }
}
