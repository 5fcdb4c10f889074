package dev.lift.jwt;

import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Headers;
import dev.lift.runtime.http.QueryParameters;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;
import java.util.concurrent.Callable;

/** Runs middleware around a route exactly as the generated dispatcher does (see Middleware's javadoc). */
final class Pipeline {
  private Pipeline() {}

  static WireResponse run(Exchange exchange, Callable<WireResponse> route, Middleware... layers) {
    try {
      return run(exchange, route, layers, 0);
    } catch (Exception e) {
      return Recovery.standard(exchange, e);
    }
  }

  /** The route's exception reaches the innermost layer's onError, as in generated code. */
  private static WireResponse run(Exchange exchange, Callable<WireResponse> route, Middleware[] layers, int index)
      throws Exception {
    if (index == layers.length) {
      return route.call();
    }
    Middleware layer = layers[index];
    WireResponse response = layer.before(exchange);
    if (response == null) {
      try {
        response = run(exchange, route, layers, index + 1);
      } catch (Throwable error) {
        response = layer.onError(exchange, error);
        if (response == null) {
          response = Recovery.standard(exchange, error);
        }
      }
      response = layer.after(exchange, response);
    }
    return response;
  }

  /** A GET /accounts request with these headers (name, value, name, value, ...). */
  static Exchange exchange(String... headerPairs) {
    return exchange(QueryParameters.empty(), headerPairs);
  }

  static Exchange exchange(QueryParameters query, String... headerPairs) {
    Headers.Builder headers = Headers.builder();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.add(headerPairs[i], headerPairs[i + 1]);
    }
    headers.add("X-Amzn-Trace-Id", "Root=1-test");
    Request request = Request.builder(EventKind.API_GATEWAY_V2, "GET", "/accounts")
        .headers(headers.build())
        .query(query)
        .requestContextId("req-1")
        .sourceIp("203.0.113.9")
        .build();
    return new Exchange(request, null);
  }

  static WireResponse ok() {
    return WireResponse.text("ok");
  }
}
