package dev.lift.dynamodb.idempotency;

import dev.lift.dynamodb.DynamoTables;
import dev.lift.runtime.http.WireResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Idempotency records in DynamoDB. A record goes through two states:
 *
 * <ol>
 *   <li>{@code IN_PROGRESS}: written by {@link #claim} with a conditional {@code PutItem} that
 *       succeeds only when no live record exists, so of any number of concurrent requests with one
 *       key exactly one claims it. It holds a random claim token and the request's hash.
 *   <li>{@code COMPLETED}: {@link #complete} stores the response (conditional on the claim token,
 *       so a claim that expired and was taken over cannot overwrite the newer one) and moves the
 *       expiry to the retention time. {@link #release} instead deletes the record (also on the
 *       token), so the next duplicate runs the handler.
 * </ol>
 *
 * Attributes: {@code pk}, {@code status}, {@code request_hash}, {@code claim_token}, {@code
 * in_progress_until} (epoch ms), {@code expires_at} (TTL, epoch s) and {@code response} (binary).
 * A record past its {@code expires_at}, or in progress past its {@code in_progress_until}, counts as
 * absent even before TTL removes it. DynamoDB errors propagate as the SDK's exceptions.
 */
public final class IdempotencyStore {
  static final String STATUS = "status";
  static final String REQUEST_HASH = "request_hash";
  static final String CLAIM_TOKEN = "claim_token";
  static final String IN_PROGRESS_UNTIL = "in_progress_until";
  static final String RESPONSE = "response";
  static final String IN_PROGRESS = "IN_PROGRESS";
  static final String COMPLETED = "COMPLETED";
  /** A record released between our failed claim and our read: claim again, a few times at most. */
  private static final int MAX_CLAIM_ATTEMPTS = 3;

  private final DynamoDbClient client;
  private final IdempotencyConfig config;
  /** Set instead of {@code client} by {@link #inMemory}. */
  private final MemoryRecords memory;

  public IdempotencyStore(DynamoDbClient client, IdempotencyConfig config) {
    this.client = Objects.requireNonNull(client, "client");
    this.config = Objects.requireNonNull(config, "config");
    this.memory = null;
  }

  private IdempotencyStore(IdempotencyConfig config) {
    this.client = null;
    this.config = config;
    this.memory = new MemoryRecords(config);
  }

  /**
   * Records kept in this process only, with the same rules: for local runs and tests without
   * DynamoDB. Duplicates reaching another container are not detected; never use it in Lambda.
   */
  public static IdempotencyStore inMemory(IdempotencyConfig config) {
    return new IdempotencyStore(Objects.requireNonNull(config, "config"));
  }

  /** {@link #inMemory(IdempotencyConfig)} with the default settings. */
  public static IdempotencyStore inMemory() {
    return inMemory(IdempotencyConfig.defaults("in-memory"));
  }

  public IdempotencyConfig config() {
    return config;
  }

  /**
   * Claims {@code key} for a request whose payload hashes to {@code requestHash}, holding it until
   * {@code inProgressUntilMillis} (epoch ms) at most, or says what holds it already.
   */
  public Claim claim(String key, String requestHash, long inProgressUntilMillis) {
    if (memory != null) {
      return memory.claim(key, requestHash, inProgressUntilMillis);
    }
    for (int attempt = 1; ; attempt++) {
      String token = UUID.randomUUID().toString();
      if (tryPut(key, requestHash, token, inProgressUntilMillis)) {
        return new Claim.Claimed(key, token);
      }
      Map<String, AttributeValue> existing = client.getItem(GetItemRequest.builder()
          .tableName(config.tableName())
          .key(key(key))
          .consistentRead(true)
          .build()).item();
      if (existing != null && !existing.isEmpty()) {
        return found(existing, requestHash);
      }
      if (attempt == MAX_CLAIM_ATTEMPTS) {
        return new Claim.InProgress();
      }
    }
  }

  /** Stores the response of a claimed request; false when the claim was lost (expired and taken over). */
  public boolean complete(Claim.Claimed claim, WireResponse response) {
    byte[] stored = StoredResponses.write(response);
    if (stored.length > config.maxResponseBytes()) {
      release(claim);
      throw new IllegalArgumentException("The response has " + stored.length
          + " bytes, more than the " + config.maxResponseBytes() + " an idempotency record holds");
    }
    if (memory != null) {
      // Stored as read back from its bytes, so that a replay is what DynamoDB would give.
      return memory.complete(claim, StoredResponses.read(stored));
    }
    Map<String, String> names = new HashMap<>(8);
    names.put("#status", STATUS);
    names.put("#response", RESPONSE);
    names.put("#ttl", DynamoTables.TTL_ATTRIBUTE);
    names.put("#token", CLAIM_TOKEN);
    names.put("#until", IN_PROGRESS_UNTIL);
    Map<String, AttributeValue> values = new HashMap<>(8);
    values.put(":completed", AttributeValue.fromS(COMPLETED));
    values.put(":response", AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(stored)));
    values.put(":ttl", AttributeValue.fromN(Long.toString(nowSeconds() + config.retention().toSeconds())));
    values.put(":token", AttributeValue.fromS(claim.token()));
    try {
      client.updateItem(UpdateItemRequest.builder()
          .tableName(config.tableName())
          .key(key(claim.key()))
          .updateExpression("SET #status = :completed, #response = :response, #ttl = :ttl REMOVE #until")
          .conditionExpression("#token = :token")
          .expressionAttributeNames(names)
          .expressionAttributeValues(values)
          .build());
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  /** Deletes a claimed record so that the next duplicate runs the handler; false when the claim was lost. */
  public boolean release(Claim.Claimed claim) {
    if (memory != null) {
      return memory.release(claim);
    }
    try {
      client.deleteItem(DeleteItemRequest.builder()
          .tableName(config.tableName())
          .key(key(claim.key()))
          .conditionExpression("#token = :token")
          .expressionAttributeNames(Map.of("#token", CLAIM_TOKEN))
          .expressionAttributeValues(Map.of(":token", AttributeValue.fromS(claim.token())))
          .build());
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private boolean tryPut(String key, String requestHash, String token, long inProgressUntilMillis) {
    long nowMillis = config.clock().millis();
    Map<String, AttributeValue> item = new HashMap<>(8);
    item.put(DynamoTables.PARTITION_KEY, AttributeValue.fromS(key));
    item.put(STATUS, AttributeValue.fromS(IN_PROGRESS));
    item.put(REQUEST_HASH, AttributeValue.fromS(requestHash));
    item.put(CLAIM_TOKEN, AttributeValue.fromS(token));
    item.put(IN_PROGRESS_UNTIL, AttributeValue.fromN(Long.toString(inProgressUntilMillis)));
    // Until it completes, the record lives no longer than the claim (plus the retention, for TTL).
    item.put(DynamoTables.TTL_ATTRIBUTE, AttributeValue.fromN(
        Long.toString(Math.floorDiv(inProgressUntilMillis, 1000) + config.retention().toSeconds())));
    Map<String, String> names = new HashMap<>(4);
    names.put("#pk", DynamoTables.PARTITION_KEY);
    names.put("#ttl", DynamoTables.TTL_ATTRIBUTE);
    names.put("#status", STATUS);
    names.put("#until", IN_PROGRESS_UNTIL);
    Map<String, AttributeValue> values = new HashMap<>(4);
    values.put(":nowSeconds", AttributeValue.fromN(Long.toString(nowMillis / 1000)));
    values.put(":nowMillis", AttributeValue.fromN(Long.toString(nowMillis)));
    values.put(":inProgress", AttributeValue.fromS(IN_PROGRESS));
    try {
      client.putItem(PutItemRequest.builder()
          .tableName(config.tableName())
          .item(item)
          .conditionExpression(
              "attribute_not_exists(#pk) OR #ttl < :nowSeconds OR (#status = :inProgress AND #until < :nowMillis)")
          .expressionAttributeNames(names)
          .expressionAttributeValues(values)
          .build());
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private Claim found(Map<String, AttributeValue> existing, String requestHash) {
    AttributeValue hash = existing.get(REQUEST_HASH);
    if (hash == null || !requestHash.equals(hash.s())) {
      return new Claim.Mismatch();
    }
    AttributeValue status = existing.get(STATUS);
    AttributeValue response = existing.get(RESPONSE);
    if (status != null && COMPLETED.equals(status.s()) && response != null) {
      return new Claim.Completed(StoredResponses.read(response.b().asByteArrayUnsafe()));
    }
    return new Claim.InProgress();
  }

  private long nowSeconds() {
    return config.clock().millis() / 1000;
  }

  private static Map<String, AttributeValue> key(String key) {
    Map<String, AttributeValue> map = new HashMap<>(1);
    map.put(DynamoTables.PARTITION_KEY, AttributeValue.fromS(key));
    return map;
  }
}
