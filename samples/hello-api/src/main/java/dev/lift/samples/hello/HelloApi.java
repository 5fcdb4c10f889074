package dev.lift.samples.hello;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Middleware;
import dev.lift.local.LocalRunner;
import dev.lift.runtime.health.HealthRoutes;
import dev.lift.runtime.middleware.AccessLogMiddleware;
import dev.lift.runtime.middleware.MetricsMiddleware;
import dev.lift.runtime.middleware.RequestIdMiddleware;
import dev.lift.runtime.middleware.SecurityHeadersMiddleware;

/**
 * The hello-api sample: one Lambda function serving every route in this package.
 *
 * <p>The processor generates {@link LiftHelloApi}, the function's handler
 * ({@code dev.lift.samples.hello.LiftHelloApi::handleRequest}). {@code main} runs that same
 * handler locally:
 *
 * <pre>
 * java -jar target/hello-api.jar invoke events/get-hello.json
 * java -jar target/hello-api.jar serve --port 8080
 * </pre>
 *
 * <p>Every request, also a 404 or a CORS preflight, runs the application middleware below, outermost
 * first: one access-log line and one EMF metrics line per request, an {@code X-Request-Id}, CORS
 * for a local front end, and security headers. {@code /health}, {@code /health/live} and
 * {@code /health/ready} come from the runtime's {@link HealthRoutes}, wired to the registry that
 * {@link SampleResources} provides.
 */
@LiftApplication(include = HealthRoutes.class)
@Middleware({
  AccessLogMiddleware.class,
  MetricsMiddleware.class,
  RequestIdMiddleware.class,
  SampleCors.class,
  SecurityHeadersMiddleware.class
})
public final class HelloApi {
  private HelloApi() {}

  public static void main(String[] args) {
    LocalRunner.main(args, new LiftHelloApi());
  }
}
