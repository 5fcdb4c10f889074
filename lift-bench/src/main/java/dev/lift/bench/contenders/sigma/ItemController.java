package dev.lift.bench.contenders.sigma;

import io.avaje.http.api.Controller;
import io.avaje.http.api.Get;

/** The route as avaje-http declares it; avaje-http-sigma-generator writes {@code ItemController$Route}. */
@Controller
public class ItemController {
  @Get("/items/{id}")
  public SigmaItem get(String id) {
    return new SigmaItem(id, "Item " + id, 7);
  }
}
