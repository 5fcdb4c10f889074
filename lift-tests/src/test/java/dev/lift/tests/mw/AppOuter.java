package dev.lift.tests.mw;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import java.util.List;

/**
 * The outermost application middleware. It notes {@code exchange.route()} as its {@code before}
 * sees it, and its {@code after} sends back what the request went through:
 * {@code X-Trace} (every recorded call, comma-separated), {@code X-Route-Before} (the matched
 * route, or {@code -}) and {@code X-Error} (the simple name of {@code exchange.error()}, or {@code -}).
 */
public class AppOuter extends Recorder {
  @Override
  public WireResponse before(Exchange exchange) throws Exception {
    exchange.attribute("routeBefore", exchange.route() == null ? "-" : exchange.route());
    return super.before(exchange);
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) throws Exception {
    WireResponse seen = super.after(exchange, response);
    List<String> trace = exchange.attribute(TRACE);
    Throwable error = exchange.error();
    seen = withHeader(seen, "X-Trace", String.join(",", trace));
    seen = withHeader(seen, "X-Route-Before", exchange.attribute("routeBefore"));
    return withHeader(seen, "X-Error", error == null ? "-" : error.getClass().getSimpleName());
  }
}
