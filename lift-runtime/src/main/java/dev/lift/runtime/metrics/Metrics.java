package dev.lift.runtime.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of one invocation, written as one CloudWatch Embedded Metric Format line by
 * {@code MetricsMiddleware}. Route methods and middleware add their own values and dimensions to
 * the same record: {@code exchange.metrics().add("PaymentsCreated", 1, Unit.COUNT)}.
 */
public final class Metrics {
  /** CloudWatch units used by Lift and common in user code. */
  public enum Unit {
    COUNT("Count"),
    MILLISECONDS("Milliseconds"),
    BYTES("Bytes"),
    NONE("None");

    private final String cloudWatchName;

    Unit(String cloudWatchName) {
      this.cloudWatchName = cloudWatchName;
    }

    public String cloudWatchName() {
      return cloudWatchName;
    }
  }

  /** One metric: values added under the same name are summed. */
  public record Value(String name, double value, Unit unit) {}

  private final Map<String, Value> values = new LinkedHashMap<>();
  private final Map<String, String> dimensions = new LinkedHashMap<>();
  private final Map<String, Object> properties = new LinkedHashMap<>();

  /** Adds to a metric; a name added twice sums its values (its first unit wins). */
  public Metrics add(String name, double value, Unit unit) {
    // Not Map.merge with a lambda: a JVM's first lambda costs the first request its bootstrap.
    Value previous = values.get(name);
    values.put(name, previous == null ? new Value(name, value, unit) : new Value(name, previous.value() + value, previous.unit()));
    return this;
  }

  /** Adds a dimension to the record (CloudWatch allows 30 per metric set). */
  public Metrics dimension(String name, String value) {
    dimensions.put(name, value);
    return this;
  }

  /** A searchable property that is not a metric (for example an order id). */
  public Metrics property(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public List<Value> values() {
    return List.copyOf(new ArrayList<>(values.values()));
  }

  public Map<String, String> dimensions() {
    return Collections.unmodifiableMap(dimensions);
  }

  public Map<String, Object> properties() {
    return Collections.unmodifiableMap(properties);
  }
}
