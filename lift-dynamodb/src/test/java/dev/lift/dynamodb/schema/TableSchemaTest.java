package dev.lift.dynamodb.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lift.dynamodb.Dynalite;
import dev.lift.dynamodb.tenant.TenantRepository;
import dev.lift.runtime.error.LiftError;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The table schema the processor writes for {@link LedgerEntry} (this package): what it stores,
 * what it reads back, its keys, and its use through {@link TenantRepository} on dynalite.
 */
class TableSchemaTest {
  private static final TableSchema<LedgerEntry> SCHEMA = LedgerEntry_TableSchema.SCHEMA;
  private static final LedgerEntry ENTRY = new LedgerEntry("acc-1", 7L, new BigDecimal("12.50"),
      Instant.parse("2026-03-01T12:00:00.123Z"), LedgerEntry.Kind.DEBIT, List.of("b", "a"), Set.of("x"),
      Map.of("k", "v"), 3, true, 0.25, 4L);

  @Test
  void storesEachComponentUnderItsAttributeName() {
    Map<String, AttributeValue> item = SCHEMA.itemToMap(ENTRY, true);

    assertEquals("acc-1", item.get("account").s());
    assertEquals("7", item.get("sequence").n());
    assertEquals("12.50", item.get("amt").n());
    assertEquals("2026-03-01T12:00:00.123Z", item.get("bookedAt").s());
    assertEquals("DEBIT", item.get("kind").s());
    assertEquals(List.of("b", "a"), item.get("tags").l().stream().map(AttributeValue::s).toList());
    assertEquals(List.of("x"), item.get("labels").ss());
    assertEquals("v", item.get("meta").m().get("k").s());
    assertEquals("3", item.get("lines").n());
    assertEquals(true, item.get("settled").bool());
    assertEquals("0.25", item.get("rate").n());
    assertEquals("4", item.get("version").n());
    assertEquals(12, item.size());
  }

  @Test
  void readsBackWhatItStored() {
    assertEquals(ENTRY, SCHEMA.mapToItem(SCHEMA.itemToMap(ENTRY, true)));
  }

  @Test
  void absentAttributesReadAsNullOrThePrimitiveDefault() {
    LedgerEntry read = SCHEMA.mapToItem(Map.of("account", AttributeValue.fromS("acc-2"),
        "sequence", AttributeValue.fromN("1")));

    assertEquals(new LedgerEntry("acc-2", 1L, null, null, null, null, null, null, 0, false, 0.0, null), read);
  }

  @Test
  void keysAreTheAnnotatedComponents() {
    TableMetadata metadata = SCHEMA.tableMetadata();

    assertEquals("account", metadata.primaryPartitionKey());
    assertEquals(Optional.of("sequence"), metadata.primarySortKey());
  }

  @Test
  void worksThroughATenantRepositoryOnDynamoDb() {
    DynamoDbClient client = Dynalite.shared().client();
    String table = "ledger-" + UUID.randomUUID();
    client.createTable(CreateTableRequest.builder()
        .tableName(table)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(KeySchemaElement.builder().attributeName("account").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sequence").keyType(KeyType.RANGE).build())
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("account").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sequence").attributeType(ScalarAttributeType.N).build())
        .build());
    TenantRepository<LedgerEntry> ledger = TenantRepository.builder(client, table, SCHEMA)
        .versionAttribute("version").build();
    LedgerEntry first = new LedgerEntry("acc-1", 1L, new BigDecimal("5"), null, LedgerEntry.Kind.CREDIT,
        List.of(), Set.of("new"), Map.of(), 1, false, 0.0, null);

    LedgerEntry stored = ledger.put("acme", first);
    Key key = Key.builder().partitionValue("acc-1").sortValue(1).build();

    assertEquals(Optional.of(stored), ledger.get("acme", key));
    assertEquals(Optional.empty(), ledger.get("globex", key));
    assertEquals(1L, stored.version());
    // A write carrying a stale version is refused, as any optimistic write is.
    LiftError conflict = assertThrows(LiftError.class, () -> ledger.put("acme", first));
    assertEquals(409, conflict.status());
  }

  @Test
  void generatedSourceMatchesItsGoldenFile() throws IOException {
    Path generated = Path.of("target/generated-test-sources/test-annotations/dev/lift/dynamodb/schema/"
        + "LedgerEntry_TableSchema.java");
    Path golden = Path.of("src/test/resources/golden/LedgerEntry_TableSchema.java");
    if (Boolean.getBoolean("lift.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.copy(generated, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertEquals(Files.readString(golden), Files.readString(generated),
        "Generated table schema differs from its golden file; rerun with -Dlift.golden.update=true if intended");
  }
}
