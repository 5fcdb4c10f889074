package dev.lift.json.tests.coldstart.generated;

import dev.lift.annotations.Body;
import dev.lift.annotations.Route;

public class OrderRoutes {
  @Route("POST /orders")
  public Receipt create(@Body NewOrder order) {
    return Receipt.of(order);
  }
}
