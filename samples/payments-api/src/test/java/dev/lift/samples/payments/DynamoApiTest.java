package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.dynamodb.Dynalite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API through the generated handler on dynalite: accounts and payments, optimistic
 * concurrency answering 409 without losing a payment, tenant isolation (another tenant's ids
 * answer 404, exactly like ids that do not exist, so existence never leaks), and business metrics.
 */
class DynamoApiTest {
  private static Api api;

  private final String tenantA = "acme-" + UUID.randomUUID();
  private final String tenantB = "globex-" + UUID.randomUUID();
  // Users unique to each test: each has its own payment budget (10 a minute).
  private final String aliceId = "alice-" + UUID.randomUUID();
  private final String bobId = "bob-" + UUID.randomUUID();
  private final String alice = Tokens.hs256(aliceId, tenantA);
  private final String bob = Tokens.hs256(bobId, tenantB);
  private final String bobAdmin = Tokens.hs256(bobId, tenantB, c -> c.claim("roles", List.of("admin")));

  @BeforeAll
  static void start() {
    api = Api.dynamo(Dynalite.shared().endpoint().toString(), "e2e", Map.of());
  }

  @Test
  void accountsAndPaymentsRoundTrip() {
    JsonNode created = createAccount(alice, "Operating");
    assertEquals(0, created.path("balance").asLong());
    assertEquals(1, created.path("version").asLong());
    String id = created.path("id").asText();

    JsonNode credit = post(alice, id, "{\"amount\":1250,\"description\":\"Invoice 7\"}").expect(201).json();
    assertEquals(1250, credit.path("balanceAfter").asLong());
    assertEquals(2, credit.path("sequence").asLong());
    post(alice, id, "{\"amount\":-250}").expect(201);
    post(alice, id, "{\"amount\":-5000}").expect(422, "INSUFFICIENT_FUNDS");
    post(alice, id, "{\"amount\":0}").expect(400, "BAD_REQUEST");
    post(alice, id, "{\"description\":\"no amount\"}").expect(400, "BAD_REQUEST");

    JsonNode account = api.send(ApiEvent.of("GET", "/accounts/" + id).bearer(alice)).expect(200).json();
    assertEquals(1000, account.path("balance").asLong());
    assertEquals(3, account.path("version").asLong());
    JsonNode payments = api.send(ApiEvent.of("GET", "/accounts/" + id + "/payments").bearer(alice)).expect(200).json();
    assertEquals(List.of(1250L, -250L), amounts(payments));
    JsonNode listed = api.send(ApiEvent.of("GET", "/accounts").bearer(alice)).expect(200).json();
    assertEquals(1, listed.path("accounts").size());
    api.send(ApiEvent.of("GET", "/accounts").query("limit=0").bearer(alice)).expect(400, "BAD_REQUEST");
  }

  @Test
  void concurrentPaymentsConflictWith409AndNoneIsLost() throws Exception {
    String id = createAccount(alice, "Busy").path("id").asText();
    int requests = PaymentRoutes.PAYMENTS_PER_MINUTE - 2; // under the rate limit
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    try {
      for (int i = 0; i < requests; i++) {
        statuses.add(pool.submit(() -> {
          start.await();
          return post(alice, id, "{\"amount\":100}").status();
        }));
      }
      start.countDown();
      int created = 0;
      for (Future<Integer> status : statuses) {
        int code = status.get(60, TimeUnit.SECONDS);
        assertTrue(code == 201 || code == 409, "201 or 409, not " + code);
        created += code == 201 ? 1 : 0;
      }
      assertTrue(created >= 1);
      JsonNode account = api.send(ApiEvent.of("GET", "/accounts/" + id).bearer(alice)).expect(200).json();
      assertEquals(100L * created, account.path("balance").asLong(), "every 201 is in the balance, no 409 is");
      JsonNode payments = api.send(ApiEvent.of("GET", "/accounts/" + id + "/payments").bearer(alice)).expect(200).json();
      assertEquals(created, payments.path("payments").size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anotherTenantGets404ForEverythingAndChangesNothing() {
    String id = createAccount(alice, "Private").path("id").asText();
    post(alice, id, "{\"amount\":500}").expect(201);
    String unknown = UUID.randomUUID().toString();

    for (String target : List.of(id, unknown)) {
      // The same answer for another tenant's account as for one that does not exist.
      Api.Reply get = api.send(ApiEvent.of("GET", "/accounts/" + target).bearer(bob)).expect(404, "NOT_FOUND");
      assertEquals("No account " + target, get.json().path("message").asText());
      post(bob, target, "{\"amount\":-500}").expect(404, "NOT_FOUND");
      api.send(ApiEvent.of("GET", "/accounts/" + target + "/payments").bearer(bob)).expect(404, "NOT_FOUND");
      api.send(ApiEvent.of("DELETE", "/accounts/" + target).bearer(bobAdmin)).expect(404, "NOT_FOUND");
    }
    assertEquals(0, api.send(ApiEvent.of("GET", "/accounts").bearer(bob)).expect(200).json().path("accounts").size());

    JsonNode account = api.send(ApiEvent.of("GET", "/accounts/" + id).bearer(alice)).expect(200).json();
    assertEquals(500, account.path("balance").asLong());
    assertEquals(2, account.path("version").asLong());
  }

  @Test
  void paymentsWriteBusinessMetricsIntoTheEmfLine() {
    String id = createAccount(alice, "Metered").path("id").asText();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    synchronized (DynamoApiTest.class) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        post(alice, id, "{\"amount\":-0}").expect(400);
        post(alice, id, "{\"amount\":4200}").expect(201);
      } finally {
        System.setOut(original);
      }
    }
    List<String> emf = captured.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.startsWith("{\"_aws\"")).toList();
    assertEquals(2, emf.size(), captured::toString);
    assertTrue(!emf.get(0).contains("PaymentsCreated"), emf.get(0));
    assertTrue(emf.get(1).contains("\"PaymentsCreated\":1"), emf.get(1));
    assertTrue(emf.get(1).contains("\"PaymentAmount\":4200"), emf.get(1));
    assertTrue(emf.get(1).contains("\"Route\":\"POST /accounts/{id}/payments\""), emf.get(1));
  }

  private static JsonNode createAccount(String token, String name) {
    return api.send(ApiEvent.of("POST", "/accounts").bearer(token)
        .json("{\"name\":\"" + name + "\",\"currency\":\"EUR\"}")).expect(201).json();
  }

  private static Api.Reply post(String token, String accountId, String body) {
    return api.send(ApiEvent.of("POST", "/accounts/" + accountId + "/payments").bearer(token).json(body));
  }

  private static List<Long> amounts(JsonNode payments) {
    List<Long> amounts = new ArrayList<>();
    payments.path("payments").forEach(p -> amounts.add(p.path("amount").asLong()));
    return amounts;
  }
}
