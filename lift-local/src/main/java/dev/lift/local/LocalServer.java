package dev.lift.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves HTTP on the JDK's built-in server the way API Gateway's HTTP API serves a Lambda
 * function: each request becomes a payload format 2.0 event, runs through the handler, and the
 * handler's 2.0 response goes back to the client.
 *
 * <p>A handler failure answers 502, as API Gateway does when the function fails; the stack trace
 * goes to the log. For local development only: no TLS, no limits, no authorizers.
 */
public final class LocalServer implements AutoCloseable {
  /** Threads for reading and writing connections; invocations themselves run one at a time. */
  private static final int THREADS = 4;

  private static final Set<String> HOP_BY_HOP_HEADERS =
      Set.of("content-length", "transfer-encoding", "connection", "keep-alive", "upgrade");

  private final HttpServer server;
  private final ExecutorService executor;
  private final RequestStreamHandler handler;
  private final Duration timeout;
  private final PrintStream log;
  private final CountDownLatch closed = new CountDownLatch(1);

  /**
   * One Lambda execution environment handles one event at a time, so handler code never sees two
   * concurrent invocations there; this lock keeps that true locally.
   */
  private final Object invocationLock = new Object();

  private LocalServer(
      HttpServer server, RequestStreamHandler handler, Duration timeout, PrintStream log) {
    this.server = server;
    this.handler = handler;
    this.timeout = timeout;
    this.log = log;
    this.executor = Executors.newFixedThreadPool(THREADS, new DaemonThreads());
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  /** Starts serving on {@code host:port}; port 0 picks a free port (see {@link #port()}). */
  public static LocalServer start(RequestStreamHandler handler, String host, int port)
      throws IOException {
    return start(handler, host, port, LocalContext.DEFAULT_TIMEOUT, System.err);
  }

  /**
   * Starts serving with the function timeout that each invocation's {@link LocalContext} counts
   * down from, writing one line per request and every handler failure to {@code log}.
   */
  public static LocalServer start(
      RequestStreamHandler handler, String host, int port, Duration timeout, PrintStream log)
      throws IOException {
    Objects.requireNonNull(handler, "handler");
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
    return new LocalServer(server, handler, timeout, log);
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** For example {@code http://127.0.0.1:8080}. */
  public URI uri() {
    String host = server.getAddress().getHostString();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
  }

  /** Stops accepting connections and stops the threads; exchanges in flight are cut off. */
  @Override
  public void close() {
    if (closed.getCount() == 0) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closed.countDown();
  }

  /** Blocks until {@link #close()} has run. */
  void awaitClose() throws InterruptedException {
    closed.await();
  }

  private void serve(HttpExchange exchange) throws IOException {
    long started = System.nanoTime();
    try (exchange) {
      IncomingRequest request = incoming(exchange);
      HttpApiResponse response = invoke(request);
      write(exchange, request.method(), response);
      log.printf(
          "%s %s -> %d (%d ms)%n",
          request.method(),
          request.rawPath(),
          response.status(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    } catch (RuntimeException | Error bug) {
      // A fault of this server, not of the handler: say so rather than drop the connection.
      synchronized (log) {
        log.println("lift-local failed to serve " + exchange.getRequestURI() + ":");
        bug.printStackTrace(log);
      }
      if (exchange.getResponseCode() == -1) {
        write(exchange, "GET", HttpApiResponse.error(500, "LOCAL_SERVER_ERROR", describe(bug)));
      }
    }
  }

  private static IncomingRequest incoming(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    return new IncomingRequest(
        exchange.getRequestMethod(),
        uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath(),
        uri.getRawQuery() == null ? "" : uri.getRawQuery(),
        exchange.getProtocol(),
        exchange.getRemoteAddress().getAddress().getHostAddress(),
        Map.copyOf(exchange.getRequestHeaders()),
        exchange.getRequestBody().readAllBytes());
  }

  private HttpApiResponse invoke(IncomingRequest request) {
    byte[] event = HttpApiEvent.write(request, UUID.randomUUID().toString(), Instant.now());
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try {
      synchronized (invocationLock) {
        handler.handleRequest(
            new ByteArrayInputStream(event), output, new LocalContext(timeout, log));
      }
    } catch (Exception | Error failure) {
      // Lambda reports any Throwable from the handler as a failed invocation; so do we.
      synchronized (log) {
        log.println("Invocation failed for " + request.method() + " " + request.rawPath() + ":");
        failure.printStackTrace(log);
      }
      return HttpApiResponse.error(502, "INVOCATION_FAILED", describe(failure));
    }
    try {
      return HttpApiResponse.parse(output.toByteArray());
    } catch (HttpApiResponse.MalformedResponseException malformed) {
      log.println(
          "The handler's output is not an HTTP API 2.0 response ("
              + malformed.getMessage()
              + "): "
              + output.toString(StandardCharsets.UTF_8));
      return HttpApiResponse.error(
          502, "INVALID_RESPONSE", "The handler's response is malformed: " + malformed.getMessage());
    }
  }

  private static void write(HttpExchange exchange, String method, HttpApiResponse response)
      throws IOException {
    for (Map.Entry<String, String> header : response.headers()) {
      if (!HOP_BY_HOP_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        exchange.getResponseHeaders().add(header.getKey(), header.getValue());
      }
    }
    int status = response.status();
    byte[] body = response.body();
    boolean sendsBody =
        body.length > 0 && !method.equals("HEAD") && status >= 200 && status != 204 && status != 304;
    exchange.sendResponseHeaders(status, sendsBody ? body.length : -1);
    if (sendsBody) {
      exchange.getResponseBody().write(body);
    }
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getName() : message;
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "lift-local-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
