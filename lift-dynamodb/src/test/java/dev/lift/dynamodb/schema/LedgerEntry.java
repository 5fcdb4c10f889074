package dev.lift.dynamodb.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every component kind a generated table schema maps, with both keys and a renamed attribute. */
@DynamoItem
public record LedgerEntry(
    @PartitionKey String account,
    @SortKey long sequence,
    @AttributeName("amt") BigDecimal amount,
    Instant bookedAt,
    Kind kind,
    List<String> tags,
    Set<String> labels,
    Map<String, String> meta,
    int lines,
    boolean settled,
    double rate,
    Long version) {

  public enum Kind {
    CREDIT,
    DEBIT
  }
}
