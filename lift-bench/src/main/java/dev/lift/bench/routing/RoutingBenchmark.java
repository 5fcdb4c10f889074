package dev.lift.bench.routing;

import dev.lift.bench.routing.handwritten.HandWritten10;
import dev.lift.bench.routing.handwritten.HandWritten100;
import dev.lift.bench.routing.handwritten.HandWritten1000;
import dev.lift.bench.routing.r10.LiftApi10;
import dev.lift.bench.routing.r100.LiftApi100;
import dev.lift.bench.routing.r1000.LiftApi1000;
import dev.lift.runtime.Dispatcher;
import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import io.avaje.sigma.Router;
import io.avaje.sigma.Sigma;
import io.avaje.sigma.aws.events.APIGatewayV2HttpEvent;
import io.avaje.sigma.aws.events.AWSHttpResponse;
import io.avaje.sigma.routes.SpiRoutes;
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
 * Routing alone: from a request already decoded to the response of a route method that returns
 * nothing (Lift's shared 204), for tables of 10, 100 and 1000 routes and three requests (a static
 * route, a route with two path variables, a path no route has). Every contender calls the same
 * kind of handler, which hands each path variable to {@link Sink}, so each op includes matching,
 * binding the variables (percent-decoded strings) and a constant response.
 *
 * <ul>
 *   <li>{@code lift}: the generated dispatcher, {@code dispatch(new Exchange(request, null))}, with
 *       the runtime's own fallback for what escapes it (as {@code LiftRuntime} does). On a miss it
 *       builds Lift's standard 404 error body.
 *   <li>{@code liftWithRequest}: the same, but the {@link Request} (and so the path's segments) is
 *       built on every call, as the event decoder does; this is what the peers below pay for
 *       parsing their path.
 *   <li>{@code handWritten}: the limit, a switch over the same routes written against the same
 *       runtime (see {@code HandWritten1000}); a constant 404.
 *   <li>{@code sigma}: avaje-sigma's whole dispatch ({@code HttpFunction.apply}) of an event record
 *       already deserialised, through the adapters avaje-http-sigma-generator wrote.
 *   <li>{@code sigmaIndex}: sigma's route index alone: match and path parameters, no context or
 *       response.
 *   <li>{@code spring}: Spring's {@code PathPattern}s (spring-web), most specific first.
 *   <li>{@code regex}: one regular expression per route, tried in order.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RoutingBenchmark {
  @Param({"10", "100", "1000"})
  public int routes;

  @Param({"static", "param", "miss"})
  public String request;

  private LiftRuntime lift;
  private Dispatcher handWritten;
  private Request liftRequest;
  private String method;
  private String path;
  private Sigma.HttpFunction sigma;
  private APIGatewayV2HttpEvent sigmaEvent;
  private SpiRoutes sigmaIndex;
  private Router.HttpMethod sigmaMethod;
  private SpringPatternRouter spring;
  private RegexRouter regex;

  @Setup
  public void setUp() throws Exception {
    RouteTable table = GeneratedRouteTables.table(routes);
    method = "GET";
    path = table.path(request);
    liftRequest = Request.builder(EventKind.API_GATEWAY_V2, method, path).build();
    lift = liftDispatcher(routes);
    handWritten = handWrittenDispatcher(routes);
    sigma = SigmaRouters.function(routes);
    sigmaEvent = SigmaRouters.event(method, path);
    sigmaIndex = SigmaRouters.index(routes);
    sigmaMethod = Router.HttpMethod.valueOf(method);
    spring = new SpringPatternRouter(table);
    regex = new RegexRouter(table);
    checkAnswers();
  }

  static LiftRuntime liftDispatcher(int routes) {
    switch (routes) {
      case 10: return new LiftApi10();
      case 100: return new LiftApi100();
      case 1000: return new LiftApi1000();
      default: throw new IllegalArgumentException("No table of " + routes + " routes");
    }
  }

  static Dispatcher handWrittenDispatcher(int routes) {
    switch (routes) {
      case 10: return new HandWritten10();
      case 100: return new HandWritten100();
      case 1000: return new HandWritten1000();
      default: throw new IllegalArgumentException("No table of " + routes + " routes");
    }
  }

  /** Every contender must give the same answer, or its timing means nothing. */
  private void checkAnswers() throws Exception {
    int expected = request.equals("miss") ? 404 : 204;
    expect("lift", expected, lift().status());
    expect("liftWithRequest", expected, liftWithRequest().status());
    expect("handWritten", expected, handWritten().status());
    // avaje-http answers a void GET with 200 and no body.
    int sigmaExpected = request.equals("miss") ? 404 : 200;
    expect("sigma", sigmaExpected, sigma().statusCode());
    expect("sigmaIndex", request.equals("miss") ? 0 : 1, sigmaIndex() == null ? 0 : 1);
    expect("spring", expected, spring().status());
    expect("regex", expected, regex().status());
  }

  private void expect(String contender, int expected, int actual) {
    if (expected != actual) {
      throw new IllegalStateException(
          contender + " answered " + actual + " instead of " + expected + " for GET " + path
              + " with " + routes + " routes");
    }
  }

  @Benchmark
  public WireResponse lift() {
    Exchange exchange = new Exchange(liftRequest, null);
    try {
      return lift.dispatch(exchange);
    } catch (Throwable t) {
      return Recovery.standard(exchange, t);
    }
  }

  @Benchmark
  public WireResponse liftWithRequest() {
    Exchange exchange =
        new Exchange(Request.builder(EventKind.API_GATEWAY_V2, method, path).build(), null);
    try {
      return lift.dispatch(exchange);
    } catch (Throwable t) {
      return Recovery.standard(exchange, t);
    }
  }

  @Benchmark
  public WireResponse handWritten() throws Exception {
    return handWritten.dispatch(new Exchange(liftRequest, null));
  }

  @Benchmark
  public AWSHttpResponse sigma() {
    return sigma.apply(sigmaEvent, null);
  }

  @Benchmark
  public SpiRoutes.Entry sigmaIndex() {
    SpiRoutes.Entry entry = sigmaIndex.match(sigmaMethod, path);
    if (entry != null) {
      for (String value : entry.pathParams(path).values()) {
        Sink.consume(value);
      }
    }
    return entry;
  }

  @Benchmark
  public WireResponse spring() {
    return spring.route(method, path);
  }

  @Benchmark
  public WireResponse regex() {
    return regex.route(method, path);
  }
}
