package dev.lift.dynamodb.idempotency;

import dev.lift.dynamodb.ExchangeAttributes;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.error.Recovery;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.metrics.Metrics;
import dev.lift.runtime.middleware.Middleware;
import dev.lift.runtime.middleware.WireResponses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Makes the routes it covers idempotent for requests with an {@code Idempotency-Key} header
 * (requests without one pass through untouched):
 *
 * <ul>
 *   <li>The first request with a key claims it and runs; its response is stored when the handler
 *       answers below 500. A 5xx answer, a 429 (an inner rate limit: transient, not the outcome),
 *       or an exception thrown by an inner layer or the route (whatever status recovery then gives
 *       it), releases the key instead, so a retry runs again.
 *   <li>A later request with the same key and the same method, path and body gets the stored
 *       response, unchanged, plus {@code Idempotent-Replayed: true}.
 *   <li>While the first one runs, duplicates get 409 {@code CONFLICT} with {@code Retry-After: 1}.
 *   <li>The same key with a different method, path or body answers 422 {@code
 *       IDEMPOTENCY_KEY_REUSED}.
 *   <li>A key is 1 to 255 visible ASCII characters; anything else answers 400.
 * </ul>
 *
 * <p>Keys are scoped by the authenticated user ({@link ExchangeAttributes#USER}) when there is one,
 * so two users never see each other's responses: apply it inside the authentication middleware.
 * A claim lasts until the Lambda deadline of the request (from its context), else the config's
 * {@code inProgressTimeout}. When DynamoDB cannot be asked for the claim the request answers 503
 * {@code UNAVAILABLE} (running it unprotected could run it twice); a failure to store or release
 * afterwards is reported to the listener and the response goes out anyway. Failures add 1 to the
 * request's {@code IdempotencyErrors} metric.
 *
 * <p>Configure by subclassing, or inject an {@link IdempotencyStore} resource into the public
 * constructor.
 */
public class IdempotencyMiddleware implements Middleware {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  public static final int MAX_KEY_LENGTH = 255;
  static final String CLAIM_ATTRIBUTE = "lift.idempotency.claim";
  static final String FAILED_ATTRIBUTE = "lift.idempotency.failed";

  private final IdempotencyStore store;

  public IdempotencyMiddleware(IdempotencyStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public WireResponse before(Exchange exchange) {
    String key = exchange.request().header(HEADER);
    if (key == null) {
      return null;
    }
    if (!isValidKey(key)) {
      return Recovery.standard(exchange, LiftError.badRequest(
          "An Idempotency-Key is 1 to " + MAX_KEY_LENGTH + " visible ASCII characters"));
    }
    // Keys are the caller's own: another user's (or another tenant's same-named user's) key never matches.
    String caller = ExchangeAttributes.caller(exchange);
    String scopedKey = (caller == null ? "-" : "u:" + caller) + "#" + key;
    Claim claim;
    try {
      claim = store.claim(scopedKey, requestHash(exchange.request()), claimDeadline(exchange));
    } catch (SdkException e) {
      failure(exchange, "answered 503 (could not claim the key)", e);
      return Recovery.standard(exchange, LiftError.unavailable("Idempotency records are unavailable; try again shortly"));
    }
    if (claim instanceof Claim.Claimed) {
      exchange.attribute(CLAIM_ATTRIBUTE, claim);
      return null;
    }
    if (claim instanceof Claim.Completed) {
      return WireResponses.edit(((Claim.Completed) claim).response()).set(REPLAYED_HEADER, "true").build();
    }
    if (claim instanceof Claim.Mismatch) {
      return Recovery.standard(exchange, new LiftError(422, "IDEMPOTENCY_KEY_REUSED",
          "This Idempotency-Key was used for a different request (method, path or body)"));
    }
    WireResponse conflict = Recovery.standard(exchange,
        LiftError.conflict("A request with this Idempotency-Key is still being processed"));
    return WireResponses.edit(conflict).set("Retry-After", "1").build();
  }

  @Override
  public WireResponse onError(Exchange exchange, Throwable error) {
    if (exchange.attribute(CLAIM_ATTRIBUTE) != null) {
      exchange.attribute(FAILED_ATTRIBUTE, Boolean.TRUE);
    }
    return null;
  }

  @Override
  public WireResponse after(Exchange exchange, WireResponse response) {
    Object value = exchange.attribute(CLAIM_ATTRIBUTE);
    if (!(value instanceof Claim.Claimed)) {
      return response;
    }
    Claim.Claimed claim = (Claim.Claimed) value;
    boolean failed = exchange.attribute(FAILED_ATTRIBUTE) != null
        || response.status() >= 500
        || response.status() == 429;
    try {
      if (failed) {
        store.release(claim);
      } else {
        store.complete(claim, response);
      }
    } catch (SdkException | IllegalArgumentException e) {
      failure(exchange, failed ? "could not release the key" : "did not store the response", e);
    }
    return response;
  }

  private void failure(Exchange exchange, String outcome, Exception error) {
    exchange.metrics().add("IdempotencyErrors", 1, Metrics.Unit.COUNT);
    try {
      store.config().failureListener().onFailure("idempotency", outcome, error);
    } catch (RuntimeException ignored) {
      // A listener's own failure must not decide the request.
    }
  }

  private long claimDeadline(Exchange exchange) {
    long now = store.config().clock().millis();
    if (exchange.context() != null) {
      int remaining = exchange.context().getRemainingTimeInMillis();
      if (remaining > 0) {
        return now + remaining;
      }
    }
    return now + store.config().inProgressTimeout().toMillis();
  }

  static boolean isValidKey(String key) {
    int length = key.length();
    if (length == 0 || length > MAX_KEY_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = key.charAt(i);
      if (c < '!' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /** SHA-256 of the method, the path and the body, base64url: what "the same request" means. */
  static String requestHash(Request request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(request.method().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      digest.update(request.path().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      digest.update(request.body());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
