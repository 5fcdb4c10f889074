package dev.lift.samples.payments;

import dev.lift.annotations.LiftApplication;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.Recover;
import dev.lift.local.LocalRunner;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.health.HealthRoutes;
import dev.lift.runtime.middleware.AccessLogMiddleware;
import dev.lift.runtime.middleware.MetricsMiddleware;
import dev.lift.runtime.middleware.RequestIdMiddleware;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The payments sample: a multi-tenant accounts-and-payments API in one Lambda function.
 *
 * <p>The processor generates {@link LiftPaymentsApi}, the function's handler
 * ({@code dev.lift.samples.payments.LiftPaymentsApi::handleRequest}); {@code main} runs it locally
 * ({@code java -jar target/payments-api.jar serve}). Every request runs the access log, the EMF
 * metrics line (with the routes' business metrics) and the request id; {@code /health},
 * {@code /health/live} and {@code /health/ready} come from {@link HealthRoutes} and need no token.
 */
@LiftApplication(include = HealthRoutes.class)
@Middleware({AccessLogMiddleware.class, MetricsMiddleware.class, RequestIdMiddleware.class})
public final class PaymentsApi {
  private PaymentsApi() {}

  public static void main(String[] args) {
    LocalRunner.main(args, new LiftPaymentsApi());
  }

  /** DynamoDB unreachable, throttling or failing: 503, which clients may retry. */
  @Recover
  public static LiftError storeUnavailable(SdkException e) {
    System.err.println("{\"level\":\"ERROR\",\"message\":\"DynamoDB call failed\",\"error\":\""
        + e.getClass().getSimpleName() + "\"}");
    return LiftError.unavailable("The data store is unavailable; try again shortly");
  }
}
