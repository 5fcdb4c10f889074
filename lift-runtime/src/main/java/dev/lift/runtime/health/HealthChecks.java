package dev.lift.runtime.health;

import dev.lift.runtime.resources.PoolStats;
import dev.lift.runtime.resources.ResourcePool;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Ready-made {@link HealthCheck}s. */
public final class HealthChecks {
  private HealthChecks() {}

  /**
   * A pool's state from its counters, without borrowing: DOWN when closed, or when every object
   * is in use and callers are waiting; DEGRADED when more than 90% of {@code maxActive} are in
   * use; UP otherwise. Details: active, idle, max_active, waiting, timeouts.
   */
  public static HealthCheck pool(ResourcePool<?> pool) {
    Objects.requireNonNull(pool, "pool");
    return () -> {
      PoolStats stats = pool.stats();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("active", stats.active());
      details.put("idle", stats.idle());
      details.put("max_active", stats.maxActive());
      details.put("waiting", stats.waiting());
      details.put("timeouts", stats.timeouts());
      if (stats.closed()) {
        details.put("error", "pool '" + stats.name() + "' is closed");
        return HealthStatus.down(details);
      }
      if (stats.exhausted() && stats.waiting() > 0) {
        details.put("error", "pool '" + stats.name() + "' is exhausted and callers are waiting");
        return HealthStatus.down(details);
      }
      if (stats.active() * 10L > stats.maxActive() * 9L) {
        return HealthStatus.degraded(details);
      }
      return HealthStatus.up(details);
    };
  }

  /** UP when a TCP connection to {@code host:port} opens within {@code timeout}, else DOWN. */
  public static HealthCheck tcp(String host, int port, Duration timeout) {
    Objects.requireNonNull(host, "host");
    int timeoutMillis = positiveMillis(timeout);
    return () -> {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("host", host);
      details.put("port", port);
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), timeoutMillis);
        return HealthStatus.up(details);
      } catch (IOException e) {
        details.put("error", e.toString());
        return HealthStatus.down(details);
      }
    };
  }

  /**
   * UP when a {@code GET} of {@code uri} answers 2xx or 3xx within {@code timeout} (to connect,
   * and again to read), DOWN otherwise. Redirects are not followed.
   */
  public static HealthCheck http(URI uri, Duration timeout) {
    Objects.requireNonNull(uri, "uri");
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException("An HTTP health check needs an http or https URI, not " + uri);
    }
    int timeoutMillis = positiveMillis(timeout);
    return () -> {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("url", uri.toString());
      HttpURLConnection connection = null;
      try {
        URLConnection opened = uri.toURL().openConnection();
        connection = (HttpURLConnection) opened;
        connection.setConnectTimeout(timeoutMillis);
        connection.setReadTimeout(timeoutMillis);
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        int status = connection.getResponseCode();
        details.put("http_status", status);
        return status >= 200 && status < 400 ? HealthStatus.up(details) : HealthStatus.down(details);
      } catch (IOException e) {
        details.put("error", e.toString());
        return HealthStatus.down(details);
      } finally {
        if (connection != null) {
          connection.disconnect();
        }
      }
    };
  }

  private static int positiveMillis(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    long millis = timeout.toMillis();
    if (millis <= 0 || millis > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("A reachability timeout must be at least 1 ms, not " + timeout);
    }
    return (int) millis;
  }
}
