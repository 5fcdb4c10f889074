package dev.lift.bench.coldstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start and memory: for each contender, packaged as its own deployable jar, starts fresh JVMs
 * with the flags of Lambda's Java runtime, has {@link LambdaEmulator} load the handler and serve one
 * HTTP API (2.0) event, and records the time from launching the JVM to the first response and the
 * peak RSS. Runs are interleaved (run i starts with contender i mod n) so that the machine's drift
 * spreads over all contenders. Writes medians, and deltas and ratios against the hand-written
 * baseline, as JSON.
 *
 * <p>Each contender's jar is unpacked into a directory of its own and the JVM loads the handler from
 * there, as Lambda does: it unpacks the uploaded jar into {@code /var/task} and puts that directory
 * on the class path, so the classes of an uber jar (as the contenders are built, with the Maven Shade
 * plugin) are files, not jar entries. {@code -Dlift.bench.layout=jar} loads them from the jar
 * instead (the layout before the harness unpacked them). The emulator, which plays Lambda's
 * runtime client (itself jars in {@code /var/runtime/lib} on Lambda), stays a jar.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.lift.bench.coldstart.ColdStartHarness <jar dir>
 * <event file> <runs> <output json> [contender,...]}: the optional last argument keeps only the
 * named contenders (for example {@code baseline,lift,lift-core}, without the slow Spring start).
 */
public final class ColdStartHarness {
  /** What Lambda's Java 17 runtime starts the JVM with (JAVA_TOOL_OPTIONS aside). */
  public static final List<String> LAMBDA_FLAGS =
      List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

  public record Contender(String name, String label, String jar, String handler) {}

  public static final List<Contender> CONTENDERS =
      List.of(
          new Contender("baseline", "hand-written (jackson-core)", "baseline.jar",
              "dev.lift.bench.contenders.baseline.HandWrittenHandler"),
          new Contender("lift", "Lift (record body, generated codec)", "lift.jar",
              "dev.lift.bench.contenders.lift.LiftItemApi"),
          new Contender("lift-core", "Lift (body written with jackson-core)", "lift-core.jar",
              "dev.lift.bench.contenders.liftcore.LiftCoreItemApi"),
          new Contender("sigma", "avaje-sigma (avaje-jsonb)", "sigma.jar",
              "dev.lift.bench.contenders.sigma.SigmaItemHandler"),
          new Contender("spring", "Spring Boot 3 (serverless-java-container)", "spring.jar",
              "dev.lift.bench.contenders.spring.SpringItemHandler"));

  /** {@code unpacked} (Lambda's layout, the default) or {@code jar}. */
  static final String LAYOUT = System.getProperty("lift.bench.layout", "unpacked");

  private ColdStartHarness() {}

  public static void main(String[] args) throws Exception {
    Path jars = Path.of(args[0]);
    Path event = Path.of(args[1]);
    int runs = Integer.parseInt(args[2]);
    Path output = Path.of(args[3]);
    List<Contender> contenders = new ArrayList<>();
    for (Contender c : CONTENDERS) {
      if (args.length < 5 || List.of(args[4].split(",")).contains(c.name())) {
        contenders.add(c);
      }
    }
    if (contenders.isEmpty() || !contenders.get(0).name().equals("baseline")) {
      throw new IllegalArgumentException(
          "The contenders must include baseline, which the others are compared with: " + args[4]);
    }
    // Beside the output, so that a failing contender's stderr outlives a temporary copy of the jars.
    Path logs = output.toAbsolutePath().getParent().resolve("coldstart-logs");
    Files.createDirectories(logs);

    if (!LAYOUT.equals("unpacked") && !LAYOUT.equals("jar")) {
      throw new IllegalArgumentException("lift.bench.layout is unpacked or jar, not " + LAYOUT);
    }
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    Map<String, List<Double>> rss = new LinkedHashMap<>();
    Map<String, Path> classPath = new LinkedHashMap<>();
    for (Contender c : contenders) {
      millis.put(c.name(), new ArrayList<>());
      rss.put(c.name(), new ArrayList<>());
      Path jar = jars.resolve(c.jar());
      Path unpacked = jars.resolve("unpacked").resolve(c.name());
      classPath.put(c.name(), LAYOUT.equals("jar") ? jar : Unpacking.unpack(jar, unpacked));
    }
    for (int run = 0; run < runs; run++) {
      for (int k = 0; k < contenders.size(); k++) {
        Contender c = contenders.get((run + k) % contenders.size());
        double[] sample = measure(c, jars, classPath.get(c.name()), event, logs);
        millis.get(c.name()).add(sample[0]);
        rss.get(c.name()).add(sample[1]);
        System.out.printf("run %2d  %-10s %8.1f ms %8.1f MiB%n", run + 1, c.name(), sample[0], sample[1]);
      }
    }
    write(output, runs, millis, rss);
  }

  /** One fresh JVM: {time to first response in ms, peak RSS in MiB}. */
  static double[] measure(Contender c, Path jars, Path contender, Path event, Path logs)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(LAMBDA_FLAGS);
    command.add("-cp");
    command.add(jars.resolve("emulator.jar") + File.pathSeparator + contender);
    command.add(LambdaEmulator.class.getName());
    command.add(c.handler());
    command.add(event.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(logs.resolve(c.name() + ".err").toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    String marker = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith(LambdaEmulator.MARKER + " ")) {
          marker = line;
          break;
        }
      }
      double ms = (System.nanoTime() - start) / 1e6;
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(c.name() + " did not exit");
      }
      if (marker == null) {
        throw new IllegalStateException(
            c.name() + " gave no response (exit " + process.exitValue() + "); see " + logs.resolve(c.name() + ".err"));
      }
      String[] parts = marker.split(" ", 3);
      String response = parts[2];
      if (!response.contains("\"statusCode\":200") || !response.contains("Item 42")) {
        throw new IllegalStateException(c.name() + " answered " + response);
      }
      return new double[] {ms, Long.parseLong(parts[1]) / 1024.0};
    }
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void write(Path output, int runs, Map<String, List<Double>> millis, Map<String, List<Double>> rss)
      throws IOException {
    double baseMs = median(millis.get("baseline"));
    double baseRss = median(rss.get("baseline"));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Contender c : CONTENDERS) {
      if (!millis.containsKey(c.name())) {
        continue;
      }
      double ms = median(millis.get(c.name()));
      double mib = median(rss.get(c.name()));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", c.name());
      row.put("label", c.label());
      row.put("handler", c.handler());
      row.put("medianMs", ms);
      row.put("deltaMs", ms - baseMs);
      row.put("ratio", ms / baseMs);
      row.put("medianRssMiB", mib);
      row.put("deltaRssMiB", mib - baseRss);
      row.put("ms", millis.get(c.name()));
      row.put("rssMiB", rss.get(c.name()));
      rows.add(row);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("runs", runs);
    doc.put("jvmFlags", LAMBDA_FLAGS);
    doc.put("layout", LAYOUT);
    doc.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    doc.put("contenders", rows);
    Files.createDirectories(output.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), doc);
    System.out.println("Wrote " + output);
  }
}
