package dev.lift.bench.middleware;

import dev.lift.bench.middleware.app.LiftMiddlewareApi;
import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of middleware: the same static route (a void method, Lift's shared 204) behind 0, 1, 5
 * and 10 no-op middleware applied with {@code @Middleware} on the route method. Measured like the
 * routing benchmark's {@code lift}: {@code dispatch(new Exchange(request, null))}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MiddlewareBenchmark {
  @Param({"0", "1", "5", "10"})
  public int layers;

  private LiftRuntime lift;
  private Request request;

  @Setup
  public void setUp() {
    lift = new LiftMiddlewareApi();
    request = Request.builder(EventKind.API_GATEWAY_V2, "GET", "/layers/" + layers).build();
    int status = lift().status();
    if (status != 204) {
      throw new IllegalStateException("GET /layers/" + layers + " answered " + status);
    }
  }

  @Benchmark
  public WireResponse lift() {
    Exchange exchange = new Exchange(request, null);
    try {
      return lift.dispatch(exchange);
    } catch (Throwable t) {
      return Recovery.standard(exchange, t);
    }
  }
}
