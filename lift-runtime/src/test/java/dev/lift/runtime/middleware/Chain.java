package dev.lift.runtime.middleware;

import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Headers;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.FakeContext;
import java.util.List;
import java.util.Map;

/**
 * Runs one middleware around a route exactly as the generated dispatcher does (see {@link
 * Middleware}), and builds the requests and exchanges the tests feed it.
 */
final class Chain {
  static final String REQUEST_ID = "lambda-req-1";

  /** A route: what the inner layers and the route method do. */
  interface Route {
    WireResponse serve(Exchange exchange) throws Exception;
  }

  private Chain() {}

  static WireResponse run(Middleware layer, Exchange exchange, Route route) throws Exception {
    WireResponse response = layer.before(exchange);
    if (response == null) {
      try {
        response = route.serve(exchange);
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

  /** A request with headers given as name, value, name, value... */
  static Request request(String method, String path, String... headers) {
    Headers.Builder builder = Headers.builder();
    for (int i = 0; i < headers.length; i += 2) {
      builder.add(headers[i], headers[i + 1]);
    }
    return Request.builder(EventKind.API_GATEWAY_V2, method, path).headers(builder.build()).build();
  }

  static Exchange exchange(Request request) {
    return new Exchange(request, new FakeContext(REQUEST_ID));
  }

  static Exchange exchange(String method, String path, String... headers) {
    return exchange(request(method, path, headers));
  }

  static WireResponse ok() {
    return new WireResponse(200, Map.of("Content-Type", List.of("text/plain")), List.of(), "ok", false);
  }

  static WireResponse ok(Map<String, List<String>> headers) {
    return new WireResponse(200, headers, List.of(), "ok", false);
  }

  /** Every value of a header, names compared case-insensitively across all capitalisations. */
  static List<String> all(WireResponse response, String name) {
    return response.headers().entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .flatMap(header -> header.getValue().stream())
        .toList();
  }

  static boolean hasAnyAllowHeader(WireResponse response) {
    return response.headers().keySet().stream()
        .anyMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-allow-"));
  }
}
