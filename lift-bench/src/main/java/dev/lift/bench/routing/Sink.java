package dev.lift.bench.routing;

/**
 * Where every contender's handlers put the path variables they were given. A plain static field
 * makes each bound value escape, so the JIT cannot drop the work of binding it, and costs every
 * contender the same.
 */
public final class Sink {
  public static Object last;

  private Sink() {}

  public static void consume(Object value) {
    last = value;
  }
}
