package dev.lift.tests.mw;

import dev.lift.annotations.PathParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Exchange;
import java.util.List;

/** Routes with no middleware or recovery of their own: only the application's apply. */
public class OtherRoutes {
  @Route("GET /mw/other/fail/{kind}")
  public String fail(@PathParam String kind, Exchange exchange) throws Exception {
    Recorder.record(exchange, "handler");
    throw Failures.of(kind);
  }

  @Route("POST /mw/other/post-only")
  public String postOnly() {
    return "posted";
  }

  /** What a route method sees of the exchange the middleware share: route, request id, trace. */
  @Route("GET /mw/exchange")
  public String exchange(Exchange exchange) {
    List<String> trace = exchange.attribute(Recorder.TRACE);
    return exchange.route() + "|" + exchange.requestId() + "|" + String.join(",", trace);
  }
}
