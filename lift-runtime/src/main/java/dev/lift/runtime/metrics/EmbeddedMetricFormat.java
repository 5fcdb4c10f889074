package dev.lift.runtime.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one CloudWatch Embedded Metric Format document: a log line that CloudWatch turns into
 * metrics without any API call.
 *
 * <pre>{@code
 * {"_aws":{"Timestamp":1700000000000,"CloudWatchMetrics":[{"Namespace":"Lift",
 *   "Dimensions":[["Service","Route"]],
 *   "Metrics":[{"Name":"Requests","Unit":"Count"},{"Name":"Latency","Unit":"Milliseconds"}]}]},
 *  "Service":"orders","Route":"GET /orders/{id}","Requests":1,"Latency":12.5,"request_id":"..."}
 * }</pre>
 *
 * <p>The specification's rules are kept so that CloudWatch never rejects a line: every declared
 * dimension and metric has a top-level value of its own name, dimension values are non-empty
 * strings, metric values are finite numbers, and each top-level name appears once. So, in order:
 * dimensions come first, metrics whose name is already taken are skipped, properties whose name is
 * taken are skipped; empty dimension values and non-finite metric values are skipped. At most
 * {@value #MAX_DIMENSIONS} dimensions ({@value #MAX_DIMENSIONS} keys in the one dimension set) and
 * {@value #MAX_METRICS} metrics are declared; <b>extras are dropped</b> entirely, the first ones
 * given are kept.
 */
public final class EmbeddedMetricFormat {
  public static final int MAX_DIMENSIONS = 30;
  public static final int MAX_METRICS = 100;

  private EmbeddedMetricFormat() {}

  /**
   * @param dimensions dimension name to value, all in one dimension set, in order
   * @param metrics the metrics, in order
   * @param properties other top-level values (strings, numbers, booleans; others as text)
   */
  public static String line(
      String namespace,
      long timestampMillis,
      Map<String, String> dimensions,
      List<Metrics.Value> metrics,
      Map<String, Object> properties) {
    Set<String> taken = new HashSet<>();
    taken.add("_aws");
    List<Map.Entry<String, String>> keptDimensions = keptDimensions(dimensions, taken);
    List<Metrics.Value> keptMetrics = keptMetrics(metrics, taken);
    SegmentedStringWriter text = new SegmentedStringWriter(Json.FACTORY._getBufferRecycler());
    try {
      try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
        json.writeStartObject();
        writeDirective(json, namespace, timestampMillis, keptDimensions, keptMetrics);
        for (Map.Entry<String, String> dimension : keptDimensions) {
          json.writeStringField(dimension.getKey(), dimension.getValue());
        }
        for (Metrics.Value metric : keptMetrics) {
          json.writeFieldName(metric.name());
          writeNumber(json, metric.value());
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
          if (property.getKey() != null && taken.add(property.getKey())) {
            json.writeFieldName(property.getKey());
            writeProperty(json, property.getValue());
          }
        }
        json.writeEndObject();
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map.Entry<String, String>> keptDimensions(
      Map<String, String> dimensions, Set<String> taken) {
    List<Map.Entry<String, String>> kept = new ArrayList<>(dimensions.size());
    for (Map.Entry<String, String> dimension : dimensions.entrySet()) {
      if (kept.size() == MAX_DIMENSIONS) {
        break;
      }
      String name = dimension.getKey();
      String value = dimension.getValue();
      if (isName(name) && value != null && !value.isEmpty() && taken.add(name)) {
        kept.add(dimension);
      }
    }
    return kept;
  }

  private static List<Metrics.Value> keptMetrics(List<Metrics.Value> metrics, Set<String> taken) {
    List<Metrics.Value> kept = new ArrayList<>(metrics.size());
    for (Metrics.Value metric : metrics) {
      if (kept.size() == MAX_METRICS) {
        break;
      }
      if (isName(metric.name()) && Double.isFinite(metric.value()) && taken.add(metric.name())) {
        kept.add(metric);
      }
    }
    return kept;
  }

  private static boolean isName(String name) {
    return name != null && !name.isEmpty();
  }

  private static void writeDirective(
      JsonGenerator json,
      String namespace,
      long timestampMillis,
      List<Map.Entry<String, String>> dimensions,
      List<Metrics.Value> metrics)
      throws IOException {
    json.writeObjectFieldStart("_aws");
    json.writeNumberField("Timestamp", timestampMillis);
    json.writeArrayFieldStart("CloudWatchMetrics");
    json.writeStartObject();
    json.writeStringField("Namespace", namespace);
    json.writeArrayFieldStart("Dimensions");
    json.writeStartArray();
    for (Map.Entry<String, String> dimension : dimensions) {
      json.writeString(dimension.getKey());
    }
    json.writeEndArray();
    json.writeEndArray();
    json.writeArrayFieldStart("Metrics");
    for (Metrics.Value metric : metrics) {
      json.writeStartObject();
      json.writeStringField("Name", metric.name());
      Metrics.Unit unit = metric.unit() == null ? Metrics.Unit.NONE : metric.unit();
      json.writeStringField("Unit", unit.cloudWatchName());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Whole numbers without a fraction ({@code 1}, not {@code 1.0}). */
  private static void writeNumber(JsonGenerator json, double value) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
      json.writeNumber((long) value);
    } else {
      json.writeNumber(value);
    }
  }

  private static void writeProperty(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Boolean) {
      json.writeBoolean((Boolean) value);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger) {
      json.writeNumber((BigInteger) value);
    } else if (value instanceof BigDecimal) {
      json.writeNumber((BigDecimal) value);
    } else if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      json.writeNumber(((Number) value).doubleValue());
    } else {
      json.writeString(String.valueOf(value));
    }
  }
}
