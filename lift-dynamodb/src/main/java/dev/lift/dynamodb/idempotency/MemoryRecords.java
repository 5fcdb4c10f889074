package dev.lift.dynamodb.idempotency;

import dev.lift.runtime.http.WireResponse;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records of {@link IdempotencyStore#inMemory}: the same states and rules as the DynamoDB
 * records, for one process (local runs, tests). Each transition is one atomic {@code compute}.
 */
final class MemoryRecords {
  private record Entry(String hash, String token, long inProgressUntilMillis, long expiresAtMillis,
      WireResponse response) {
    boolean liveAt(long now) {
      return expiresAtMillis > now && (response != null || inProgressUntilMillis >= now);
    }
  }

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final IdempotencyConfig config;

  MemoryRecords(IdempotencyConfig config) {
    this.config = config;
  }

  Claim claim(String key, String requestHash, long inProgressUntilMillis) {
    Clock clock = config.clock();
    String token = UUID.randomUUID().toString();
    Claim[] outcome = new Claim[1];
    entries.compute(key, (k, existing) -> {
      long now = clock.millis();
      if (existing == null || !existing.liveAt(now)) {
        outcome[0] = new Claim.Claimed(key, token);
        return new Entry(requestHash, token, inProgressUntilMillis,
            inProgressUntilMillis + config.retention().toMillis(), null);
      }
      if (!existing.hash().equals(requestHash)) {
        outcome[0] = new Claim.Mismatch();
      } else if (existing.response() != null) {
        outcome[0] = new Claim.Completed(existing.response());
      } else {
        outcome[0] = new Claim.InProgress();
      }
      return existing;
    });
    if (entries.size() > 10_000) {
      long now = clock.millis();
      entries.values().removeIf(entry -> !entry.liveAt(now)); // what TTL does in DynamoDB
    }
    return outcome[0];
  }

  boolean complete(Claim.Claimed claim, WireResponse response) {
    boolean[] done = new boolean[1];
    entries.computeIfPresent(claim.key(), (k, existing) -> {
      if (!existing.token().equals(claim.token())) {
        return existing;
      }
      done[0] = true;
      return new Entry(existing.hash(), existing.token(), existing.inProgressUntilMillis(),
          config.clock().millis() + config.retention().toMillis(), response);
    });
    return done[0];
  }

  boolean release(Claim.Claimed claim) {
    boolean[] done = new boolean[1];
    entries.computeIfPresent(claim.key(), (k, existing) -> {
      if (!existing.token().equals(claim.token())) {
        return existing;
      }
      done[0] = true;
      return null;
    });
    return done[0];
  }
}
