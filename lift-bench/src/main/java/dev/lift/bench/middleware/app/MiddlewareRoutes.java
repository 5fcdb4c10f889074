package dev.lift.bench.middleware.app;

import dev.lift.annotations.Middleware;
import dev.lift.annotations.Route;

/** The same empty route behind 0, 1, 5 and 10 no-op middleware. */
public final class MiddlewareRoutes {
  @Route("GET /layers/0")
  public void none() {}

  @Middleware(NoOp01.class)
  @Route("GET /layers/1")
  public void one() {}

  @Middleware({NoOp01.class, NoOp02.class, NoOp03.class, NoOp04.class, NoOp05.class})
  @Route("GET /layers/5")
  public void five() {}

  @Middleware({
    NoOp01.class, NoOp02.class, NoOp03.class, NoOp04.class, NoOp05.class,
    NoOp06.class, NoOp07.class, NoOp08.class, NoOp09.class, NoOp10.class
  })
  @Route("GET /layers/10")
  public void ten() {}
}
