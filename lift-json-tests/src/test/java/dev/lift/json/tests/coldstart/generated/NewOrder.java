package dev.lift.json.tests.coldstart.generated;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A request body jackson-databind reads without extra modules, so that both probes read the same. */
public record NewOrder(
    UUID id, String customer, List<Line> lines, Map<String, String> attributes, Status status, BigDecimal total,
    boolean gift, int priority) {

  public record Line(String sku, int quantity, BigDecimal price) {}

  public enum Status {
    NEW,
    PAID
  }
}
