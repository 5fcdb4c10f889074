package dev.lift.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.FakeContext;
import dev.lift.runtime.testing.JsonTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link LiftConfig#timeoutMarginMillis()}: 504 before Lambda's deadline, 503 while still busy. */
class LiftRuntimeTimeoutTest {
  private static final String EVENT =
      "{\"version\":\"2.0\",\"rawPath\":\"/slow\",\"headers\":{},"
          + "\"requestContext\":{\"requestId\":\"apigw-1\",\"http\":{\"method\":\"GET\"}}}";
  /** 300 ms left, 100 ms margin: the runtime waits 200 ms. */
  private static final LiftConfig MARGIN_100 = LiftConfig.defaults().withTimeoutMarginMillis(100);

  private final ByteArrayOutputStream standardError = new ByteArrayOutputStream();
  private final CountDownLatch release = new CountDownLatch(1);
  private PrintStream originalError;

  @BeforeEach
  void captureStandardError() {
    originalError = System.err;
    System.setErr(new PrintStream(standardError, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void releaseWorkerAndRestore() {
    release.countDown();
    System.setErr(originalError);
  }

  private static Map<String, Object> invoke(LiftRuntime runtime, Context context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    runtime.handle(new ByteArrayInputStream(EVENT.getBytes(StandardCharsets.UTF_8)), out, context);
    return JsonTree.object(out.toByteArray());
  }

  private static Map<String, Object> body(Map<String, Object> response) {
    return JsonTree.object((String) response.get("body"));
  }

  private List<String> logLines() {
    String logged = standardError.toString(StandardCharsets.UTF_8);
    return logged.isEmpty() ? List.of() : List.of(logged.split("\\R"));
  }

  /** A dispatcher stuck until the test ends, deaf to interrupts like a blocking socket read. */
  private Dispatcher stuck(AtomicInteger calls) {
    return exchange -> {
      calls.incrementAndGet();
      boolean released = false;
      while (!released) {
        try {
          released = release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException ignored) {
          // keep waiting
        }
      }
      return WireResponse.text("late");
    };
  }

  @Test
  void overrunningRequestAnswers504AndTheNextOneWhileBusy503() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    LiftRuntime runtime = new LiftRuntime(stuck(calls), MARGIN_100);

    long start = System.nanoTime();
    Map<String, Object> timedOut = invoke(runtime, new FakeContext("req-1", 300));
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(504L, timedOut.get("statusCode"));
    assertEquals("application/json", JsonTree.objectAt(timedOut, "headers").get("Content-Type"));
    Map<String, Object> body = body(timedOut);
    assertEquals("TIMEOUT", body.get("code"));
    assertEquals("The request did not complete within 200 ms", body.get("message"));
    assertEquals("req-1", body.get("request_id"));
    assertTrue(waitedMillis >= 200 && waitedMillis < 3_000, "waited " + waitedMillis + " ms");

    start = System.nanoTime();
    Map<String, Object> busy = invoke(runtime, new FakeContext("req-2", 300));
    long busyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(503L, busy.get("statusCode"));
    assertEquals("UNAVAILABLE", body(busy).get("code"));
    assertEquals("req-2", body(busy).get("request_id"));
    assertTrue(busyMillis < 200, "answered at once, not queued: " + busyMillis + " ms");
    assertEquals(1, calls.get(), "the second request never reached the dispatcher");

    List<String> log = logLines();
    assertEquals(2, log.size(), log.toString());
    Map<String, Object> timeoutLine = JsonTree.object(log.get(0));
    assertEquals("Error 504 TIMEOUT while serving GET /slow", timeoutLine.get("message"));
    assertEquals("req-1", timeoutLine.get("request_id"));
    assertTrue(((String) timeoutLine.get("stack_trace")).contains("LiftRuntimeTimeoutTest"),
        "the stack trace shows where the worker is stuck");
    assertEquals("Error 503 UNAVAILABLE while serving GET /slow", JsonTree.object(log.get(1)).get("message"));
  }

  @Test
  void workerServesAgainOnceTheOverrunEnds() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Dispatcher stuckOnce = stuck(calls);
    LiftRuntime runtime = new LiftRuntime(
        exchange -> calls.get() == 0 ? stuckOnce.dispatch(exchange) : WireResponse.text("fast"), MARGIN_100);
    assertEquals(504L, invoke(runtime, new FakeContext("req-1", 300)).get("statusCode"));

    release.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    Map<String, Object> response;
    do {
      response = invoke(runtime, new FakeContext("req-n", 300));
    } while (response.get("statusCode").equals(503L) && System.nanoTime() < deadline && pause());
    assertEquals(200L, response.get("statusCode"));
    assertEquals("fast", response.get("body"));
  }

  private static boolean pause() throws InterruptedException {
    Thread.sleep(5);
    return true;
  }

  @Test
  void fastRequestsAreServedOnOneReusedDaemonThread() throws IOException {
    AtomicReference<Thread> first = new AtomicReference<>();
    AtomicReference<Thread> second = new AtomicReference<>();
    AtomicInteger call = new AtomicInteger();
    LiftRuntime runtime = new LiftRuntime(exchange -> {
      (call.getAndIncrement() == 0 ? first : second).set(Thread.currentThread());
      return WireResponse.text("ok");
    }, MARGIN_100);
    assertEquals(200L, invoke(runtime, new FakeContext("a", 30_000)).get("statusCode"));
    assertEquals(200L, invoke(runtime, new FakeContext("b", 30_000)).get("statusCode"));
    assertNotEquals(Thread.currentThread(), first.get());
    assertEquals(first.get(), second.get(), "one worker, not one thread per request");
    assertTrue(first.get().isDaemon());
    assertEquals("lift-dispatch", first.get().getName());
  }

  @Test
  void errorsOnTheWorkerAnswerTheStandardErrorBody() throws IOException {
    LiftRuntime runtime = new LiftRuntime(exchange -> {
      throw LiftError.badRequest("nope");
    }, MARGIN_100);
    Map<String, Object> response = invoke(runtime, new FakeContext("a", 30_000));
    assertEquals(400L, response.get("statusCode"));
    assertEquals("BAD_REQUEST", body(response).get("code"));
  }

  @Test
  void withoutAMarginTheDispatcherRunsOnTheInvocationThread() throws IOException {
    AtomicReference<Thread> ran = new AtomicReference<>();
    LiftRuntime runtime = new LiftRuntime(exchange -> {
      ran.set(Thread.currentThread());
      return WireResponse.text("ok");
    }, LiftConfig.defaults());
    assertEquals(200L, invoke(runtime, new FakeContext("a", 1)).get("statusCode"));
    assertEquals(Thread.currentThread(), ran.get());
  }

  @Test
  void contextWithoutRemainingTimeIsServedDirectly() throws IOException {
    AtomicReference<Thread> ran = new AtomicReference<>();
    LiftRuntime runtime = new LiftRuntime(exchange -> {
      ran.set(Thread.currentThread());
      return WireResponse.text("ok");
    }, MARGIN_100);
    assertEquals(200L, invoke(runtime, new FakeContext("a", 0)).get("statusCode"));
    assertEquals(200L, invoke(runtime, null).get("statusCode"));
    assertEquals(Thread.currentThread(), ran.get());
  }

  @Test
  void noTimeLeftWithinTheMarginAnswers504WithoutDispatching() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    LiftRuntime runtime = new LiftRuntime(exchange -> {
      calls.incrementAndGet();
      return WireResponse.text("ok");
    }, MARGIN_100);
    Map<String, Object> response = invoke(runtime, new FakeContext("a", 80));
    assertEquals(504L, response.get("statusCode"));
    assertEquals("The request did not complete within 0 ms", body(response).get("message"));
    assertEquals(0, calls.get());
  }

  @Test
  void marginComesFromTheEnvironment() {
    assertEquals(0, LiftConfig.from(name -> null).timeoutMarginMillis());
    assertEquals(LiftConfig.DEFAULT_MAX_BODY_BYTES, LiftConfig.from(name -> null).maxBodyBytes());
    LiftConfig configured = LiftConfig.from(
        Map.of("LIFT_TIMEOUT_MARGIN_MS", " 500 ", "LIFT_MAX_BODY_BYTES", "1024")::get);
    assertEquals(new LiftConfig(1024, 500), configured);
    IllegalStateException negative = assertThrows(IllegalStateException.class,
        () -> LiftConfig.from(Map.of("LIFT_TIMEOUT_MARGIN_MS", "-1")::get));
    assertTrue(negative.getMessage().contains("LIFT_TIMEOUT_MARGIN_MS"), negative.getMessage());
    assertThrows(IllegalStateException.class, () -> LiftConfig.from(Map.of("LIFT_TIMEOUT_MARGIN_MS", "soon")::get));
    assertFalse(new LiftConfig(10).timeoutMarginMillis() > 0, "the old constructor keeps it off");
  }
}
