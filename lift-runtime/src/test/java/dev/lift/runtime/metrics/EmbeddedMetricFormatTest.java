package dev.lift.runtime.metrics;

import static dev.lift.runtime.metrics.EmfAssertions.dimensionKeys;
import static dev.lift.runtime.metrics.EmfAssertions.metricDefinitions;
import static dev.lift.runtime.metrics.EmfAssertions.parseValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedMetricFormatTest {
  private static final long NOW = 1_700_000_000_123L;

  @Test
  void writesTheDirectiveAndTopLevelValues() {
    String line = EmbeddedMetricFormat.line(
        "Shop", NOW,
        Map.of("Service", "orders"),
        List.of(new Metrics.Value("Requests", 1, Metrics.Unit.COUNT),
            new Metrics.Value("Latency", 12.5, Metrics.Unit.MILLISECONDS),
            new Metrics.Value("Size", 3, null)),
        Map.of("request_id", "r-1"));
    assertEquals(
        "{\"_aws\":{\"Timestamp\":1700000000123,\"CloudWatchMetrics\":[{\"Namespace\":\"Shop\","
            + "\"Dimensions\":[[\"Service\"]],\"Metrics\":[{\"Name\":\"Requests\",\"Unit\":\"Count\"},"
            + "{\"Name\":\"Latency\",\"Unit\":\"Milliseconds\"},{\"Name\":\"Size\",\"Unit\":\"None\"}]}]},"
            + "\"Service\":\"orders\",\"Requests\":1,\"Latency\":12.5,\"Size\":3,\"request_id\":\"r-1\"}",
        line);
    parseValid(line);
  }

  @Test
  void extraDimensionsAndMetricsAreDropped() {
    Map<String, String> dimensions = new LinkedHashMap<>();
    for (int i = 0; i < 35; i++) {
      dimensions.put("D" + i, "v" + i);
    }
    List<Metrics.Value> metrics = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      metrics.add(new Metrics.Value("M" + i, i, Metrics.Unit.COUNT));
    }
    Map<String, Object> document =
        parseValid(EmbeddedMetricFormat.line("Lift", NOW, dimensions, metrics, Map.of()));
    assertEquals(30, dimensionKeys(document).size());
    assertEquals("D29", dimensionKeys(document).get(29));
    assertFalse(document.containsKey("D30"));
    assertEquals(100, metricDefinitions(document).size());
    assertEquals(99L, document.get("M99"));
    assertFalse(document.containsKey("M100"));
  }

  @Test
  void clashingEmptyAndNonFiniteEntriesAreSkipped() {
    Map<String, String> dimensions = new LinkedHashMap<>();
    dimensions.put("Route", "GET /a");
    dimensions.put("Empty", "");
    dimensions.put("Null", null);
    dimensions.put("_aws", "x");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("Route", "clash");
    properties.put("Requests", 7);
    properties.put("order_id", "o-9");
    properties.put("paid", true);
    properties.put("amount", 12.75);
    properties.put("note", null);
    properties.put("nan", Double.NaN);
    Map<String, Object> document = parseValid(EmbeddedMetricFormat.line("Lift", NOW, dimensions,
        List.of(new Metrics.Value("Route", 1, Metrics.Unit.COUNT),
            new Metrics.Value("Requests", 1, Metrics.Unit.COUNT),
            new Metrics.Value("Broken", Double.POSITIVE_INFINITY, Metrics.Unit.COUNT),
            new Metrics.Value("", 1, Metrics.Unit.COUNT)),
        properties));
    assertEquals(List.of("Route"), dimensionKeys(document));
    assertEquals("GET /a", document.get("Route"));
    assertEquals(List.of("Requests:Count"), metricDefinitions(document));
    assertEquals(1L, document.get("Requests"));
    assertFalse(document.containsKey("Broken"));
    assertFalse(document.containsKey("Empty"));
    assertEquals("o-9", document.get("order_id"));
    assertEquals(true, document.get("paid"));
    assertEquals(12.75, document.get("amount"));
    assertEquals("NaN", document.get("nan"));
    assertEquals(null, document.get("note"));
  }
}
