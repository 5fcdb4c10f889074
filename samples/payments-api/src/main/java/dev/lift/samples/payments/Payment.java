package dev.lift.samples.payments;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

/**
 * One payment posted to an account: a credit (positive amount) or a debit (negative), in minor
 * units. {@code sequence} is the account version the payment produced, so an account's payments
 * are numbered 2, 3, ... without gaps (version 1 is the account's creation), in the order they
 * were applied.
 */
public record Payment(
    String id, String accountId, long sequence, long amount, String description, long balanceAfter, Instant createdAt) {

  /**
   * The DynamoDB mapping, written by hand. Table: partition key {@code pk} (string;
   * {@code TenantRepository} stores {@code <tenant>#<account id>}), sort key {@code seq} (the
   * sequence as 19 zero-padded digits, so that string order is numeric order).
   */
  static final TableSchema<Payment> SCHEMA =
      StaticImmutableTableSchema.builder(Payment.class, Builder.class)
          .newItemBuilder(Builder::new, Builder::build)
          .addAttribute(String.class, a -> a.name("pk").getter(Payment::accountId).setter(Builder::accountId)
              .tags(primaryPartitionKey()))
          .addAttribute(String.class, a -> a.name("seq").getter(payment -> sortKey(payment.sequence()))
              .setter((builder, value) -> builder.sequence(Long.parseLong(value))).tags(primarySortKey()))
          .addAttribute(String.class, a -> a.name("id").getter(Payment::id).setter(Builder::id))
          .addAttribute(Long.class, a -> a.name("amount").getter(Payment::amount).setter(Builder::amount))
          .addAttribute(String.class, a -> a.name("description").getter(Payment::description).setter(Builder::description))
          .addAttribute(Long.class, a -> a.name("balance_after").getter(Payment::balanceAfter).setter(Builder::balanceAfter))
          .addAttribute(Instant.class, a -> a.name("created_at").getter(Payment::createdAt).setter(Builder::createdAt))
          .build();

  static String sortKey(long sequence) {
    return String.format("%019d", sequence);
  }

  /** For the table schema only. */
  static final class Builder {
    private String id;
    private String accountId;
    private long sequence;
    private long amount;
    private String description;
    private long balanceAfter;
    private Instant createdAt;

    void id(String id) {
      this.id = id;
    }

    void accountId(String accountId) {
      this.accountId = accountId;
    }

    void sequence(long sequence) {
      this.sequence = sequence;
    }

    void amount(Long amount) {
      this.amount = amount == null ? 0 : amount;
    }

    void description(String description) {
      this.description = description;
    }

    void balanceAfter(Long balanceAfter) {
      this.balanceAfter = balanceAfter == null ? 0 : balanceAfter;
    }

    void createdAt(Instant createdAt) {
      this.createdAt = createdAt;
    }

    Payment build() {
      return new Payment(id, accountId, sequence, amount, description, balanceAfter, createdAt);
    }
  }
}
