package dev.lift.dynamodb.idempotency;

import dev.lift.runtime.http.WireResponse;

/** What {@link IdempotencyStore#claim} found for a key. */
public sealed interface Claim {
  /** The key is ours: run the handler, then {@code complete} or {@code release} with this token. */
  record Claimed(String key, String token) implements Claim {}

  /** A request with this key and the same payload completed: answer with its response. */
  record Completed(WireResponse response) implements Claim {}

  /** A request with this key and the same payload is running now. */
  record InProgress() implements Claim {}

  /** The key was used for a different request (method, path or body). */
  record Mismatch() implements Claim {}
}
