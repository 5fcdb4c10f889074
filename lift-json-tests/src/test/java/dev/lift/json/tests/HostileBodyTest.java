package dev.lift.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.json.databind.DatabindCodec;
import dev.lift.json.tests.app.LiftJsonApi;
import dev.lift.json.tests.app.Tree;
import dev.lift.json.tests.support.Generators;
import dev.lift.json.tests.support.Lambda;
import dev.lift.json.tests.support.Lambda.Reply;
import dev.lift.json.tests.support.Reference;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.json.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Bodies written to hurt: each answers a 4xx with the standard error body, never a 500 and never a
 * crash of the handler.
 */
class HostileBodyTest {
  private static final String ID = "\"id\":\"6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a11\",\"gift\":true,\"priority\":1";
  private final LiftJsonApi handler = new LiftJsonApi();

  @Test
  void deeplyNestedUnknownFieldIsRefusedByTheParserLimits() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    Reply reply = Lambda.post(handler, "/orders", "{" + ID + ",\"x\":" + deep + "}");

    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.json().get("message").asText().contains("nesting depth"), reply::toString);
  }

  @Test
  void deeplyNestedRecursiveTypeIsRefusedByTheParserLimits() {
    String deep = "{\"children\":[".repeat(5_000) + "]}".repeat(5_000);

    assertEquals(400, Lambda.post(handler, "/trees", deep).status());
  }

  @Test
  void recursiveTypeNestedToJustUnderTheLimitIsReadAndWritten() throws Throwable {
    // Each tree is two levels (its object and its children array): 499 trees are 998 levels.
    String deep = "{\"children\":[".repeat(499) + "]}".repeat(499);

    // On a thread with half the stack of the JVM's default (1 MiB, which Lift's timeout worker
    // gets): reading and writing recurse once per level.
    Reply reply = onStackOf(512, () -> Lambda.post(handler, "/trees", deep));

    assertEquals(200, reply.status(), () -> head(reply));
    assertEquals(deep.replace("{", "{\"name\":null,"), reply.body());
  }

  @Test
  void recursiveTypeNestedJustOverTheLimitIsRefused() {
    String deep = "{\"children\":[".repeat(501) + "]}".repeat(501);

    Reply reply = Lambda.post(handler, "/trees", deep);

    assertEquals(400, reply.status(), () -> head(reply));
    assertTrue(reply.json().get("message").asText().contains("nesting depth 1000"), reply::toString);
  }

  /**
   * jackson-databind, for types the processor leaves to it, takes many stack frames a level: a body
   * within the depth limit can still need more stack than the thread has, which answers 400 like
   * the limit, not 500 (without {@code Json.read}'s guard the StackOverflowError escapes).
   */
  @Test
  void bodyTooDeepForTheStackThroughJacksonDatabindIsABadRequest() throws Throwable {
    byte[] deep = ("{\"children\":[".repeat(499) + "]}".repeat(499)).getBytes(StandardCharsets.UTF_8);

    LiftError error = onStackOf(256, () -> {
      try {
        Json.read(deep, DatabindCodec.of(Tree.class));
        return null;
      } catch (LiftError e) {
        return e;
      }
    });

    assertNotNull(error, "databind read 998 levels on a 256 KiB stack; the test needs a smaller one");
    assertEquals(400, error.status());
    assertEquals("Request body is nested too deeply to read", error.getMessage());
    // And on the default stack the same body is read.
    assertEquals(499, depth(Json.read(deep, DatabindCodec.of(Tree.class))));
  }

  private static int depth(Tree tree) {
    int depth = 0;
    for (Tree t = tree; t != null; t = t.children().isEmpty() ? null : t.children().get(0)) {
      depth++;
    }
    return depth;
  }

  /** Runs {@code work} on a new thread with a stack of {@code kib} KiB, and returns or throws what it did. */
  private static <T> T onStackOf(int kib, Callable<T> work) throws Throwable {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread thread = new Thread(null, () -> {
      try {
        result[0] = work.call();
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "stack-" + kib + "k", kib * 1024L);
    thread.start();
    thread.join();
    if (failure[0] != null) {
      throw failure[0];
    }
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }

  /** The start of a reply, for a failure message. */
  private static String head(Reply reply) {
    String text = reply.toString();
    return text.substring(0, Math.min(text.length(), 300));
  }

  @Test
  void hugeNumbers() {
    String digits = "9".repeat(5_000);
    assertEquals(400, Lambda.post(handler, "/orders", "{" + ID.replace("\"priority\":1", "\"priority\":" + digits) + "}")
        .status());
    assertEquals(400, Lambda.post(handler, "/orders", "{" + ID + ",\"total\":" + digits + "}").status());
    BodyErrorsTest.assertMismatch(Lambda.post(handler, "/orders", "{" + ID.replace("\"priority\":1",
        "\"priority\":" + "9".repeat(500)) + "}"), "$.priority", "an integer from -2147483648 to 2147483647");
  }

  @Test
  void decimalsWithHugeExponentsAreRefused() {
    // Ten characters of JSON; adding 1 to the BigDecimal would fill memory with a billion digits.
    BodyErrorsTest.assertMismatch(Lambda.post(handler, "/orders", "{" + ID + ",\"total\":1e999999999}"), "$.total",
        "a number with an exponent from -1000 to 1000");
    BodyErrorsTest.assertMismatch(Lambda.post(handler, "/orders", "{" + ID + ",\"total\":1e-1001}"), "$.total",
        "a number with an exponent from -1000 to 1000");
    Reply reply = Lambda.post(handler, "/orders", "{" + ID + ",\"total\":1e999}");
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.body().contains("\"total\":1E+999"), reply::toString);
  }

  @Test
  void invalidUtf8() {
    byte[] start = ("{" + ID + ",\"customer\":\"").getBytes(StandardCharsets.UTF_8);
    for (byte[] bad : new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}}) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(start);
      body.writeBytes(bad);
      body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
      Reply reply = Lambda.postBytes(handler, "/orders", body.toByteArray());
      assertEquals(400, reply.status(), reply::toString);
    }
  }

  @Test
  void bodiesThatLookLikeOtherEncodings() {
    for (byte[] body : new byte[][] {{0, 0, 0, '{'}, {'{', 0, 0, 0}, {(byte) 0xFE, (byte) 0xFF, 0, '{'},
        {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, '{'}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}) {
      Reply reply = Lambda.postBytes(handler, "/orders", body);
      assertEquals(400, reply.status(), reply::toString);
    }
  }

  @Test
  void notJsonAtAll() {
    for (String body : new String[] {"{", "{\"id\":", "nul", "{'id':1}", "{\"a\":1}}", "{\"a\" 1}", "\u0000"}) {
      Reply reply = Lambda.post(handler, "/orders", body);
      assertEquals(400, reply.status(), () -> body + " -> " + reply);
    }
  }

  @Test
  void wrongTopLevelValues() {
    for (String body : new String[] {"[]", "1", "\"order\"", "true"}) {
      BodyErrorsTest.assertMismatch(Lambda.post(handler, "/orders", body), "$", "an object");
    }
    assertEquals(400, Lambda.post(handler, "/orders", "null").status());
  }

  @Property(tries = 300)
  void mutatedBodiesNeverAnswer5xx(@ForAll("mutatedOrders") byte[] body) {
    Reply reply = Lambda.postBytes(handler, "/orders", body);

    assertTrue(reply.status() == 200 || (reply.status() >= 400 && reply.status() < 500),
        () -> new String(body, StandardCharsets.UTF_8) + " -> " + reply);
  }

  /** Valid order JSON with bytes flipped, cut, repeated or inserted. */
  @Provide
  Arbitrary<byte[]> mutatedOrders() {
    Arbitrary<byte[]> valid = Generators.orders().map(o -> Reference.write(o).getBytes(StandardCharsets.UTF_8));
    return Combinators.combine(valid, Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 10_000),
        Arbitraries.bytes()).as(HostileBodyTest::mutate);
  }

  private static byte[] mutate(byte[] body, int how, int where, byte value) {
    if (body.length == 0) {
      return body;
    }
    int at = where % body.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (how) {
      case 0: // flip one byte
        byte[] flipped = body.clone();
        flipped[at] = value;
        return flipped;
      case 1: // cut
        out.write(body, 0, at);
        return out.toByteArray();
      case 2: // insert a structural character
        out.write(body, 0, at);
        out.write("{}[]:,\"\\".charAt(Math.abs(value) % 8));
        out.write(body, at, body.length - at);
        return out.toByteArray();
      case 3: // repeat a stretch, which duplicates fields or breaks the structure
        out.write(body, 0, at);
        out.write(body, 0, body.length);
        return out.toByteArray();
      default: // drop one byte
        out.write(body, 0, at);
        out.write(body, at + 1, body.length - at - 1);
        return out.toByteArray();
    }
  }
}
