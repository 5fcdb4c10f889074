package dev.lift.dynamodb.ratelimit;

import dev.lift.dynamodb.DynamoTables;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Counts requests per key in DynamoDB so that every container of a function together admits at
 * most {@code limit} requests per window and key. Thread-safe; make one per limit at init.
 *
 * <p>Each request is one atomic {@code UpdateItem} on the window's item:
 *
 * <pre>
 * UpdateExpression:    SET expires_at = :ttl ADD hits :one
 * ConditionExpression: attribute_not_exists(hits) OR hits &lt; :allowed
 * </pre>
 *
 * DynamoDB applies conditional updates of one item one at a time, so the count can never pass
 * {@code :allowed}, however many containers ask at once; a request whose condition fails is
 * refused without counting. For fixed windows {@code :allowed} is the limit. For sliding windows
 * it is the limit less the previous window's count weighted by its share of the sliding window
 * (read first, consistently; a finished window no longer changes), so the estimate {@code
 * previous * weight + current} never exceeds the limit either.
 *
 * <p>Items are named {@code <limiter>#<key>#<window start in epoch ms>} and expire through TTL two
 * windows after they start. Keys longer than 512 characters are replaced by their SHA-256.
 *
 * <p>When DynamoDB cannot be asked, the config's {@link FailureMode} decides and its {@code
 * FailureListener} hears about it. This method never throws for DynamoDB errors.
 */
public final class RateLimiter {
  static final String HITS = "hits";
  private static final int MAX_KEY_LENGTH = 512;
  private static final AttributeValue ONE = AttributeValue.fromN("1");

  private final DynamoDbClient client;
  private final RateLimitConfig config;
  private final long windowMillis;
  private final AwsRequestOverrideConfiguration callTimeout;
  /** Set instead of {@code client} by {@link #inMemory}: window item key to [hits, expires at ms]. */
  private final ConcurrentHashMap<String, long[]> memory;

  public RateLimiter(DynamoDbClient client, RateLimitConfig config) {
    this.client = Objects.requireNonNull(client, "client");
    this.config = Objects.requireNonNull(config, "config");
    this.windowMillis = config.window().toMillis();
    this.callTimeout = AwsRequestOverrideConfiguration.builder().apiCallTimeout(config.callTimeout()).build();
    this.memory = null;
  }

  private RateLimiter(RateLimitConfig config) {
    this.client = null;
    this.config = config;
    this.windowMillis = config.window().toMillis();
    this.callTimeout = null;
    this.memory = new ConcurrentHashMap<>();
  }

  /**
   * Counts in this process only, with the same windows and answers: for local runs and tests
   * without DynamoDB. Each container would have its own budget; never use it in Lambda.
   */
  public static RateLimiter inMemory(RateLimitConfig config) {
    return new RateLimiter(Objects.requireNonNull(config, "config"));
  }

  public RateLimitConfig config() {
    return config;
  }

  /** Counts one request for {@code key} (a user id, a tenant, an IP, anything) and says whether it may go on. */
  public RateLimitResult acquire(String key) {
    Objects.requireNonNull(key, "key");
    long now = config.clock().millis();
    long windowStart = now - Math.floorMod(now, windowMillis);
    long windowEnd = windowStart + windowMillis;
    long resetSeconds = ceilSeconds(windowEnd);
    String itemKey = config.name() + "#" + normalized(key) + "#";
    try {
      if (config.kind() == WindowKind.FIXED) {
        return count(itemKey + windowStart, config.limit(), now, windowEnd, resetSeconds);
      }
      long previous = previousCount(itemKey + (windowStart - windowMillis));
      // limit - previous * weight, rounded down, in integers: weight = (windowEnd - now) / window.
      long weighted = -Math.floorDiv(-previous * (windowEnd - now), windowMillis);
      int allowed = (int) Math.max(-1, config.limit() - weighted);
      if (allowed <= 0) {
        return refused(slidingRetryAt(previous, 0, windowStart, windowEnd), now, resetSeconds);
      }
      RateLimitResult result = count(itemKey + windowStart, Math.min(allowed, config.limit()), now, windowEnd, resetSeconds);
      if (!result.allowed() && previous > 0) {
        return refused(slidingRetryAt(previous, allowed, windowStart, windowEnd), now, resetSeconds);
      }
      return result;
    } catch (SdkException e) {
      return failed(key, e, resetSeconds);
    }
  }

  /** One conditional increment; refused when the count already reached {@code allowed}. */
  private RateLimitResult count(String pk, int allowed, long now, long windowEnd, long resetSeconds) {
    if (memory != null) {
      return countInMemory(pk, allowed, now, windowEnd, resetSeconds);
    }
    Map<String, AttributeValue> item = new HashMap<>(2);
    item.put(DynamoTables.PARTITION_KEY, AttributeValue.fromS(pk));
    Map<String, String> names = new HashMap<>(2);
    names.put("#hits", HITS);
    names.put("#ttl", DynamoTables.TTL_ATTRIBUTE);
    Map<String, AttributeValue> values = new HashMap<>(4);
    values.put(":one", ONE);
    values.put(":allowed", AttributeValue.fromN(Integer.toString(allowed)));
    values.put(":ttl", AttributeValue.fromN(Long.toString(ceilSeconds(windowEnd + windowMillis))));
    try {
      Map<String, AttributeValue> updated = client.updateItem(UpdateItemRequest.builder()
          .tableName(config.tableName())
          .key(item)
          .updateExpression("SET #ttl = :ttl ADD #hits :one")
          .conditionExpression("attribute_not_exists(#hits) OR #hits < :allowed")
          .expressionAttributeNames(names)
          .expressionAttributeValues(values)
          .returnValues(ReturnValue.UPDATED_NEW)
          .overrideConfiguration(callTimeout)
          .build()).attributes();
      int hits = Integer.parseInt(updated.get(HITS).n());
      return new RateLimitResult(true, config.limit(), Math.max(0, allowed - hits), resetSeconds, 0, false);
    } catch (ConditionalCheckFailedException e) {
      return refused(windowEnd, now, resetSeconds);
    }
  }

  private RateLimitResult countInMemory(String pk, int allowed, long now, long windowEnd, long resetSeconds) {
    long[] hits = {-1};
    memory.compute(pk, (key, entry) -> {
      long current = entry == null || entry[1] <= now ? 0 : entry[0];
      if (current >= allowed) {
        return entry;
      }
      hits[0] = current + 1;
      return new long[] {current + 1, windowEnd + windowMillis};
    });
    if (memory.size() > 10_000) {
      memory.values().removeIf(entry -> entry[1] <= now); // what TTL does in DynamoDB
    }
    if (hits[0] < 0) {
      return refused(windowEnd, now, resetSeconds);
    }
    return new RateLimitResult(true, config.limit(), (int) Math.max(0, allowed - hits[0]), resetSeconds, 0, false);
  }

  private long previousCount(String pk) {
    if (memory != null) {
      long[] entry = memory.get(pk);
      return entry == null ? 0 : entry[0];
    }
    Map<String, AttributeValue> key = new HashMap<>(1);
    key.put(DynamoTables.PARTITION_KEY, AttributeValue.fromS(pk));
    Map<String, AttributeValue> item = client.getItem(GetItemRequest.builder()
        .tableName(config.tableName())
        .key(key)
        .consistentRead(true)
        .projectionExpression("#hits")
        .expressionAttributeNames(Map.of("#hits", HITS))
        .overrideConfiguration(callTimeout)
        .build()).item();
    AttributeValue hits = item == null ? null : item.get(HITS);
    return hits == null ? 0 : Long.parseLong(hits.n());
  }

  /**
   * When the sliding estimate next admits a request, assuming the current count is {@code current}
   * (a lower bound when refused): the previous window's weight must fall to
   * {@code (limit - current - 1) / previous}. Never later than the end of the current window.
   */
  private long slidingRetryAt(long previous, int current, long windowStart, long windowEnd) {
    if (previous <= 0) {
      return windowEnd;
    }
    long room = config.limit() - current - 1L;
    if (room < 0) {
      return windowEnd;
    }
    // previous * (windowEnd - t) / window <= room  <=>  t >= windowEnd - room * window / previous
    long at = windowEnd - Math.floorDiv(room * windowMillis, previous);
    return Math.min(Math.max(at, windowStart), windowEnd);
  }

  private RateLimitResult refused(long retryAtMillis, long now, long resetSeconds) {
    long retryAfter = Math.max(1, (retryAtMillis - now + 999) / 1000);
    return new RateLimitResult(false, config.limit(), 0, resetSeconds, retryAfter, false);
  }

  private RateLimitResult failed(String key, SdkException error, long resetSeconds) {
    boolean open = config.failureMode() == FailureMode.OPEN;
    try {
      config.failureListener().onFailure("rate-limiter " + config.name(),
          open ? "allowed the request (fail open)" : "refused the request (fail closed)", error);
    } catch (RuntimeException ignored) {
      // A listener's own failure must not decide the request.
    }
    return open
        ? new RateLimitResult(true, config.limit(), config.limit(), resetSeconds, 0, true)
        : new RateLimitResult(false, config.limit(), 0, resetSeconds, 1, true);
  }

  private static long ceilSeconds(long millis) {
    return Math.floorDiv(millis + 999, 1000);
  }

  private static String normalized(String key) {
    if (key.length() <= MAX_KEY_LENGTH) {
      return key;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
