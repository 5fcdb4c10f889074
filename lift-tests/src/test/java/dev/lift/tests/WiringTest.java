package dev.lift.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.runtime.resources.PoolStats;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import dev.lift.tests.wiring.Connections;
import dev.lift.tests.wiring.Journal;
import dev.lift.tests.wiring.LiftWiringApi;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The init of a generated entry class: every {@code @PreWarm} resource created once, after what it
 * needs, and handed to every constructor that asks for it; warm-up hooks after all of them; a pool
 * filled to its minimum; the health routes ready. The resources of {@code dev.lift.tests.wiring}
 * record what happens in the {@link Journal}.
 */
class WiringTest {
  private LiftWiringApi handler;

  @BeforeEach
  void init() {
    Journal.reset();
    handler = new LiftWiringApi();
  }

  @Test
  void everyResourceAndInstanceIsCreatedOnce() {
    List<String> entries = Journal.entries();

    assertEquals(1, Journal.count("create Settings"), entries::toString);
    assertEquals(1, Journal.count("create Store"), entries::toString);
    assertEquals(1, Journal.count("create AuditLog"), entries::toString);
    assertEquals(1, Journal.count("create Greeting Good afternoon"), entries::toString);
    assertEquals(1, Journal.count("create Greeting Hi"), entries::toString);
    assertEquals(1, Journal.count("create pool"), entries::toString);
    assertEquals(1, Journal.count("create HealthRegistry"), entries::toString);
    assertEquals(1, Journal.count("new Connections"), entries::toString);
    assertEquals(1, Journal.count("new StoreRoutes"), entries::toString);
    assertEquals(1, Journal.count("new AuditRoutes"), entries::toString);
    assertEquals(1, Journal.count("new PoolRoutes"), entries::toString);
    assertEquals(1, Journal.count("new StoreHeader"), entries::toString);
    assertEquals(1, Journal.count("warm-up hook"), entries::toString);
    assertEquals(0, Journal.count("route "), "no route method runs at init: " + entries);
    assertEquals(0, Journal.count("middleware "), "no middleware runs at init: " + entries);
  }

  @Test
  void resourcesAreCreatedAfterWhatTheyNeedNotInDeclarationOrder() {
    List<String> entries = Journal.entries();

    // WiringResources declares health, auditLog, store, formal, casual, settings: the reverse.
    assertBefore(entries, "create Settings#1", "new Connections from Settings#1");
    assertBefore(entries, "create Settings#1", "create Store#1 from Settings#1");
    assertBefore(entries, "new Connections", "create pool");
    assertBefore(entries, "create pool", "create HealthRegistry");
    assertBefore(entries, "create Store#1", "create HealthRegistry");
    assertBefore(entries, "create Store#1", "create AuditLog#1");
    assertBefore(entries, "create Greeting Good afternoon", "create AuditLog#1");
    assertBefore(entries, "create AuditLog#1", "new AuditRoutes");
    assertBefore(entries, "create Greeting Hi", "new StoreRoutes");
    assertBefore(entries, "create Store#1", "new StoreHeader");
    assertBefore(entries, "create pool", "new PoolRoutes");
  }

  @Test
  void warmUpHookRunsOnceEveryResourceAndInstanceExists() {
    List<String> entries = Journal.entries();
    int hook = indexOf(entries, "warm-up hook");

    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      if (entry.startsWith("create ") || entry.startsWith("new ")) {
        assertTrue(i < hook, entry + " came after the warm-up hook: " + entries);
      }
    }
    assertEquals("warm-up hook with Store#1, AuditLog#1, pool created=2 destroyed=0 idle=2 active=0",
        entries.get(hook), "the hook got the resources, the pool already filled");
  }

  @Test
  void handlersMiddlewareAndResourcesShareOneInstanceOfEachResource() {
    Reply store = Lambda.invoke(handler, HttpEvent.v2("GET", "/wiring/store"));
    Reply audit = Lambda.invoke(handler, HttpEvent.v2("GET", "/wiring/audit"));
    Reply pool = Lambda.invoke(handler, HttpEvent.v2("GET", "/wiring/pool"));

    assertEquals("Store#1", store.body(), store::toString);
    assertEquals("Store#1", store.header("X-Store"), "the middleware's Store");
    assertEquals("Store#1 AuditLog#1(Store#1, Good afternoon)", audit.body(), audit::toString);
    assertEquals("Store#1", audit.header("X-Store"));
    assertEquals(1, Journal.count("create Store"), "requests create nothing: " + Journal.entries());
    assertEquals("created=2 destroyed=0 idle=2 active=0", pool.body(), "the pool the init prewarmed");
  }

  @Test
  void qualifiedResourcesGoWhereTheyAreAskedFor() {
    Reply greeting = Lambda.invoke(handler, HttpEvent.v2("GET", "/wiring/greeting"));

    assertEquals("Hi", greeting.body(), "StoreRoutes asked for @Named(\"casual\")");
    assertTrue(Journal.entries().contains("create AuditLog#1 from Store#1 and Good afternoon"),
        "AuditLog asked for @Named(\"formal\"): " + Journal.entries());
  }

  @Test
  void poolIsFilledToItsMinimumAtInit() {
    PoolStats stats = Connections.lastPool.stats();

    assertEquals(Connections.MIN_IDLE, stats.created());
    assertEquals(Connections.MIN_IDLE, stats.idle());
    assertEquals(0, stats.active());
    assertBefore(Journal.entries(), "create Conn#2", "create HealthRegistry");
  }

  @Test
  void readyOnceTheInitIsDone() {
    Reply ready = Lambda.invoke(handler, HttpEvent.v2("GET", "/health/ready"));

    assertEquals(200, ready.status(), ready::toString);
    assertEquals("{\"status\":\"UP\"}", ready.body());
    assertEquals("no-store", ready.header("Cache-Control"));
  }

  @Test
  void healthShowsEveryCheck() {
    Reply health = Lambda.invoke(handler, HttpEvent.v1("GET", "/health"));

    assertEquals(200, health.status(), health::toString);
    JsonNode report = health.json();
    assertEquals("UP", report.path("status").asText(), health::toString);
    assertEquals("UP", report.path("checks").path("pool").path("status").asText(), health::toString);
    assertEquals(Connections.MIN_IDLE, report.path("checks").path("pool").path("details").path("idle").asInt(-1),
        health::toString);
    assertEquals("UP", report.path("checks").path("store").path("status").asText(), health::toString);
    assertEquals("Store#1", report.path("checks").path("store").path("details").path("store").asText(),
        "the health registry got the shared Store: " + health);
    assertEquals("Store#1", health.header("X-Store"), "health routes run the application middleware too");
  }

  @Test
  void liveAnswersWithoutRunningChecks() {
    Reply live = Lambda.invoke(handler, HttpEvent.alb("GET", "/health/live"));

    assertEquals(200, live.status(), live::toString);
    assertEquals("{\"status\":\"UP\"}", live.body());
  }

  private static void assertBefore(List<String> entries, String first, String then) {
    int a = indexOf(entries, first);
    int b = indexOf(entries, then);
    assertTrue(a < b, "'" + first + "' should come before '" + then + "': " + entries);
  }

  /** The index of the one entry starting with {@code prefix}. */
  private static int indexOf(List<String> entries, String prefix) {
    int found = -1;
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).startsWith(prefix)) {
        assertEquals(-1, found, "two entries start with '" + prefix + "': " + entries);
        found = i;
      }
    }
    assertTrue(found >= 0, "no entry starts with '" + prefix + "': " + entries);
    return found;
  }
}
