package dev.lift.dynamodb.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.dynamodb.Dynalite;
import dev.lift.dynamodb.DynamoTables;
import dev.lift.runtime.error.LiftError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

class TenantRepositoryTest {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static DynamoDbClient client;

  private TenantRepository<Account> accounts;
  private String accountsTable;

  @BeforeAll
  static void connect() {
    client = Dynalite.shared().client();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @org.junit.jupiter.api.BeforeEach
  void table() {
    accountsTable = "accounts-" + TABLES.incrementAndGet() + "-" + ProcessHandle.current().pid();
    DynamoTables.createIfMissing(client, accountsTable, "id", null);
    accounts = TenantRepository.builder(client, accountsTable, Account.SCHEMA).versionAttribute("version").build();
  }

  @Test
  void aTenantReadsItsOwnItemsUnprefixed() {
    accounts.create("acme", new Account("acc-1", "ada", 100));

    Account read = accounts.get("acme", "acc-1").orElseThrow();

    assertEquals("acc-1", read.id());
    assertEquals("ada", read.owner());
    assertEquals(100L, read.balance());
    assertEquals(1L, read.version());
    Map<String, AttributeValue> raw = client.getItem(GetItemRequest.builder().tableName(accountsTable)
        .key(Map.of("id", AttributeValue.fromS("acme#acc-1"))).build()).item();
    assertEquals("ada", raw.get("owner").s(), "stored under the tenant's prefix");
  }

  @Test
  void tenantACannotReadTenantBsItems() {
    accounts.create("globex", new Account("acc-1", "grace", 500));

    assertTrue(accounts.get("acme", "acc-1").isEmpty());
    assertTrue(accounts.get("acme", "globex#acc-1").isEmpty(), "a crafted id stays in acme's key space");
    assertEquals(500L, accounts.get("globex", "acc-1").orElseThrow().balance());
  }

  @Test
  void tenantACannotChangeOrDeleteTenantBsItems() {
    Account grace = accounts.create("globex", new Account("acc-1", "grace", 500));

    // Same id, same version: acme's write creates acme's own item, globex's is untouched.
    Account forged = grace.withBalance(0);
    forged.version(null);
    accounts.put("acme", forged);
    Account crafted = new Account("globex#acc-1", "mallory", 0);
    accounts.put("acme", crafted);
    accounts.delete("acme", new Account("acc-1", "x", 0));

    Account untouched = accounts.get("globex", "acc-1").orElseThrow();
    assertEquals(500L, untouched.balance());
    assertEquals("grace", untouched.owner());
    assertEquals(1L, untouched.version());
    assertEquals(0L, accounts.get("acme", "globex#acc-1").orElseThrow().balance());
  }

  @Test
  void tenantIdsCannotContainTheSeparatorOrBeMissing() {
    LiftError separator = assertThrows(LiftError.class, () -> accounts.get("acme#acc", "1"));
    LiftError missing = assertThrows(LiftError.class, () -> accounts.get(null, "1"));

    assertEquals(403, separator.status());
    assertEquals(403, missing.status());
  }

  @Test
  void aStaleWriteIsAConflict() {
    Account created = accounts.create("acme", new Account("acc-2", "ada", 100));
    Account first = accounts.get("acme", "acc-2").orElseThrow();
    Account second = accounts.get("acme", "acc-2").orElseThrow();

    Account written = accounts.put("acme", first.withBalance(150));
    LiftError conflict = assertThrows(LiftError.class, () -> accounts.put("acme", second.withBalance(50)));

    assertEquals(1L, created.version());
    assertEquals(2L, written.version());
    assertEquals(409, conflict.status());
    assertEquals("CONFLICT", conflict.code());
    assertEquals(150L, accounts.get("acme", "acc-2").orElseThrow().balance());
    assertEquals(3L, accounts.put("acme", written.withBalance(175)).version());
  }

  @Test
  void creatingAnExistingItemIsAConflictAndSoIsAnUnversionedPutOverIt() {
    accounts.create("acme", new Account("acc-3", "ada", 1));

    assertEquals(409, assertThrows(LiftError.class, () -> accounts.create("acme", new Account("acc-3", "eve", 2))).status());
    assertEquals(409, assertThrows(LiftError.class, () -> accounts.put("acme", new Account("acc-3", "eve", 2))).status());
    assertEquals("ada", accounts.get("acme", "acc-3").orElseThrow().owner());
  }

  @Test
  void deleteChecksTheVersion() {
    Account created = accounts.create("acme", new Account("acc-4", "ada", 1));
    Account updated = accounts.put("acme", created.withBalance(2));

    assertEquals(409, assertThrows(LiftError.class, () -> accounts.delete("acme", created)).status());
    accounts.delete("acme", updated);

    assertFalse(accounts.get("acme", "acc-4").isPresent());
  }

  @Test
  void queriesStayInsideTheTenant() {
    String ordersTable = "orders-" + TABLES.incrementAndGet() + "-" + ProcessHandle.current().pid();
    DynamoTables.createIfMissing(client, ordersTable, "customer", "order_id");
    TenantRepository<Order> orders = TenantRepository.builder(client, ordersTable, Order.SCHEMA).build();
    orders.put("acme", new Order("cust-1", "o-2", 20));
    orders.put("acme", new Order("cust-1", "o-1", 10));
    orders.put("acme", new Order("cust-1", "o-3", 30));
    orders.put("globex", new Order("cust-1", "o-9", 90));

    List<Order> acme = orders.query("acme", "cust-1", 10);
    List<Order> firstTwo = orders.query("acme", "cust-1", 2);

    assertEquals(List.of("o-1", "o-2", "o-3"), acme.stream().map(Order::orderId).toList());
    assertTrue(acme.stream().allMatch(o -> o.customer().equals("cust-1")));
    assertEquals(List.of("o-1", "o-2"), firstTwo.stream().map(Order::orderId).toList());
    assertEquals(List.of("o-9"), orders.query("globex", "cust-1", 10).stream().map(Order::orderId).toList());
    assertEquals(30, orders.get("acme", Key.builder().partitionValue("cust-1").sortValue("o-3").build()).orElseThrow().total());
    assertTrue(orders.get("globex", Key.builder().partitionValue("cust-1").sortValue("o-3").build()).isEmpty());
  }
}
