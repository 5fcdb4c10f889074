package dev.lift.runtime.middleware;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import java.util.Map;

/**
 * Adds security headers ({@link SecurityHeaders#jsonApi()} unless configured otherwise) to every
 * response, error responses included. A header the route set, in any capitalisation, is never
 * overwritten: the route knows better (a cacheable answer sets its own {@code Cache-Control}).
 *
 * <p>Configure by subclassing: {@code public class Headers extends SecurityHeadersMiddleware {
 * public Headers() { super(SecurityHeaders.jsonApi().toBuilder().omit("X-Frame-Options").build());
 * } }}.
 */
public class SecurityHeadersMiddleware implements Middleware {
  private final String[] names;
  private final String[] values;

  public SecurityHeadersMiddleware() {
    this(SecurityHeaders.jsonApi());
  }

  public SecurityHeadersMiddleware(SecurityHeaders headers) {
    Map<String, String> byName = headers.headers();
    this.names = byName.keySet().toArray(new String[0]);
    this.values = byName.values().toArray(new String[0]);
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    WireResponses.Edit edit = WireResponses.edit(response);
    for (int i = 0; i < names.length; i++) {
      edit.setIfAbsent(names[i], values[i]);
    }
    return edit.build();
  }
}
