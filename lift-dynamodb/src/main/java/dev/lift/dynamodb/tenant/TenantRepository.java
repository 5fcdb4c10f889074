package dev.lift.dynamodb.tenant;

import dev.lift.runtime.error.LiftError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Typed access to a table shared by tenants, where no call can reach another tenant's items.
 *
 * <p>Items are mapped by an enhanced-client {@link TableSchema}, written by hand ({@code
 * StaticTableSchema} or {@code StaticImmutableTableSchema}: no bean reflection). The schema's
 * partition key is a string that the application sees as it is ({@code "acc-1"}); in the table it
 * is stored as {@code <tenant>#<value>} ({@code "acme#acc-1"}). Every call takes the tenant and adds
 * the prefix itself, and the prefix is removed from what is read, so:
 *
 * <ul>
 *   <li>a read or write for tenant A only ever addresses keys that start with {@code A#};
 *   <li>tenant ids may not contain {@code #}, so no tenant's prefix starts another's
 *       ({@code "a"} and {@code "a#b"} could otherwise meet at {@code "a#b#x"});
 *   <li>a caller-supplied id that looks like another tenant's key ({@code "globex#acc-1"}) just
 *       becomes a key of the caller's own tenant ({@code "acme#globex#acc-1"}).
 * </ul>
 *
 * Secondary indexes and scans are not offered: their keys are not prefixed.
 *
 * <p>With a {@linkplain Builder#versionAttribute version attribute} (a number) writes are
 * optimistic: {@link #put} succeeds only if the stored version is the one the item carries (or
 * there is no stored item and the item carries none), and writes the next version; otherwise it
 * throws 409 {@code CONFLICT}, which the standard error body reports.
 *
 * <pre>{@code
 * @PreWarm public static TenantRepository<Account> accounts(DynamoDbClient dynamo) {
 *   return TenantRepository.builder(dynamo, "accounts", Account.SCHEMA).versionAttribute("version").build();
 * }
 * Account account = accounts.get(principal.tenant(), "acc-1").orElseThrow(...);
 * accounts.put(principal.tenant(), account.withBalance(...));   // 409 if someone wrote it meanwhile
 * }</pre>
 */
public final class TenantRepository<T> {
  private static final String SEPARATOR = "#";
  /** Queries stop after this many items, whatever the caller asks: a request handler reads pages. */
  public static final int MAX_QUERY_ITEMS = 1000;

  private final DynamoDbClient client;
  private final String tableName;
  private final TableSchema<T> schema;
  private final String partitionKey;
  private final String sortKey;
  private final String versionAttribute;

  private TenantRepository(Builder<T> builder) {
    this.client = builder.client;
    this.tableName = builder.tableName;
    this.schema = builder.schema;
    TableMetadata metadata = schema.tableMetadata();
    this.partitionKey = metadata.primaryPartitionKey();
    this.sortKey = metadata.primarySortKey().orElse(null);
    this.versionAttribute = builder.versionAttribute;
  }

  public static <T> Builder<T> builder(DynamoDbClient client, String tableName, TableSchema<T> schema) {
    return new Builder<>(client, tableName, schema);
  }

  /** The tenant's item with this partition key (tables without a sort key). */
  public Optional<T> get(String tenant, String partitionValue) {
    return get(tenant, Key.builder().partitionValue(partitionValue).build());
  }

  /** The tenant's item with this key. */
  public Optional<T> get(String tenant, Key key) {
    Map<String, AttributeValue> item = client.getItem(GetItemRequest.builder()
        .tableName(tableName)
        .key(physicalKey(tenant, key))
        .consistentRead(true)
        .build()).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toItem(tenant, item));
  }

  /** Writes a new item; 409 {@code CONFLICT} when the tenant already has one with its key. */
  public T create(String tenant, T item) {
    Map<String, AttributeValue> stored = physicalItem(tenant, item);
    if (versionAttribute != null) {
      stored.put(versionAttribute, AttributeValue.fromN("1"));
    }
    try {
      client.putItem(PutItemRequest.builder()
          .tableName(tableName)
          .item(stored)
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", partitionKey))
          .build());
    } catch (ConditionalCheckFailedException e) {
      throw LiftError.conflict("An item with this key already exists");
    }
    return toItem(tenant, stored);
  }

  /**
   * Writes an item, and returns it as stored (with its new version). With a version attribute: 409
   * {@code CONFLICT} when the stored version is not the item's (someone else wrote it first).
   */
  public T put(String tenant, T item) {
    Map<String, AttributeValue> stored = physicalItem(tenant, item);
    PutItemRequest.Builder request = PutItemRequest.builder().tableName(tableName);
    if (versionAttribute != null) {
      AttributeValue current = stored.get(versionAttribute);
      if (current == null || current.n() == null) {
        stored.put(versionAttribute, AttributeValue.fromN("1"));
        request.conditionExpression("attribute_not_exists(#pk)")
            .expressionAttributeNames(Map.of("#pk", partitionKey));
      } else {
        long version = Long.parseLong(current.n());
        stored.put(versionAttribute, AttributeValue.fromN(Long.toString(version + 1)));
        request.conditionExpression("#version = :expected")
            .expressionAttributeNames(Map.of("#version", versionAttribute))
            .expressionAttributeValues(Map.of(":expected", current));
      }
    }
    try {
      client.putItem(request.item(stored).build());
    } catch (ConditionalCheckFailedException e) {
      throw LiftError.conflict("The item was changed by another request; read it again and retry");
    }
    return toItem(tenant, stored);
  }

  /**
   * Deletes the tenant's item. With a version attribute, only the version the item carries:
   * 409 {@code CONFLICT} when it changed. Deleting an absent item (unversioned) does nothing.
   */
  public void delete(String tenant, T item) {
    Map<String, AttributeValue> stored = physicalItem(tenant, item);
    Map<String, AttributeValue> key = new HashMap<>(2);
    key.put(partitionKey, stored.get(partitionKey));
    if (sortKey != null) {
      key.put(sortKey, stored.get(sortKey));
    }
    DeleteItemRequest.Builder request = DeleteItemRequest.builder().tableName(tableName).key(key);
    if (versionAttribute != null && stored.get(versionAttribute) != null) {
      request.conditionExpression("#version = :expected")
          .expressionAttributeNames(Map.of("#version", versionAttribute))
          .expressionAttributeValues(Map.of(":expected", stored.get(versionAttribute)));
    }
    try {
      client.deleteItem(request.build());
    } catch (ConditionalCheckFailedException e) {
      throw LiftError.conflict("The item was changed by another request; read it again and retry");
    }
  }

  /** The tenant's items under one partition key, in sort key order, at most {@code limit} (1 to {@value #MAX_QUERY_ITEMS}). */
  public List<T> query(String tenant, String partitionValue, int limit) {
    if (limit < 1 || limit > MAX_QUERY_ITEMS) {
      throw new IllegalArgumentException("limit is 1 to " + MAX_QUERY_ITEMS + ", not " + limit);
    }
    AttributeValue partition = AttributeValue.fromS(prefix(tenant) + Objects.requireNonNull(partitionValue));
    List<T> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    // Bounded: every page adds at least one item or ends the loop.
    do {
      QueryResponse page = client.query(QueryRequest.builder()
          .tableName(tableName)
          .keyConditionExpression("#pk = :pk")
          .expressionAttributeNames(Map.of("#pk", partitionKey))
          .expressionAttributeValues(Map.of(":pk", partition))
          .exclusiveStartKey(start)
          .limit(limit - items.size())
          .consistentRead(true)
          .build());
      for (Map<String, AttributeValue> item : page.items()) {
        items.add(toItem(tenant, item));
      }
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null && items.size() < limit);
    return items;
  }

  private Map<String, AttributeValue> physicalKey(String tenant, Key key) {
    Map<String, AttributeValue> physical = new HashMap<>(2);
    physical.put(partitionKey, prefixed(tenant, key.partitionKeyValue()));
    if (sortKey != null) {
      AttributeValue sort = key.sortKeyValue().orElseThrow(
          () -> new IllegalArgumentException("The table has a sort key '" + sortKey + "': give its value"));
      physical.put(sortKey, sort);
    }
    return physical;
  }

  private Map<String, AttributeValue> physicalItem(String tenant, T item) {
    Map<String, AttributeValue> map = new HashMap<>(schema.itemToMap(Objects.requireNonNull(item, "item"), true));
    AttributeValue partition = map.get(partitionKey);
    if (partition == null) {
      throw new IllegalArgumentException("The item has no partition key '" + partitionKey + "'");
    }
    map.put(partitionKey, prefixed(tenant, partition));
    return map;
  }

  private T toItem(String tenant, Map<String, AttributeValue> stored) {
    Map<String, AttributeValue> map = new HashMap<>(stored);
    String prefix = prefix(tenant);
    String partition = map.get(partitionKey).s();
    if (partition == null || !partition.startsWith(prefix)) {
      // Unreachable through this class; a guard against items written around it.
      throw new IllegalStateException("An item outside the tenant's key space was read");
    }
    map.put(partitionKey, AttributeValue.fromS(partition.substring(prefix.length())));
    return schema.mapToItem(map);
  }

  private AttributeValue prefixed(String tenant, AttributeValue partition) {
    if (partition.s() == null) {
      throw new IllegalArgumentException("A tenant repository needs a string partition key '" + partitionKey + "'");
    }
    return AttributeValue.fromS(prefix(tenant) + partition.s());
  }

  static String prefix(String tenant) {
    if (tenant == null || tenant.isEmpty()) {
      throw LiftError.forbidden("This request has no tenant");
    }
    if (tenant.contains(SEPARATOR) || tenant.length() > 256) {
      throw LiftError.forbidden("This request's tenant id is not valid");
    }
    return tenant + SEPARATOR;
  }

  public static final class Builder<T> {
    private final DynamoDbClient client;
    private final String tableName;
    private final TableSchema<T> schema;
    private String versionAttribute;

    private Builder(DynamoDbClient client, String tableName, TableSchema<T> schema) {
      this.client = Objects.requireNonNull(client, "client");
      this.tableName = Objects.requireNonNull(tableName, "tableName");
      this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** The numeric attribute that versions items (optimistic concurrency); none by default. */
    public Builder<T> versionAttribute(String attribute) {
      this.versionAttribute = Objects.requireNonNull(attribute);
      return this;
    }

    public TenantRepository<T> build() {
      return new TenantRepository<>(this);
    }
  }
}
