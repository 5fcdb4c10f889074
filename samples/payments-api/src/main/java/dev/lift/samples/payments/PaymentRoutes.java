package dev.lift.samples.payments;

import dev.lift.annotations.Body;
import dev.lift.annotations.Middleware;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.QueryParam;
import dev.lift.annotations.Route;
import dev.lift.dynamodb.idempotency.Idempotent;
import dev.lift.dynamodb.ratelimit.RateLimit;
import dev.lift.dynamodb.ratelimit.WindowKind;
import dev.lift.jwt.JwtMiddleware;
import dev.lift.jwt.Principal;
import dev.lift.jwt.RequireAccess;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Response;
import dev.lift.runtime.metrics.Metrics;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments to the caller's tenant's accounts. Posting one changes the balance with an optimistic
 * write: the account is read, its new balance written only if its version is still the one read
 * (409 {@code CONFLICT} otherwise: retry), and the payment recorded with the version it produced.
 *
 * <p>The two writes are not one transaction: dynalite, the server the tests run against, has no
 * {@code TransactWriteItems}. Should the payment record fail after the balance changed, the
 * error is logged with the payment's content for reconciliation, and the request answers 5xx.
 */
@Middleware(JwtMiddleware.class)
public class PaymentRoutes {
  /** Each user (else each source address) may post this many payments per minute, across all containers. */
  static final int PAYMENTS_PER_MINUTE = 10;

  /** 1 million in major units: a sample's sanity bound, not a business rule. */
  static final long MAX_AMOUNT = 100_000_000L;

  private final AccountStore accounts;
  private final PaymentStore payments;

  public PaymentRoutes(AccountStore accounts, PaymentStore payments) {
    this.accounts = accounts;
    this.payments = payments;
  }

  /**
   * {@code POST /accounts/{id}/payments}: 201 with the payment; 404 for no such account, 422
   * {@code INSUFFICIENT_FUNDS} when a debit would make the balance negative, 409 when another
   * payment changed the account meanwhile. Needs the scope {@value AccountRoutes#WRITE_SCOPE}.
   *
   * <p>Runs, after authentication and the scope check: idempotency (a request with an
   * {@code Idempotency-Key} runs once; duplicates get the stored response, with
   * {@code Idempotent-Replayed: true}, without counting against the limit), then the rate limit
   * of {@value #PAYMENTS_PER_MINUTE} per minute per user (429 beyond, with {@code Retry-After};
   * when DynamoDB fails, {@code PAYMENTS_RATE_LIMIT_FAILURE_MODE} decides: CLOSED answers 503).
   */
  @Route("POST /accounts/{id}/payments")
  @RequireAccess(scopes = AccountRoutes.WRITE_SCOPE)
  @Idempotent
  @RateLimit(name = "payments", limit = PAYMENTS_PER_MINUTE, windowSeconds = 60, window = WindowKind.FIXED,
      key = {RateLimit.Key.USER, RateLimit.Key.IP})
  public Response<Payment> post(Principal caller, Exchange exchange, @PathParam String id, @Body NewPayment request) {
    long amount = amount(request);
    String description = request.description() == null ? "" : request.description().strip();
    if (description.length() > 140) {
      throw LiftError.badRequest("description is at most 140 characters", Map.of("field", "description"));
    }
    Account account = AccountRoutes.find(accounts, caller.tenant(), id);
    long balance = account.balance() + amount;
    if (balance < 0) {
      throw new LiftError(422, "INSUFFICIENT_FUNDS",
          "The balance " + account.balance() + " does not cover a debit of " + -amount,
          Map.of("balance", account.balance(), "amount", amount));
    }
    Account updated = accounts.update(caller.tenant(), account.withBalance(balance));
    Payment payment = new Payment(UUID.randomUUID().toString(), account.id(), updated.version(), amount,
        description, balance, Instant.now());
    try {
      payments.record(caller.tenant(), payment);
    } catch (RuntimeException e) {
      System.err.println("{\"level\":\"ERROR\",\"message\":\"balance changed but the payment was not recorded\","
          + "\"tenant\":\"" + quoted(caller.tenant()) + "\",\"payment\":\"" + quoted(payment.toString()) + "\"}");
      throw e;
    }
    exchange.metrics()
        .add("PaymentsCreated", 1, Metrics.Unit.COUNT)
        .add("PaymentAmount", Math.abs(amount), Metrics.Unit.NONE);
    return Response.created(payment);
  }

  /** {@code GET /accounts/{id}/payments?limit=50}: oldest first; 404 for no such account. */
  @Route("GET /accounts/{id}/payments")
  public PaymentList list(Principal caller, @PathParam String id, @QueryParam("limit") Optional<Integer> limit) {
    int max = AccountRoutes.limit(limit, PaymentStore.MAX_LIST);
    AccountRoutes.find(accounts, caller.tenant(), id);
    return new PaymentList(payments.list(caller.tenant(), id, max));
  }

  /** Enough escaping for a log line: quotes, backslashes and control characters. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static long amount(NewPayment request) {
    Long amount = request.amount();
    if (amount == null || amount == 0 || Math.abs(amount) > MAX_AMOUNT) {
      throw LiftError.badRequest("amount is a non-zero number of minor units, at most " + MAX_AMOUNT + " either way",
          Map.of("field", "amount"));
    }
    return amount;
  }
}
