package dev.lift.runtime.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.lift.runtime.health.HealthStatus.State;
import dev.lift.runtime.resources.Lease;
import dev.lift.runtime.resources.ResourceFactory;
import dev.lift.runtime.resources.ResourcePool;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HealthChecksTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private static ResourcePool<Object> pool(int maxActive) {
    return ResourcePool.builder("db", ResourceFactory.of(Object::new))
        .maxActive(maxActive)
        .borrowTimeout(Duration.ofMinutes(10))
        .build();
  }

  private static List<Lease<Object>> borrow(ResourcePool<Object> pool, int count) {
    List<Lease<Object>> leases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leases.add(pool.borrow());
    }
    return leases;
  }

  @Test
  void poolIsUpUpToNinetyPercentInUse() throws Exception {
    ResourcePool<Object> pool = pool(10);
    borrow(pool, 9);
    HealthStatus status = HealthChecks.pool(pool).check();
    assertEquals(State.UP, status.state());
    assertEquals(9, status.details().get("active"));
    assertEquals(10, status.details().get("max_active"));
  }

  @Test
  void poolAboveNinetyPercentInUseIsDegraded() throws Exception {
    ResourcePool<Object> pool = pool(10);
    borrow(pool, 10);
    assertEquals(State.DEGRADED, HealthChecks.pool(pool).check().state());
  }

  @Test
  void exhaustedPoolWithWaitersIsDown() throws Exception {
    ResourcePool<Object> pool = pool(2);
    List<Lease<Object>> held = borrow(pool, 2);
    CompletableFuture<Object> waiter = CompletableFuture.supplyAsync(() -> {
      try (Lease<Object> lease = pool.borrow()) {
        return lease.get();
      }
    });
    while (pool.stats().waiting() == 0) {
      Thread.yield();
    }

    HealthStatus status = HealthChecks.pool(pool).check();

    assertEquals(State.DOWN, status.state());
    assertEquals(1, status.details().get("waiting"));
    assertEquals("pool 'db' is exhausted and callers are waiting", status.details().get("error"));
    held.get(0).close();
    waiter.get(1, TimeUnit.MINUTES);
  }

  @Test
  void closedPoolIsDown() throws Exception {
    ResourcePool<Object> pool = pool(2);
    pool.close();
    assertEquals(State.DOWN, HealthChecks.pool(pool).check().state());
  }

  @Test
  void tcpIsUpWhenSomethingListens() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      HealthStatus status = HealthChecks.tcp("127.0.0.1", server.getLocalPort(), TIMEOUT).check();
      assertEquals(State.UP, status.state());
      assertEquals(server.getLocalPort(), status.details().get("port"));
    }
  }

  @Test
  void tcpIsDownWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = server.getLocalPort();
    }
    HealthStatus status = HealthChecks.tcp("127.0.0.1", port, TIMEOUT).check();
    assertEquals(State.DOWN, status.state());
    assertTrue(status.details().get("error").toString().contains("Connection refused"), status.details().toString());
  }

  @Test
  void httpIsUpOnSuccessAndDownOnServerErrors() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ok", exchange -> {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.createContext("/broken", exchange -> {
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      assertEquals(State.UP, HealthChecks.http(URI.create(base + "/ok"), TIMEOUT).check().state());
      HealthStatus broken = HealthChecks.http(URI.create(base + "/broken"), TIMEOUT).check();
      assertEquals(State.DOWN, broken.state());
      assertEquals(500, broken.details().get("http_status"));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void httpIsDownWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = server.getLocalPort();
    }
    HealthStatus status = HealthChecks.http(URI.create("http://127.0.0.1:" + port + "/"), TIMEOUT).check();
    assertEquals(State.DOWN, status.state());
    assertTrue(status.details().containsKey("error"));
  }

  @Test
  void httpNeedsAnHttpUri() {
    assertThrows(IllegalArgumentException.class,
        () -> HealthChecks.http(URI.create("ftp://example.com/"), TIMEOUT));
  }
}
