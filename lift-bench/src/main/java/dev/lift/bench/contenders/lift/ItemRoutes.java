package dev.lift.bench.contenders.lift;

import dev.lift.annotations.PathParam;
import dev.lift.annotations.Route;

public final class ItemRoutes {
  @Route("GET /items/{id}")
  public Item get(@PathParam String id) {
    return new Item(id, "Item " + id, 7);
  }
}
