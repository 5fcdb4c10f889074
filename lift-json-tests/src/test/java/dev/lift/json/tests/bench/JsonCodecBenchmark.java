package dev.lift.json.tests.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lift.json.databind.DatabindCodec;
import dev.lift.json.tests.app.Order;
import dev.lift.json.tests.app.Order_JsonCodec;
import dev.lift.json.tests.coldstart.generated.NewOrder;
import dev.lift.json.tests.coldstart.generated.NewOrder_JsonCodec;
import dev.lift.json.tests.support.Reference;
import dev.lift.runtime.json.Json;
import dev.lift.runtime.json.JsonCodec;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * Decoding and encoding request bodies, generated codec against jackson-databind, both through
 * the runtime's {@link Json#read} and {@link Json#write} so that only the codec differs:
 * {@code NewOrder} (strings, numbers, a list of records, a map, an enum) through lift-json-databind's
 * {@code DatabindCodec}, and {@code Order} (also java.time and Optional) through databind with the
 * java.time and Optional modules. Run with {@code -prof gc} for B/op ({@code gc.alloc.rate.norm}).
 *
 * <pre>
 * cd lift-json-tests
 * mvn test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:$(cat target/classpath.txt) org.openjdk.jmh.Main JsonCodecBenchmark -prof gc
 * java -cp target/test-classes:$(cat target/classpath.txt) dev.lift.json.tests.bench.JsonCodecBenchmark
 * </pre>
 *
 * <p>The {@link #main} measures thread CPU time per operation instead of wall time: on a machine
 * whose cores other processes share, wall time mostly measures the neighbours.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonCodecBenchmark {
  static final String NEW_ORDER = "{\"id\":\"6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a11\",\"customer\":\"Ada Lovelace\","
      + "\"lines\":[{\"sku\":\"A-1\",\"quantity\":2,\"price\":9.99},{\"sku\":\"B-22\",\"quantity\":1,\"price\":120.5},"
      + "{\"sku\":\"C-333\",\"quantity\":5,\"price\":0.25}],\"attributes\":{\"channel\":\"web\",\"coupon\":\"SPRING\"},"
      + "\"status\":\"NEW\",\"total\":141.73,\"gift\":false,\"priority\":3}";
  static final String ORDER = "{\"id\":\"6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a11\",\"customer\":\"Ada Lovelace\","
      + "\"lines\":[{\"sku\":\"A-1\",\"quantity\":2,\"price\":9.99,\"weight\":0.5,\"discountCents\":null},"
      + "{\"sku\":\"B-22\",\"quantity\":1,\"price\":120.5,\"weight\":2.25,\"discountCents\":500}],"
      + "\"attributes\":{\"channel\":\"web\"},\"status\":\"shipped\",\"placedAt\":\"2024-03-12T19:03:58.123Z\","
      + "\"note\":\"leave at the door\",\"total\":141.73,\"gift\":true,\"priority\":3,\"tags\":[\"vip\",\"eu\"],"
      + "\"shipTo\":{\"street\":\"1 Main St\",\"city\":\"London\",\"postal_code\":\"12345\",\"since\":\"2020-01-31\"}}";

  private final JsonCodec<NewOrder> databindNewOrder = DatabindCodec.of(NewOrder.class);
  private final JsonCodec<Order> databindOrder = new MapperCodec<>(Order.class);
  private byte[] newOrderJson;
  private byte[] orderJson;
  private NewOrder newOrder;
  private Order order;

  @Setup
  public void setUp() {
    newOrderJson = NEW_ORDER.getBytes(StandardCharsets.UTF_8);
    orderJson = ORDER.getBytes(StandardCharsets.UTF_8);
    newOrder = Json.read(newOrderJson, NewOrder_JsonCodec.INSTANCE);
    order = Json.read(orderJson, Order_JsonCodec.INSTANCE);
  }

  @Benchmark
  public NewOrder decodeNewOrderGenerated() {
    return Json.read(newOrderJson, NewOrder_JsonCodec.INSTANCE);
  }

  @Benchmark
  public NewOrder decodeNewOrderDatabind() {
    return Json.read(newOrderJson, databindNewOrder);
  }

  @Benchmark
  public String encodeNewOrderGenerated() {
    return Json.write(newOrder, NewOrder_JsonCodec.INSTANCE);
  }

  @Benchmark
  public String encodeNewOrderDatabind() {
    return Json.write(newOrder, databindNewOrder);
  }

  @Benchmark
  public Order decodeOrderGenerated() {
    return Json.read(orderJson, Order_JsonCodec.INSTANCE);
  }

  @Benchmark
  public Order decodeOrderDatabind() {
    return Json.read(orderJson, databindOrder);
  }

  @Benchmark
  public String encodeOrderGenerated() {
    return Json.write(order, Order_JsonCodec.INSTANCE);
  }

  @Benchmark
  public String encodeOrderDatabind() {
    return Json.write(order, databindOrder);
  }

  /** CPU nanoseconds per operation of each benchmark: the median of 7 rounds of 200,000 after warm-up. */
  public static void main(String[] args) {
    JsonCodecBenchmark benchmark = new JsonCodecBenchmark();
    benchmark.setUp();
    Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
    operations.put("decodeNewOrderGenerated", benchmark::decodeNewOrderGenerated);
    operations.put("decodeNewOrderDatabind", benchmark::decodeNewOrderDatabind);
    operations.put("encodeNewOrderGenerated", benchmark::encodeNewOrderGenerated);
    operations.put("encodeNewOrderDatabind", benchmark::encodeNewOrderDatabind);
    operations.put("decodeOrderGenerated", benchmark::decodeOrderGenerated);
    operations.put("decodeOrderDatabind", benchmark::decodeOrderDatabind);
    operations.put("encodeOrderGenerated", benchmark::encodeOrderGenerated);
    operations.put("encodeOrderDatabind", benchmark::encodeOrderDatabind);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int count = 200_000;
    for (int warmUp = 0; warmUp < 3; warmUp++) {
      operations.values().forEach(operation -> repeat(operation, count));
    }
    operations.forEach((name, operation) -> {
      long[] rounds = new long[7];
      for (int round = 0; round < rounds.length; round++) {
        long start = threads.getCurrentThreadCpuTime();
        repeat(operation, count);
        rounds[round] = (threads.getCurrentThreadCpuTime() - start) / count;
      }
      Arrays.sort(rounds);
      System.out.printf("%-26s %6d ns/op (thread CPU time)%n", name, rounds[rounds.length / 2]);
    });
  }

  private static void repeat(Supplier<Object> operation, int count) {
    for (int i = 0; i < count; i++) {
      sink = operation.get();
    }
  }

  /** Keeps results alive, as JMH's blackhole does. */
  static volatile Object sink;

  /** databind with the java.time and Optional modules, behind the same seam as DatabindCodec. */
  static final class MapperCodec<T> implements JsonCodec<T> {
    private final ObjectReader reader;
    private final ObjectWriter writer;

    MapperCodec(Class<T> type) {
      this.reader = Reference.MAPPER.readerFor(type);
      this.writer = Reference.MAPPER.writerFor(type);
    }

    @Override
    public T read(JsonParser parser) throws IOException {
      return reader.readValue(parser);
    }

    @Override
    public void write(JsonGenerator generator, T value) throws IOException {
      writer.writeValue(generator, value);
    }
  }
}
