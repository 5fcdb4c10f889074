package dev.lift.samples.payments;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * An account of one tenant: its balance in minor units (cents) of its currency, and the version
 * that every change increments (optimistic concurrency: a write based on an older version
 * answers 409).
 */
public record Account(String id, String name, String currency, long balance, long version, Instant createdAt) {

  /** Every account of a tenant lives in one partition, {@code <tenant>#accounts}, sorted by id. */
  static final String PARTITION = "accounts";

  /**
   * The DynamoDB mapping, written by hand (no bean reflection) rather than generated with
   * {@code @DynamoItem} (as {@link Payment}'s is): the partition key is the constant {@value
   * #PARTITION}, not a component of the record. Table: partition key {@code pk} (string;
   * {@code TenantRepository} stores {@code <tenant>#accounts}), sort key {@code id} (string),
   * version attribute {@code version}.
   */
  static final TableSchema<Account> SCHEMA =
      StaticImmutableTableSchema.builder(Account.class, Builder.class)
          .newItemBuilder(Builder::new, Builder::build)
          .addAttribute(String.class, a -> a.name("pk").getter(account -> PARTITION)
              .setter((builder, value) -> { }).tags(primaryPartitionKey()))
          .addAttribute(String.class, a -> a.name("id").getter(Account::id).setter(Builder::id).tags(primarySortKey()))
          .addAttribute(String.class, a -> a.name("name").getter(Account::name).setter(Builder::name))
          .addAttribute(String.class, a -> a.name("currency").getter(Account::currency).setter(Builder::currency))
          .addAttribute(Long.class, a -> a.name("balance").getter(Account::balance).setter(Builder::balance))
          .addAttribute(Long.class, a -> a.name("version").getter(Account::version).setter(Builder::version))
          .addAttribute(Instant.class, a -> a.name("created_at").getter(Account::createdAt).setter(Builder::createdAt))
          .build();

  /** The same account with another balance, still at the version it was read at. */
  public Account withBalance(long newBalance) {
    return new Account(id, name, currency, newBalance, version, createdAt);
  }

  /** The same account at another version. */
  public Account withVersion(long newVersion) {
    return new Account(id, name, currency, balance, newVersion, createdAt);
  }

  /** For the table schema only. */
  static final class Builder {
    private String id;
    private String name;
    private String currency;
    private long balance;
    private long version;
    private Instant createdAt;

    void id(String id) {
      this.id = id;
    }

    void name(String name) {
      this.name = name;
    }

    void currency(String currency) {
      this.currency = currency;
    }

    void balance(Long balance) {
      this.balance = balance == null ? 0 : balance;
    }

    void version(Long version) {
      this.version = version == null ? 0 : version;
    }

    void createdAt(Instant createdAt) {
      this.createdAt = createdAt;
    }

    Account build() {
      return new Account(id, name, currency, balance, version, createdAt);
    }
  }
}
