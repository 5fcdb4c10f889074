package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.error.LiftError;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What every {@link AccountStore} and {@link PaymentStore} must do, run against each
 * implementation: {@link InMemoryStoreContractTest} and {@link DynamoStoreContractTest}. Every test
 * uses fresh tenant ids, so the stores may be shared between tests.
 */
abstract class StoreContract {
  private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.678Z");

  abstract AccountStore accounts();

  abstract PaymentStore payments();

  private final String tenantA = "acme-" + UUID.randomUUID();
  private final String tenantB = "globex-" + UUID.randomUUID();

  @Test
  void createdAccountIsFoundAtVersionOne() {
    Account created = accounts().create(tenantA, account("a-1", 0));

    assertEquals(new Account("a-1", "Operating", "EUR", 0, 1, CREATED), created);
    assertEquals(Optional.of(created), accounts().find(tenantA, "a-1"));
  }

  @Test
  void creatingAnExistingIdConflictsAndKeepsTheFirst() {
    accounts().create(tenantA, account("a-1", 0));

    assertStatus(409, () -> accounts().create(tenantA, new Account("a-1", "Other", "USD", 5, 0, CREATED)));
    assertEquals("Operating", accounts().find(tenantA, "a-1").orElseThrow().name());
  }

  @Test
  void unknownIdIsNotFound() {
    assertEquals(Optional.empty(), accounts().find(tenantA, "nope"));
  }

  @Test
  void listsTheTenantsAccountsInIdOrderUpToTheLimit() {
    accounts().create(tenantA, account("c", 0));
    accounts().create(tenantA, account("a", 0));
    accounts().create(tenantA, account("b", 0));
    accounts().create(tenantB, account("a0", 0));

    assertEquals(List.of("a", "b", "c"), ids(accounts().list(tenantA, 100)));
    assertEquals(List.of("a", "b"), ids(accounts().list(tenantA, 2)));
    assertEquals(List.of("a0"), ids(accounts().list(tenantB, 100)));
    assertThrows(IllegalArgumentException.class, () -> accounts().list(tenantA, 0));
    assertThrows(IllegalArgumentException.class, () -> accounts().list(tenantA, AccountStore.MAX_LIST + 1));
  }

  @Test
  void updateWritesTheNextVersionAndRefusesAStaleOne() {
    Account v1 = accounts().create(tenantA, account("a-1", 0));

    Account v2 = accounts().update(tenantA, v1.withBalance(100));
    assertEquals(2, v2.version());
    assertEquals(v2, accounts().find(tenantA, "a-1").orElseThrow());

    assertStatus(409, () -> accounts().update(tenantA, v1.withBalance(999)));
    assertEquals(100, accounts().find(tenantA, "a-1").orElseThrow().balance());
  }

  @Test
  void concurrentUpdatesNeverLoseOne() throws Exception {
    accounts().create(tenantA, account("a-1", 0));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        Callable<Boolean> task = () -> {
          start.await();
          Account read = accounts().find(tenantA, "a-1").orElseThrow();
          try {
            accounts().update(tenantA, read.withBalance(read.balance() + 10));
            return true;
          } catch (LiftError e) {
            assertEquals(409, e.status());
            return false;
          }
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      int succeeded = 0;
      for (Future<Boolean> result : results) {
        succeeded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      Account last = accounts().find(tenantA, "a-1").orElseThrow();
      assertTrue(succeeded >= 1, "at least one update wins");
      assertEquals(10L * succeeded, last.balance(), "every successful update is in the balance, no other");
      assertEquals(1 + succeeded, last.version());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void deleteRemovesTheVersionItWasGivenOnly() {
    Account v1 = accounts().create(tenantA, account("a-1", 0));
    Account v2 = accounts().update(tenantA, v1.withBalance(1));

    assertStatus(409, () -> accounts().delete(tenantA, v1));
    accounts().delete(tenantA, v2);

    assertEquals(Optional.empty(), accounts().find(tenantA, "a-1"));
    assertStatus(409, () -> accounts().delete(tenantA, v2));
  }

  @Test
  void anotherTenantCanNeitherSeeNorChangeAnAccount() {
    Account mine = accounts().create(tenantA, account("shared-id", 0));

    assertEquals(Optional.empty(), accounts().find(tenantB, "shared-id"));
    assertEquals(List.of(), accounts().list(tenantB, 100));
    assertStatus(409, () -> accounts().update(tenantB, mine.withBalance(1_000_000)));
    assertStatus(409, () -> accounts().delete(tenantB, mine));
    // A key that looks like another tenant's is a key of the caller's own tenant.
    assertEquals(Optional.empty(), accounts().find(tenantB, tenantA + "#shared-id"));

    assertEquals(Optional.of(mine), accounts().find(tenantA, "shared-id"));
    // The same id is free for tenant B, as a separate account.
    Account theirs = accounts().create(tenantB, new Account("shared-id", "Theirs", "USD", 0, 0, CREATED));
    assertEquals("Theirs", accounts().find(tenantB, "shared-id").orElseThrow().name());
    assertEquals("Operating", accounts().find(tenantA, "shared-id").orElseThrow().name());
    assertEquals(1, theirs.version());
  }

  @Test
  void tenantIdsThatCouldReachAnothersKeysAreRefused() {
    for (String bad : new String[] {"", "acme#x", "x".repeat(257)}) {
      assertStatus(403, () -> accounts().find(bad, "a-1"));
      assertStatus(403, () -> accounts().create(bad, account("a-1", 0)));
      assertStatus(403, () -> payments().list(bad, "a-1", 10));
    }
    assertStatus(403, () -> accounts().find(null, "a-1"));
  }

  @Test
  void paymentsAreListedBySequenceAndScopedToTenantAndAccount() {
    payments().record(tenantA, payment("a-1", 3, -50));
    payments().record(tenantA, payment("a-1", 2, 100));
    payments().record(tenantA, payment("a-1", 10, 7));
    payments().record(tenantA, payment("a-2", 2, 1));
    payments().record(tenantB, payment("a-1", 2, 999));

    List<Payment> listed = payments().list(tenantA, "a-1", 100);
    assertEquals(List.of(2L, 3L, 10L), listed.stream().map(Payment::sequence).toList());
    assertEquals(payment("a-1", 3, -50), listed.get(1));
    assertEquals(List.of(2L, 3L), payments().list(tenantA, "a-1", 2).stream().map(Payment::sequence).toList());
    assertEquals(List.of(999L), payments().list(tenantB, "a-1", 100).stream().map(Payment::amount).toList());
    assertEquals(List.of(), payments().list(tenantB, "a-2", 100));
  }

  @Test
  void aSequenceIsRecordedOnce() {
    payments().record(tenantA, payment("a-1", 2, 100));

    assertStatus(409, () -> payments().record(tenantA, payment("a-1", 2, 5)));
    assertEquals(List.of(100L), payments().list(tenantA, "a-1", 10).stream().map(Payment::amount).toList());
  }

  private static Account account(String id, long balance) {
    return new Account(id, "Operating", "EUR", balance, 0, CREATED);
  }

  private static Payment payment(String accountId, long sequence, long amount) {
    return new Payment("p-" + accountId + "-" + sequence, accountId, sequence, amount, "test \"quoted\"",
        100 + amount, CREATED.plus(sequence, ChronoUnit.SECONDS));
  }

  private static List<String> ids(List<Account> accounts) {
    return accounts.stream().map(Account::id).toList();
  }

  private static void assertStatus(int status, Executable call) {
    LiftError error = assertThrows(LiftError.class, call);
    assertEquals(status, error.status(), error::getMessage);
  }
}
