package dev.lift.runtime.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.LiftConfig;
import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.event.NotAnHttpEventException;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.Events;
import dev.lift.runtime.testing.JsonTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Damaged SQS, S3, EventBridge and WebSocket samples either go through (a batch response, a
 * WebSocket response, nothing for EventBridge and S3), or fail the invocation with a message
 * ({@link BadEventException}, {@link UnhandledEventException}, or the HTTP runtime's answer when the
 * damage left no recognisable kind); never another exception.
 */
class MutatedNonHttpEventPropertyTest {
  private static final List<byte[]> SAMPLES = List.of(Events.bytes("sqs_event_product.json"),
      Events.bytes("sqs_event_nobody.json"), Events.bytes("s3_event.json"), Events.bytes("cloudwatch_event.json"),
      Events.bytes("apigw_websocket_event.json"));
  private static final String[] GARBAGE = {"{", "}", "[", "]", ",", ":", "\"", "5", "null", "true", "\"x\"",
      "{\"S\":1}", "[null]", "\u00e9", "\"Records\":[],"};

  /** Binds every key of every kind, so that what fails is the event, not a missing handler. */
  private static final EventDispatcher EVERYTHING = new EventDispatcher() {
    @Override
    public boolean handles(EventKind kind) {
      return true;
    }

    @Override
    public boolean sqs(SqsMessage message, EventExchange exchange) {
      message.body().length();
      return true;
    }

    @Override
    public boolean s3(S3Notification notification, EventExchange exchange) {
      return notification.key().length() >= 0;
    }

    @Override
    public boolean eventBridge(EventBridgeEvent event, EventExchange exchange) {
      return event.detail().length() > 0;
    }

    @Override
    public WebSocketResponse webSocket(WebSocketRequest request, EventExchange exchange) {
      return WebSocketResponse.ok(request.routeKey());
    }
  };

  private final EventRuntime runtime = new EventRuntime(
      new LiftRuntime(exchange -> WireResponse.text("ok"), new LiftConfig(1024)), EVERYTHING, "LiftTest");

  @Property(tries = 2000)
  @StatisticsReport(onFailureOnly = true)
  void damagedEventGoesThroughOrFailsWithAMessage(@ForAll("damagedEvents") byte[] event) throws IOException {
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("handled").percentage(p -> p > 10);
      coverage.check("bad event").percentage(p -> p > 10);
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      runtime.handle(new ByteArrayInputStream(event), out, null);
    } catch (BadEventException | UnhandledEventException | NotAnHttpEventException failed) {
      assertTrue(failed.getMessage() != null && !failed.getMessage().isEmpty());
      Statistics.label("outcome").collect("bad event");
      return;
    } finally {
      System.setErr(err);
    }
    if (out.size() > 0) {
      assertTrue(JsonTree.object(out.toByteArray()) != null, "a JSON object is written");
    }
    Statistics.label("outcome").collect("handled");
  }

  @Provide
  Arbitrary<byte[]> damagedEvents() {
    return Arbitraries.randomValue(MutatedNonHttpEventPropertyTest::damage);
  }

  private static byte[] damage(Random random) {
    byte[] event = SAMPLES.get(random.nextInt(SAMPLES.size()));
    for (int i = 1 + random.nextInt(2); i > 0 && event.length > 0; i--) {
      int at = random.nextInt(event.length);
      switch (random.nextInt(4)) {
        case 0 -> event = Arrays.copyOf(event, at);
        case 1 -> event = splice(event, at, at + 1, new byte[0]);
        case 2 -> {
          event = event.clone();
          event[at] ^= (byte) (1 << random.nextInt(8));
        }
        default -> event = splice(event, at, at, GARBAGE[random.nextInt(GARBAGE.length)].getBytes(StandardCharsets.UTF_8));
      }
    }
    return event;
  }

  private static byte[] splice(byte[] event, int from, int to, byte[] insert) {
    byte[] result = new byte[event.length - (to - from) + insert.length];
    System.arraycopy(event, 0, result, 0, from);
    System.arraycopy(insert, 0, result, from, insert.length);
    System.arraycopy(event, to, result, from + insert.length, event.length - to);
    return result;
  }
}
