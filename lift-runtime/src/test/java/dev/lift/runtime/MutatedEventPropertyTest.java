package dev.lift.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.event.NotAnHttpEventException;
import dev.lift.runtime.http.WireResponse;
import dev.lift.runtime.testing.Events;
import dev.lift.runtime.testing.JsonTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Damaged events (truncated, bytes deleted, duplicated or flipped, values swapped for other types,
 * garbage inserted) are answered with a 2xx or a 4xx in a well-formed response, or refused as not
 * an HTTP event; never a 500, never another exception.
 */
class MutatedEventPropertyTest {
  private static final List<byte[]> SAMPLES = loadSamples();

  private static final String[] REPLACEMENTS = {
    "5", "-1.5e400", "true", "null", "\"\"", "\"%zz\"", "\"a=%E2%82\"", "\"!!not base64!!\"",
    "\"2.0\"", "\"1.0\"", "{}", "[]", "[null,5,\"x\"]", "{\"elb\":{}}", "{\"a\":[{\"b\":{}}]}",
    "\"" + "x".repeat(300) + "\"",
  };

  private static final String[] GARBAGE = {
    "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u12", "nul", "\u0000", "\u00e9", "\ud83d\ude00",
    "\"extra\":1,", "\"httpMethod\":\"GET\",", "\"requestContext\":{\"elb\":1},", "\"version\":\"2.0\",",
    "\"Records\":[],", "\"isBase64Encoded\":true,", "/*c*/", "0x1F", "1e999999",
  };

  private final LiftRuntime runtime =
      new LiftRuntime(exchange -> WireResponse.text("ok"), new LiftConfig(1024));

  @Property(tries = 2000)
  @StatisticsReport(onFailureOnly = true)
  void damagedEventIsAnsweredWith2xxOr4xxOrRefusedAsNotHttp(@ForAll("damagedEvents") byte[] event)
      throws IOException {
    // The damage must leave some events servable and break others, or the property proves little.
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("served").percentage(p -> p > 10);
      coverage.check("answered 400").percentage(p -> p > 10);
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      runtime.handle(new ByteArrayInputStream(event), out, null);
    } catch (NotAnHttpEventException refused) {
      assertEquals(0, out.size(), "nothing is answered when the event is refused");
      Statistics.label("outcome").collect("not an HTTP event");
      return;
    }
    Map<String, Object> response = JsonTree.object(out.toByteArray());
    Object status = response.get("statusCode");
    assertTrue(status instanceof Long, "statusCode: " + status);
    long code = (Long) status;
    assertTrue(code == 200 || (code >= 400 && code < 500), "status " + code + " for " + show(event));
    Statistics.label("outcome").collect(code == 200 ? "served" : "answered " + code);
    if (code >= 400) {
      Map<String, Object> error = JsonTree.object((String) response.get("body"));
      assertTrue(error.get("code") instanceof String && error.get("message") instanceof String, error.toString());
    }
  }

  @Property(tries = 10)
  void undamagedSamplesAreAlwaysServed(@ForAll("samples") byte[] event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    runtime.handle(new ByteArrayInputStream(event), out, null);

    assertEquals(200L, JsonTree.object(out.toByteArray()).get("statusCode"));
  }

  @Provide
  Arbitrary<byte[]> samples() {
    return Arbitraries.of(SAMPLES);
  }

  @Provide
  Arbitrary<byte[]> damagedEvents() {
    return Arbitraries.randomValue(MutatedEventPropertyTest::damage);
  }

  private static byte[] damage(Random random) {
    byte[] event = SAMPLES.get(random.nextInt(SAMPLES.size()));
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      event = mutate(event, random);
    }
    return event;
  }

  private static byte[] mutate(byte[] event, Random random) {
    if (event.length == 0) {
      return event;
    }
    int at = random.nextInt(event.length);
    switch (random.nextInt(6)) {
      case 0: // truncate
        return Arrays.copyOf(event, at);
      case 1: // delete a byte
        return splice(event, at, at + 1, new byte[0]);
      case 2: // duplicate a byte
        return splice(event, at, at, new byte[] {event[at]});
      case 3: // flip a bit
        byte[] flipped = event.clone();
        flipped[at] ^= (byte) (1 << random.nextInt(8));
        return flipped;
      case 4:
        return replaceValue(event, random);
      default: // insert garbage
        String garbage = GARBAGE[random.nextInt(GARBAGE.length)];
        return splice(event, at, at, garbage.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Replaces the value after a random {@code :} with a value of another type. */
  private static byte[] replaceValue(byte[] event, Random random) {
    List<Integer> colons = new ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < event.length; i++) {
      if (event[i] == '"' && (i == 0 || event[i - 1] != '\\')) {
        inString = !inString;
      } else if (!inString && event[i] == ':') {
        colons.add(i);
      }
    }
    if (colons.isEmpty()) {
      return event;
    }
    int start = colons.get(random.nextInt(colons.size())) + 1;
    while (start < event.length && Character.isWhitespace(event[start])) {
      start++;
    }
    int end = valueEnd(event, start);
    byte[] replacement = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)].getBytes(StandardCharsets.UTF_8);
    return splice(event, start, end, replacement);
  }

  /** The end of the JSON value starting at {@code start}, good enough for well-formed samples. */
  private static int valueEnd(byte[] event, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < event.length; i++) {
      byte b = event[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
          if (depth == 0) {
            return i + 1;
          }
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (depth == 0 && (b == ',' || Character.isWhitespace(b))) {
        return i;
      }
    }
    return event.length;
  }

  private static byte[] splice(byte[] event, int from, int to, byte[] insert) {
    byte[] result = new byte[event.length - (to - from) + insert.length];
    System.arraycopy(event, 0, result, 0, from);
    System.arraycopy(insert, 0, result, from, insert.length);
    System.arraycopy(event, to, result, from + insert.length, event.length - to);
    return result;
  }

  private static String show(byte[] event) {
    return new String(event, StandardCharsets.UTF_8);
  }

  private static List<byte[]> loadSamples() {
    List<byte[]> samples = new ArrayList<>();
    for (String name : Events.HTTP) {
      samples.add(Events.bytes(name));
    }
    return samples;
  }
}
