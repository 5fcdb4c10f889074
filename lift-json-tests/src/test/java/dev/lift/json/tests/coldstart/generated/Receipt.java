package dev.lift.json.tests.coldstart.generated;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public record Receipt(UUID id, String customer, int lineCount, BigDecimal total, NewOrder.Status status, List<String> skus) {
  /**
   * A loop, as in the hand-written handler: a stream with a method reference would add the JVM's
   * first lambda bootstrap and the stream classes to this probe's cold start, which is not what it
   * compares.
   */
  public static Receipt of(NewOrder order) {
    List<String> skus = new ArrayList<>(order.lines().size());
    for (NewOrder.Line line : order.lines()) {
      skus.add(line.sku());
    }
    return new Receipt(order.id(), order.customer(), order.lines().size(), order.total(), order.status(), skus);
  }
}
