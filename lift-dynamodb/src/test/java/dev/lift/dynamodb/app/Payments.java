package dev.lift.dynamodb.app;

import dev.lift.annotations.Body;
import dev.lift.annotations.Route;
import dev.lift.dynamodb.idempotency.Idempotent;
import dev.lift.dynamodb.ratelimit.RateLimit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A limited, idempotent route and a route limited per API key. */
public class Payments {
  /** How many times the payment route ran, across every handler instance. */
  public static final AtomicInteger PAYMENTS = new AtomicInteger();

  @Route("POST /payments")
  @Idempotent
  @RateLimit(name = "payments", limit = 3, windowSeconds = 60)
  public String pay(@Body String amount) {
    PAYMENTS.incrementAndGet();
    return "payment " + UUID.randomUUID() + " of " + amount;
  }

  @Route("GET /search")
  @RateLimit(name = "search", limit = 2, windowSeconds = 3600, key = RateLimit.Key.HEADER, header = "X-Api-Key")
  public String search() {
    return "results";
  }
}
