package dev.lift.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.testing.JsonTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an Embedded Metric Format line against the specification
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html):
 * the parts CloudWatch rejects a line for.
 */
public final class EmfAssertions {
  private EmfAssertions() {}

  /** Parses {@code line} (which must be one line; duplicate keys fail) and checks it. */
  public static Map<String, Object> parseValid(String line) {
    assertFalse(line.contains("\n"), "one line");
    Map<String, Object> document = JsonTree.object(line);
    Map<String, Object> aws = JsonTree.objectAt(document, "_aws");
    assertInstanceOf(Long.class, aws.get("Timestamp"), "_aws.Timestamp is an integer of epoch ms");
    List<?> directives = (List<?>) aws.get("CloudWatchMetrics");
    assertFalse(directives.isEmpty(), "CloudWatchMetrics");
    for (Object element : directives) {
      @SuppressWarnings("unchecked")
      Map<String, Object> directive = (Map<String, Object>) element;
      assertTrue(directive.get("Namespace") instanceof String namespace && !namespace.isEmpty(), "Namespace");
      for (Object set : (List<?>) directive.get("Dimensions")) {
        List<?> keys = (List<?>) set;
        assertTrue(keys.size() <= 30, "at most 30 dimensions in a set: " + keys.size());
        for (Object key : keys) {
          Object value = document.get((String) key);
          assertTrue(value instanceof String text && !text.isEmpty(),
              "dimension " + key + " has a top-level string value, not " + value);
        }
      }
      List<?> metrics = (List<?>) directive.get("Metrics");
      assertTrue(metrics.size() <= 100, "at most 100 metrics: " + metrics.size());
      for (Object metric : metrics) {
        @SuppressWarnings("unchecked")
        Map<String, Object> definition = (Map<String, Object>) metric;
        Object name = definition.get("Name");
        assertInstanceOf(String.class, name, "Metrics[].Name");
        assertInstanceOf(String.class, definition.get("Unit"), "Metrics[].Unit");
        assertInstanceOf(Number.class, document.get((String) name),
            "metric " + name + " has a top-level number");
      }
    }
    return document;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> directive(Map<String, Object> document) {
    return (Map<String, Object>) ((List<?>) JsonTree.objectAt(document, "_aws").get("CloudWatchMetrics")).get(0);
  }

  /** The keys of the directive's first dimension set. */
  public static List<String> dimensionKeys(Map<String, Object> document) {
    List<String> keys = new ArrayList<>();
    for (Object key : (List<?>) ((List<?>) directive(document).get("Dimensions")).get(0)) {
      keys.add((String) key);
    }
    return keys;
  }

  /** {@code Name:Unit} for each declared metric, in order. */
  public static List<String> metricDefinitions(Map<String, Object> document) {
    List<String> definitions = new ArrayList<>();
    for (Object metric : (List<?>) directive(document).get("Metrics")) {
      Map<?, ?> definition = (Map<?, ?>) metric;
      definitions.add(definition.get("Name") + ":" + definition.get("Unit"));
    }
    return definitions;
  }
}
