package dev.lift.tests.mw;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second application middleware. It answers CORS preflights itself, for any path, with the
 * route it sees (there is none for a path no route has).
 */
public class AppInner extends Recorder {
  @Override
  public WireResponse before(Exchange exchange) throws Exception {
    WireResponse answer = super.before(exchange);
    if (answer != null) {
      return answer;
    }
    if ("OPTIONS".equals(exchange.request().method())
        && exchange.request().header("Access-Control-Request-Method") != null) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      headers.put("Access-Control-Allow-Origin", List.of("*"));
      headers.put("Access-Control-Allow-Methods", List.of("GET, POST"));
      headers.put("X-Preflight-Route", List.of(exchange.route() == null ? "-" : exchange.route()));
      return new WireResponse(204, headers, List.of(), null, false);
    }
    return null;
  }
}
