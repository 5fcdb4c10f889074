package dev.lift.json.tests.entry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A body that reaches a nested record, an enum, containers, an optional and the less common scalars. */
public record Invoice(
    UUID id,
    String customer,
    List<Line> lines,
    Map<String, String> tags,
    Kind kind,
    BigDecimal total,
    Instant issued,
    Optional<String> note,
    Line first,
    boolean paid,
    int priority) {

  public record Line(String sku, int quantity, BigDecimal price) {}

  public enum Kind {
    SALE,
    REFUND
  }
}
