package dev.lift.json.tests.app;

import dev.lift.annotations.Body;
import dev.lift.annotations.Route;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Routes that echo each body type back: what is read is what is written. */
public class JsonRoutes {
  @Route("POST /orders")
  public Order order(@Body Order order) {
    return order;
  }

  @Route("POST /scalars")
  public Scalars scalars(@Body Scalars scalars) {
    return scalars;
  }

  @Route("POST /containers")
  public Containers containers(@Body Containers containers) {
    return containers;
  }

  @Route("POST /trees")
  public Tree tree(@Body Tree tree) {
    return tree;
  }

  @Route("POST /money")
  public Money money(@Body Money money) {
    return money;
  }

  @Route("POST /signups")
  public String signUp(@Body SignUp signUp) {
    return "welcome " + signUp.name();
  }

  @Route("POST /lines")
  public List<OrderLine> lines(@Body List<OrderLine> lines) {
    return lines;
  }

  @Route("POST /optional-order")
  public String optionalOrder(@Body Optional<Order> order) {
    return order.map(o -> "order " + o.id()).orElse("no order");
  }

  @Route("POST /counts")
  public Map<String, Integer> counts(@Body Map<String, Integer> counts) {
    return counts;
  }

  @Route("POST /instant")
  public Instant instant(@Body Instant instant) {
    return instant;
  }

  @Route("POST /status")
  public Status status(@Body Status status) {
    return status;
  }
}
