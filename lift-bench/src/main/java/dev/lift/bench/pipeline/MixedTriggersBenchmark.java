package dev.lift.bench.pipeline;

import dev.lift.bench.contenders.liftcore.LiftCoreItemApi;
import dev.lift.bench.contenders.liftevents.LiftEventsItemApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an HTTP request costs more when the application also has event handlers ({@code @Sqs} and
 * the others): the same route and the same HTTP API event as {@link PipelineBenchmark}, through
 * an entry class without (liftCore) and with (liftWithEvents) an SQS handler. The second reads the
 * event into memory and classifies it before decoding it as HTTP.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MixedTriggersBenchmark {
  @State(Scope.Thread)
  public static class HttpOnly extends PipelineBenchmark.Contender {
    @Override
    Object handler() {
      return new LiftCoreItemApi();
    }
  }

  @State(Scope.Thread)
  public static class WithEvents extends PipelineBenchmark.Contender {
    @Override
    Object handler() {
      return new LiftEventsItemApi();
    }
  }

  @Benchmark
  public ByteArrayOutputStream liftCore(HttpOnly c) throws IOException {
    return c.run();
  }

  @Benchmark
  public ByteArrayOutputStream liftWithEvents(WithEvents c) throws IOException {
    return c.run();
  }
}
