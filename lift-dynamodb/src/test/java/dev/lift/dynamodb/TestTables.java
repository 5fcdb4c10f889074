package dev.lift.dynamodb;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Fresh tables on the shared dynalite, one per test, so that tests never see each other's items. */
public final class TestTables {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestTables() {}

  /** A new table with partition key {@code pk}. */
  public static String create(DynamoDbClient client, String prefix) {
    String name = prefix + "-" + COUNTER.incrementAndGet() + "-" + ProcessHandle.current().pid();
    DynamoTables.createIfMissing(client, name);
    return name;
  }
}
