package dev.lift.tests.wiring;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.middleware.Middleware;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Application middleware with a resource: sends back which Store it was given in {@code X-Store}. */
public class StoreHeader implements Middleware {
  private final Store store;

  public StoreHeader(Store store) {
    this.store = store;
    Journal.record("new StoreHeader with " + store);
  }

  @Override
  public WireResponse before(Exchange exchange) {
    Journal.record("middleware StoreHeader.before");
    return null;
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
    headers.put("X-Store", List.of(store.toString()));
    return new WireResponse(response.status(), headers, response.cookies(), response.body(), response.base64());
  }
}
