package dev.lift.runtime.middleware;

import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import java.util.Objects;

/**
 * Tells the caller which request this was: every response carries {@code X-Request-Id} with
 * Lambda's request id ({@link Exchange#requestId()}), the id in the error bodies and in the logs,
 * so a support ticket can quote it. A response whose route set the header itself keeps the
 * route's value.
 *
 * <p>With {@link RequestIdConfig#trustIncoming()}, a request that brings its own {@code
 * X-Request-Id} keeps it: it becomes {@link Exchange#correlationId()} (the access log and the
 * metrics line record it beside the request id) and is echoed instead. An incoming id is used only
 * when it is 1 to {@value #MAX_INCOMING_LENGTH} visible ASCII characters ({@code !} to {@code ~},
 * no spaces or control characters); anything else is ignored as if absent, so a caller can never
 * put arbitrary text into our headers or logs. The trace id needs nothing from this middleware:
 * it is {@link Exchange#traceId()}.
 *
 * <p>Configure by subclassing: {@code public class Ids extends RequestIdMiddleware { public Ids() {
 * super(RequestIdConfig.defaults().withTrustIncoming(true)); } }}.
 */
public class RequestIdMiddleware implements Middleware {
  public static final int MAX_INCOMING_LENGTH = 200;

  private final String headerName;
  private final boolean trustIncoming;

  public RequestIdMiddleware() {
    this(RequestIdConfig.defaults());
  }

  public RequestIdMiddleware(RequestIdConfig config) {
    Objects.requireNonNull(config, "config");
    this.headerName = config.headerName();
    this.trustIncoming = config.trustIncoming();
  }

  @Override
  public WireResponse before(Exchange exchange) {
    if (trustIncoming) {
      String incoming = exchange.request().header(headerName);
      if (incoming != null && HeaderValues.isVisibleAscii(incoming, MAX_INCOMING_LENGTH)) {
        exchange.correlationId(incoming);
      }
    }
    return null;
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    String id = trustIncoming && exchange.correlationId() != null
        ? exchange.correlationId()
        : exchange.requestId();
    if (id == null) {
      return response;
    }
    return WireResponses.edit(response).setIfAbsent(headerName, id).build();
  }
}
