package dev.lift.runtime.middleware;

import dev.lift.runtime.events.EventExchange;
import dev.lift.runtime.events.EventMiddleware;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.metrics.EmbeddedMetricFormat;
import dev.lift.runtime.metrics.Metrics;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one CloudWatch Embedded Metric Format line per request to standard output
 * ({@link EmbeddedMetricFormat}); CloudWatch makes metrics of it, with no API call and no agent.
 *
 * <p>Dimensions {@code Service} ({@link MetricsConfig#service()}), {@code Route} (the route
 * pattern, {@code "GET /users/{id}"}, or {@code UNMATCHED}: never the raw path, whose values are
 * unbounded) and {@code StatusClass} ({@code 2xx}); metrics {@code Requests} (1), {@code Latency}
 * (milliseconds since the request was received), {@code Errors4xx} and {@code Errors5xx} (0 or 1),
 * and {@code ColdStart} (1, only on the first request of an execution environment). Top-level
 * {@code request_id}, {@code trace_id} and {@code correlation_id} (when known) let Logs Insights
 * find the request behind a data point.
 *
 * <p>What the route and inner layers put into {@link Exchange#metrics()} is written too: its
 * metrics, its dimensions (added to the one dimension set, so keep them few and of bounded
 * values) and its properties. Those named like one of Lift's are skipped; beyond CloudWatch's
 * limits of {@value EmbeddedMetricFormat#MAX_DIMENSIONS} dimensions and {@value
 * EmbeddedMetricFormat#MAX_METRICS} metrics the extras are dropped.
 *
 * <p>The line is written in {@link #after}, synchronously: Lambda may freeze the environment as
 * soon as it has the response, and a frozen environment runs no background flush. Apply it
 * outermost so that the status is the one sent.
 *
 * <p>It is an {@link EventMiddleware} too: for each message, record or event handled, one line
 * with dimensions {@code Service}, {@code Source} ({@code aws:sqs}, {@code aws:s3}, {@code
 * aws.events}...) and {@code Key} (the queue, bucket, table, topic, rule, source or route key: a
 * bounded set), metrics {@code Events} (1), {@code Failures} (0 or 1), {@code Latency} and
 * {@code ColdStart}, plus what the handler put into {@link EventExchange#metrics()}.
 */
public class MetricsMiddleware implements Middleware, EventMiddleware {
  private static final Set<String> BUILT_IN_NAMES =
      Set.of(
          "Service", "Route", "StatusClass", "Requests", "Latency", "Errors4xx", "Errors5xx",
          "ColdStart", "request_id", "trace_id", "correlation_id", "Source", "Key", "Events",
          "Failures", "item_id");
  private static final String[] STATUS_CLASSES = {"0xx", "1xx", "2xx", "3xx", "4xx", "5xx"};

  private final String namespace;
  private final String service;
  /** {@code null}: {@link System#out} as it is when the line is written. */
  private final PrintStream out;

  public MetricsMiddleware() {
    this(MetricsConfig.fromEnvironment());
  }

  public MetricsMiddleware(MetricsConfig config) {
    this(config, null);
  }

  /** Writes lines to {@code out} instead of standard output ({@code null}: standard output). */
  protected MetricsMiddleware(MetricsConfig config, PrintStream out) {
    Objects.requireNonNull(config, "config");
    this.namespace = config.namespace();
    this.service = config.service();
    this.out = out;
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    PrintStream stream = out != null ? out : System.out;
    stream.println(line(exchange, response.status(), System.currentTimeMillis()));
    stream.flush();
    return response;
  }

  @Override
  public void after(EventExchange exchange) {
    PrintStream stream = out != null ? out : System.out;
    stream.println(line(exchange, System.currentTimeMillis()));
    stream.flush();
  }

  String line(EventExchange exchange, long timestampMillis) {
    Map<String, String> dimensions = new LinkedHashMap<>(8);
    dimensions.put("Service", service);
    dimensions.put("Source", exchange.source());
    dimensions.put("Key", exchange.key() == null ? "UNKNOWN" : exchange.key());

    List<Metrics.Value> metrics = new ArrayList<>(8);
    metrics.add(new Metrics.Value("Events", 1, Metrics.Unit.COUNT));
    metrics.add(new Metrics.Value("Failures", exchange.error() == null ? 0 : 1, Metrics.Unit.COUNT));
    metrics.add(new Metrics.Value("Latency", Math.round(exchange.elapsedMillis() * 1000) / 1000.0,
        Metrics.Unit.MILLISECONDS));
    if (exchange.coldStart()) {
      metrics.add(new Metrics.Value("ColdStart", 1, Metrics.Unit.COUNT));
    }

    Map<String, Object> properties = new LinkedHashMap<>(8);
    properties.put("request_id", exchange.requestId());
    putIfKnown(properties, "trace_id", exchange.traceId());
    putIfKnown(properties, "item_id", exchange.itemId());

    if (exchange.hasMetrics()) {
      addUserValues(exchange.metrics(), dimensions, metrics, properties);
    }
    return EmbeddedMetricFormat.line(namespace, timestampMillis, dimensions, metrics, properties);
  }

  String line(Exchange exchange, int status, long timestampMillis) {
    Map<String, String> dimensions = new LinkedHashMap<>(8);
    dimensions.put("Service", service);
    dimensions.put("Route", exchange.route() == null ? "UNMATCHED" : exchange.route());
    dimensions.put("StatusClass", statusClass(status));

    List<Metrics.Value> metrics = new ArrayList<>(8);
    metrics.add(new Metrics.Value("Requests", 1, Metrics.Unit.COUNT));
    metrics.add(new Metrics.Value("Latency", roundedMillis(exchange), Metrics.Unit.MILLISECONDS));
    metrics.add(new Metrics.Value("Errors4xx", status / 100 == 4 ? 1 : 0, Metrics.Unit.COUNT));
    metrics.add(new Metrics.Value("Errors5xx", status / 100 == 5 ? 1 : 0, Metrics.Unit.COUNT));
    if (exchange.coldStart()) {
      metrics.add(new Metrics.Value("ColdStart", 1, Metrics.Unit.COUNT));
    }

    Map<String, Object> properties = new LinkedHashMap<>(8);
    properties.put("request_id", exchange.requestId());
    putIfKnown(properties, "trace_id", exchange.traceId());
    putIfKnown(properties, "correlation_id", exchange.correlationId());

    if (exchange.hasMetrics()) {
      addUserValues(exchange.metrics(), dimensions, metrics, properties);
    }
    return EmbeddedMetricFormat.line(namespace, timestampMillis, dimensions, metrics, properties);
  }

  private static void addUserValues(
      Metrics user,
      Map<String, String> dimensions,
      List<Metrics.Value> metrics,
      Map<String, Object> properties) {
    for (Map.Entry<String, String> dimension : user.dimensions().entrySet()) {
      if (isUserName(dimension.getKey())) {
        dimensions.putIfAbsent(dimension.getKey(), dimension.getValue());
      }
    }
    for (Metrics.Value metric : user.values()) {
      if (isUserName(metric.name())) {
        metrics.add(metric);
      }
    }
    for (Map.Entry<String, Object> property : user.properties().entrySet()) {
      if (isUserName(property.getKey())) {
        properties.putIfAbsent(property.getKey(), property.getValue());
      }
    }
  }

  /** A name Lift does not use itself; values named like Lift's would clash with them. */
  private static boolean isUserName(String name) {
    return name != null && !BUILT_IN_NAMES.contains(name);
  }

  private static String statusClass(int status) {
    int hundreds = status / 100;
    return hundreds >= 0 && hundreds < STATUS_CLASSES.length ? STATUS_CLASSES[hundreds] : hundreds + "xx";
  }

  private static double roundedMillis(Exchange exchange) {
    return Math.round(exchange.elapsedMillis() * 1000) / 1000.0;
  }

  private static void putIfKnown(Map<String, Object> properties, String name, String value) {
    if (value != null) {
      properties.put(name, value);
    }
  }
}
