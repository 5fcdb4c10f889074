package dev.lift.json.tests.coldstart.generated;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public record Receipt(UUID id, String customer, int lineCount, BigDecimal total, NewOrder.Status status, List<String> skus) {
  public static Receipt of(NewOrder order) {
    List<String> skus = order.lines().stream().map(NewOrder.Line::sku).toList();
    return new Receipt(order.id(), order.customer(), order.lines().size(), order.total(), order.status(), skus);
  }
}
