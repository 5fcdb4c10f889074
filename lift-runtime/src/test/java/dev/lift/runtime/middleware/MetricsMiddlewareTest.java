package dev.lift.runtime.middleware;

import static dev.lift.runtime.metrics.EmfAssertions.dimensionKeys;
import static dev.lift.runtime.metrics.EmfAssertions.directive;
import static dev.lift.runtime.metrics.EmfAssertions.metricDefinitions;
import static dev.lift.runtime.metrics.EmfAssertions.parseValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.metrics.Metrics;
import dev.lift.runtime.testing.JsonTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsMiddlewareTest {
  private static final List<String> BUILT_IN_METRICS =
      List.of("Requests:Count", "Latency:Milliseconds", "Errors4xx:Count", "Errors5xx:Count");

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final MetricsMiddleware metrics = new MetricsMiddleware(
      new MetricsConfig("Shop", "orders-fn"), new PrintStream(output, true, StandardCharsets.UTF_8));

  @BeforeEach
  @AfterEach
  void freshEnvironment() {
    System.clearProperty("com.amazonaws.xray.traceHeader");
    Exchange.resetColdStart();
  }

  private List<String> lines() {
    String text = output.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  private Map<String, Object> serve(Exchange exchange, Chain.Route route) throws Exception {
    int before = lines().size();
    Chain.run(metrics, exchange, route);
    List<String> lines = lines();
    assertEquals(before + 1, lines.size(), "one line per request");
    return parseValid(lines.get(lines.size() - 1));
  }

  @Test
  void oneEmfLinePerRequestWithTheBuiltInMetrics() throws Exception {
    long start = System.currentTimeMillis();
    Exchange exchange = Chain.exchange("GET", "/users/7", "X-Amzn-Trace-Id", "Root=1-abc");
    exchange.route("GET /users/{id}");
    WireResponse ok = Chain.ok();
    assertSame(ok, Chain.run(metrics, exchange, e -> ok), "the response passes unchanged");
    List<String> lines = lines();
    assertEquals(1, lines.size(), lines.toString());
    Map<String, Object> document = parseValid(lines.get(0));

    long timestamp = (Long) JsonTree.objectAt(document, "_aws").get("Timestamp");
    assertTrue(timestamp >= start && timestamp <= System.currentTimeMillis(), "Timestamp " + timestamp);
    assertEquals("Shop", directive(document).get("Namespace"));
    assertEquals(List.of("Service", "Route", "StatusClass"), dimensionKeys(document));
    assertEquals("orders-fn", document.get("Service"));
    assertEquals("GET /users/{id}", document.get("Route"));
    assertEquals("2xx", document.get("StatusClass"));
    assertEquals(1L, document.get("Requests"));
    assertTrue(((Number) document.get("Latency")).doubleValue() >= 0);
    assertEquals(0L, document.get("Errors4xx"));
    assertEquals(0L, document.get("Errors5xx"));
    assertEquals(Chain.REQUEST_ID, document.get("request_id"));
    assertEquals("Root=1-abc", document.get("trace_id"));
    assertFalse(document.containsKey("correlation_id"));
  }

  @Test
  void coldStartOnlyOnTheFirstExchange() throws Exception {
    Map<String, Object> first = serve(Chain.exchange("GET", "/a"), e -> Chain.ok());
    Map<String, Object> second = serve(Chain.exchange("GET", "/a"), e -> Chain.ok());

    List<String> coldDefinitions = new ArrayList<>(BUILT_IN_METRICS);
    coldDefinitions.add("ColdStart:Count");
    assertEquals(coldDefinitions, metricDefinitions(first));
    assertEquals(1L, first.get("ColdStart"));
    assertEquals(BUILT_IN_METRICS, metricDefinitions(second));
    assertFalse(second.containsKey("ColdStart"));
  }

  @Test
  void unmatchedAndErrorStatuses() throws Exception {
    Map<String, Object> notFound = serve(Chain.exchange("GET", "/nope"), e -> {
      throw LiftError.notFound("No route matches GET /nope");
    });
    assertEquals("UNMATCHED", notFound.get("Route"));
    assertEquals("4xx", notFound.get("StatusClass"));
    assertEquals(1L, notFound.get("Errors4xx"));
    assertEquals(0L, notFound.get("Errors5xx"));

    Exchange failing = Chain.exchange("POST", "/pay");
    failing.route("POST /pay");
    Map<String, Object> unavailable = serve(failing, e -> {
      throw new LiftError(503, "UNAVAILABLE", "down");
    });
    assertEquals("5xx", unavailable.get("StatusClass"));
    assertEquals(0L, unavailable.get("Errors4xx"));
    assertEquals(1L, unavailable.get("Errors5xx"));
  }

  @Test
  void userMetricsDimensionsAndPropertiesAreIncluded() throws Exception {
    Exchange exchange = Chain.exchange("POST", "/orders");
    exchange.route("POST /orders");
    exchange.correlationId("client-3");
    Map<String, Object> document = serve(exchange, e -> {
      e.metrics()
          .add("OrdersCreated", 1, Metrics.Unit.COUNT)
          .add("OrderBytes", 512, Metrics.Unit.BYTES)
          .add("OrderBytes", 256, Metrics.Unit.BYTES)
          .add("Latency", 99, Metrics.Unit.MILLISECONDS)
          .dimension("Tenant", "acme")
          .dimension("Route", "forged")
          .property("order_id", "o-42")
          .property("request_id", "forged");
      return Chain.ok();
    });
    assertEquals(List.of("Service", "Route", "StatusClass", "Tenant"), dimensionKeys(document));
    assertEquals("acme", document.get("Tenant"));
    assertEquals("POST /orders", document.get("Route"), "Lift's own dimension wins");
    List<String> definitions = metricDefinitions(document);
    assertTrue(definitions.containsAll(List.of("OrdersCreated:Count", "OrderBytes:Bytes")), definitions.toString());
    assertEquals(1, definitions.stream().filter(d -> d.startsWith("Latency:")).count());
    assertEquals(1L, document.get("OrdersCreated"));
    assertEquals(768L, document.get("OrderBytes"));
    assertTrue(((Number) document.get("Latency")).doubleValue() < 99, "Lift's latency, not the user's");
    assertEquals("o-42", document.get("order_id"));
    assertEquals(Chain.REQUEST_ID, document.get("request_id"));
    assertEquals("client-3", document.get("correlation_id"));
  }

  @Test
  void configurationFromTheEnvironment() {
    MetricsConfig defaults = MetricsConfig.from(name -> null);
    assertEquals("Lift", defaults.namespace());
    assertEquals("unknown", defaults.service());

    Map<String, String> environment =
        Map.of("LIFT_METRICS_NAMESPACE", "Payments", "AWS_LAMBDA_FUNCTION_NAME", "pay-api");
    MetricsConfig configured = MetricsConfig.from(environment::get);
    assertEquals(new MetricsConfig("Payments", "pay-api"), configured);
    assertEquals("Other", configured.withNamespace("Other").namespace());
    assertThrows(IllegalArgumentException.class, () -> new MetricsConfig(" ", "x"));
  }

  /** The documented way to configure. */
  public static class ShopMetrics extends MetricsMiddleware {
    public ShopMetrics() {
      super(MetricsConfig.fromEnvironment().withNamespace("Shop"));
    }
  }

  @Test
  void defaultWritesToStandardOutput() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Chain.run(new ShopMetrics(), Chain.exchange("GET", "/a"), e -> Chain.ok());
    } finally {
      System.setOut(original);
    }
    Map<String, Object> document = parseValid(captured.toString(StandardCharsets.UTF_8).trim());
    assertEquals("Shop", directive(document).get("Namespace"));
  }
}
