package dev.lift.tests.mw;

import dev.lift.annotations.Middleware;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.Recover;
import dev.lift.annotations.Route;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;

/** Routes with class middleware, route middleware and recovery of their own. */
@Middleware(ClassMw.class)
public class TraceRoutes {
  @Route("GET /mw/trace")
  @Middleware({RouteMw.class, RouteMw2.class})
  public String trace(Exchange exchange) {
    Recorder.record(exchange, "handler");
    return "handled";
  }

  @Route("GET /mw/class-only")
  public String classOnly(Exchange exchange) {
    Recorder.record(exchange, "handler");
    return "handled";
  }

  @Route("GET /mw/fail/{kind}")
  @Middleware(RouteMw.class)
  public String fail(@PathParam String kind, Exchange exchange) throws Exception {
    Recorder.record(exchange, "handler");
    throw Failures.of(kind);
  }

  /** Binding happens inside the route's layers: a bad number is an error they see. */
  @Route("GET /mw/count/{n}")
  public String count(@PathParam int n) {
    return String.valueOf(n);
  }

  /** Beats the application's {@code conflict} for these routes. */
  @Recover
  public LiftError refused(IllegalStateException e) {
    return new LiftError(403, "REFUSED", "Refused: " + e.getMessage());
  }
}
