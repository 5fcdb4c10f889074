package dev.lift.bench.routing;

import dev.lift.bench.routing.sigma.r10.SigmaServices10;
import dev.lift.bench.routing.sigma.r100.SigmaServices100;
import dev.lift.bench.routing.sigma.r1000.SigmaServices1000;
import io.avaje.sigma.HttpService;
import io.avaje.sigma.Router;
import io.avaje.sigma.Sigma;
import io.avaje.sigma.aws.events.APIGatewayV2HttpEvent;
import io.avaje.sigma.aws.events.APIGatewayV2HttpEvent$RequestContextBuilder;
import io.avaje.sigma.routes.RoutesBuilder;
import io.avaje.sigma.routes.SpiRoutes;
import java.util.List;
import java.util.Map;

/**
 * avaje-sigma set up as its documentation shows: the {@code $Route} adapters that
 * avaje-http-sigma-generator wrote for the generated controllers, registered with {@code Sigma}.
 */
public final class SigmaRouters {
  private SigmaRouters() {}

  public static List<HttpService> services(int size) {
    switch (size) {
      case 10: return SigmaServices10.services();
      case 100: return SigmaServices100.services();
      case 1000: return SigmaServices1000.services();
      default: throw new IllegalArgumentException("No table of " + size + " routes");
    }
  }

  /** The whole dispatch: match, path parameters, context, the adapter, the response record. */
  public static Sigma.HttpFunction function(int size) {
    return Sigma.create().routing(services(size)).createHttpFunction();
  }

  /**
   * Only sigma's route index (the part {@code createHttpFunction} builds from the routes): the
   * same index the function uses, reached through sigma's public {@code RoutesBuilder}.
   */
  public static SpiRoutes index(int size) {
    Router[] captured = new Router[1];
    Sigma.create().routing(router -> captured[0] = router);
    captured[0].addAll(services(size));
    return new RoutesBuilder(captured[0], true).build();
  }

  /** An HTTP API (2.0) event as sigma receives it from Lambda's runtime, already deserialised. */
  public static APIGatewayV2HttpEvent event(String method, String path) {
    return APIGatewayV2HttpEvent.builder()
        .version("2.0")
        .routeKey("$default")
        .rawPath(path)
        .rawQueryString("")
        .headers(Map.of("accept", "*/*"))
        .isBase64Encoded(false)
        .requestContext(
            APIGatewayV2HttpEvent$RequestContextBuilder.builder()
                .routeKey("$default")
                .stage("$default")
                .requestId("bench")
                .http(new APIGatewayV2HttpEvent.Http(
                    Router.HttpMethod.valueOf(method), path, "HTTP/1.1", "127.0.0.1", "bench"))
                .build())
        .build();
  }
}
