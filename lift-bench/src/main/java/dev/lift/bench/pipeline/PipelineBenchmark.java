package dev.lift.bench.pipeline;

import dev.lift.bench.coldstart.BenchContext;
import dev.lift.bench.coldstart.HandlerInvoker;
import dev.lift.bench.contenders.baseline.HandWrittenHandler;
import dev.lift.bench.contenders.lift.LiftItemApi;
import dev.lift.bench.contenders.liftcore.LiftCoreItemApi;
import dev.lift.bench.contenders.sigma.SigmaItemHandler;
import dev.lift.bench.contenders.spring.SpringItemHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full pipeline on one thread: the bytes of an HTTP API (2.0) event for {@code GET /items/42}
 * in, the bytes of the response out, for a route that reads the path variable and returns a small
 * JSON body ({@code {"id":"42","name":"Item 42","stock":7}}). Each contender is called exactly as
 * the cold-start harness (and Lambda's runtime) calls it: see {@link HandlerInvoker}. The setup
 * checks that every contender answers 200 with that body.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PipelineBenchmark {
  public static final String EVENT = "/dev/lift/bench/get-item.json";

  /** One contender, created only in the forks that time it (Spring Boot stays out of the others). */
  public abstract static class Contender {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    private byte[] event;
    private HandlerInvoker invoker;

    abstract Object handler();

    @Setup
    public void setUp() throws IOException {
      try (InputStream in = PipelineBenchmark.class.getResourceAsStream(EVENT)) {
        event = in.readAllBytes();
      }
      invoker = HandlerInvoker.of(handler());
      String response = run().toString(StandardCharsets.UTF_8);
      if (!response.contains("\"statusCode\":200") || !response.contains("Item 42")) {
        throw new IllegalStateException(getClass().getSimpleName() + " answered " + response);
      }
    }

    ByteArrayOutputStream run() throws IOException {
      out.reset();
      invoker.invoke(event, out, BenchContext.INSTANCE);
      return out;
    }
  }

  @State(Scope.Thread)
  public static class HandWritten extends Contender {
    @Override
    Object handler() {
      return new HandWrittenHandler();
    }
  }

  @State(Scope.Thread)
  public static class Lift extends Contender {
    @Override
    Object handler() {
      return new LiftItemApi();
    }
  }

  @State(Scope.Thread)
  public static class LiftCore extends Contender {
    @Override
    Object handler() {
      return new LiftCoreItemApi();
    }
  }

  @State(Scope.Thread)
  public static class SigmaContender extends Contender {
    @Override
    Object handler() {
      return new SigmaItemHandler();
    }
  }

  @State(Scope.Thread)
  public static class SpringContender extends Contender {
    @Override
    Object handler() {
      return new SpringItemHandler();
    }
  }

  @Benchmark
  public ByteArrayOutputStream handWritten(HandWritten c) throws IOException {
    return c.run();
  }

  @Benchmark
  public ByteArrayOutputStream lift(Lift c) throws IOException {
    return c.run();
  }

  @Benchmark
  public ByteArrayOutputStream liftCore(LiftCore c) throws IOException {
    return c.run();
  }

  @Benchmark
  public ByteArrayOutputStream sigma(SigmaContender c) throws IOException {
    return c.run();
  }

  @Benchmark
  public ByteArrayOutputStream spring(SpringContender c) throws IOException {
    return c.run();
  }
}
