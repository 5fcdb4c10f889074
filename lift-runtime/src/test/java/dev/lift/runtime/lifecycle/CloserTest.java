package dev.lift.runtime.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.testing.JsonTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloserTest {
  private final List<String> closed = new ArrayList<>();
  private final List<String> log = new ArrayList<>();
  private final Closer closer = new Closer(log::add);

  private AutoCloseable recording(String name) {
    return () -> closed.add(name);
  }

  @Test
  void closesInReverseOrderOfRegistration() {
    closer.register("db", recording("db"));
    closer.register("cache", recording("cache"));
    closer.register("client", recording("client"));

    assertEquals(0, closer.closeAll());

    assertEquals(List.of("client", "cache", "db"), closed);
    assertTrue(log.isEmpty());
  }

  @Test
  void aFailureIsLoggedAsOneJsonLineAndTheOthersStillClose() {
    closer.register("db", recording("db"));
    closer.register("cache", () -> {
      throw new IOException("connection reset");
    });
    closer.register("metrics", () -> {
      throw new IllegalStateException("already closed");
    });
    closer.register("client", recording("client"));

    assertEquals(2, closer.closeAll());

    assertEquals(List.of("client", "db"), closed);
    assertEquals(2, log.size());
    assertFalse(log.get(0).contains("\n"), "one line");
    Map<String, Object> first = JsonTree.object(log.get(0));
    assertEquals("ERROR", first.get("level"));
    assertEquals("Closing 'metrics' failed", first.get("message"));
    assertEquals("metrics", first.get("resource"));
    assertEquals("java.lang.IllegalStateException: already closed", first.get("exception"));
    assertTrue(first.get("stack_trace").toString().contains("CloserTest"));
    assertEquals("cache", JsonTree.object(log.get(1)).get("resource"));
  }

  @Test
  void closingTwiceClosesOnce() {
    closer.register("db", recording("db"));
    closer.close();
    closer.close();
    assertEquals(List.of("db"), closed);
  }

  @Test
  void resourceRegisteredAfterCloseIsClosedAtOnce() {
    closer.close();
    closer.register("late", recording("late"));
    assertEquals(List.of("late"), closed);
  }

  @Test
  void aLoggerThatFailsDoesNotStopTheOthers() {
    Closer noisy = new Closer(line -> {
      throw new IllegalStateException("stderr is gone");
    });
    noisy.register("db", recording("db"));
    noisy.register("cache", () -> {
      throw new IOException("reset");
    });
    assertEquals(1, noisy.closeAll());
    assertEquals(List.of("db"), closed);
  }
}
