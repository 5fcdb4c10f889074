package dev.lift.bench.routing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@link RoutingBenchmark}'s operations timed by the thread's CPU time rather than by the wall
 * clock: on a machine whose cores other processes share, wall time mostly measures the neighbours
 * (JMH's errors reach ±100% there). One fresh JVM per contender and table, as JMH forks; the
 * script {@code routing-cpu.sh} interleaves them. Prints one line:
 * {@code contender size request median-ns min-ns}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.lift.bench.routing.RoutingCpuTime lift 1000 static}
 */
public final class RoutingCpuTime {
  /** Keeps results alive, as JMH's blackhole does. */
  static volatile Object sink;

  private RoutingCpuTime() {}

  public static void main(String[] args) throws Exception {
    RoutingBenchmark benchmark = new RoutingBenchmark();
    benchmark.routes = Integer.parseInt(args[1]);
    benchmark.request = args[2];
    benchmark.setUp();
    Supplier<Object> operation = operation(benchmark, args[0]);
    int count = args.length > 3 ? Integer.parseInt(args[3]) : 500_000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int warmUp = 0; warmUp < 5; warmUp++) {
      repeat(operation, count);
    }
    long[] rounds = new long[9];
    for (int round = 0; round < rounds.length; round++) {
      long start = threads.getCurrentThreadCpuTime();
      repeat(operation, count);
      rounds[round] = threads.getCurrentThreadCpuTime() - start;
    }
    Arrays.sort(rounds);
    System.out.printf(Locale.ROOT, "%s %s %s %.1f %.1f%n", args[0], args[1], args[2],
        (double) rounds[rounds.length / 2] / count, (double) rounds[0] / count);
  }

  private static Supplier<Object> operation(RoutingBenchmark benchmark, String contender) {
    switch (contender) {
      case "lift": return benchmark::lift;
      case "handWritten": return () -> {
        try {
          return benchmark.handWritten();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      };
      default: throw new IllegalArgumentException("No contender " + contender);
    }
  }

  private static void repeat(Supplier<Object> operation, int count) {
    for (int i = 0; i < count; i++) {
      sink = operation.get();
    }
  }
}
