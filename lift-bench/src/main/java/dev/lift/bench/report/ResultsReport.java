package dev.lift.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code lift-bench/RESULTS.md} and its chart from the JMH JSON and the cold-start JSON, so
 * that the document holds measured figures only and one command regenerates it. Every goal of the
 * benchmark issue is reported against the figure that decides it; a goal is never asserted.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.lift.bench.report.ResultsReport <jmh.json>
 * <coldstart.json> <RESULTS.md> <chart dir> <command line used> [context rows]}
 */
public final class ResultsReport {
  static final String ROUTING = "dev.lift.bench.routing.RoutingBenchmark.";
  static final String MIDDLEWARE = "dev.lift.bench.middleware.MiddlewareBenchmark.";
  static final String PIPELINE = "dev.lift.bench.pipeline.PipelineBenchmark.";
  static final String JSON = "dev.lift.bench.json.JsonBenchmark.";
  static final List<String> JSON_BODIES = List.of("NewUser", "User", "UserList");
  static final List<String> JSON_OPERATIONS = List.of("decode", "encode");
  static final List<String> JSON_CODECS = List.of("Generated", "Databind");
  static final Map<String, String> JSON_LABELS =
      Map.of("Generated", "Lift's generated codec", "Databind", "jackson-databind");
  static final List<String> SIZES = List.of("10", "100", "1000");
  static final List<String> REQUESTS = List.of("static", "param", "miss");
  static final List<String> ROUTERS =
      List.of("lift", "liftWithRequest", "handWritten", "sigma", "sigmaIndex", "spring", "regex");
  static final Map<String, String> ROUTER_LABELS =
      Map.of(
          "lift", "Lift (generated)",
          "liftWithRequest", "Lift, Request built per call",
          "handWritten", "hand-written switch (limit)",
          "sigma", "avaje-sigma, whole dispatch",
          "sigmaIndex", "avaje-sigma, route index only",
          "spring", "Spring PathPattern",
          "regex", "regex list");
  static final List<String> PIPELINE_CONTENDERS = List.of("handWritten", "lift", "liftCore", "sigma", "spring");
  static final Map<String, String> PIPELINE_LABELS =
      Map.of(
          "handWritten", "hand-written RequestStreamHandler, jackson-core (limit)",
          "lift", "Lift, record body through its generated codec",
          "liftCore", "Lift, body written with jackson-core",
          "sigma", "avaje-sigma 1.0 + avaje-jsonb, runtime's POJO serialiser",
          "spring", "Spring Boot 3.5 on serverless-java-container 2.1");

  /** Relative JMH error above which a goal's verdict is not given. */
  static final double NOISY = 0.5;

  /** One JMH result: score in the benchmark's unit, and bytes allocated per op when -prof gc ran. */
  record Result(double score, double error, String unit, Optional<Double> bytesPerOp) {
    double relativeError() {
      return score == 0 ? 0 : error / score;
    }
  }

  private final Map<String, Result> results = new LinkedHashMap<>();
  private JsonNode firstRun;
  private JsonNode coldStart;
  /** JMH results of this run, and results kept from earlier runs for benchmarks this run left out. */
  private int measuredNow;
  private int keptFromBefore;
  private boolean coldStartKept;
  private final StringBuilder md = new StringBuilder();
  private final List<String[]> goals = new ArrayList<>();
  /** Rows {@code key | value} that run.sh records: the source measured, the machine's load. */
  private List<String> context = List.of();

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    ResultsReport report = new ResultsReport();
    ObjectMapper json = new ObjectMapper();
    Path chartDir = Path.of(args[3]);
    Files.createDirectories(chartDir);
    // The raw figures are kept beside the charts: a run of some benchmarks replaces theirs only.
    Path keptJmh = chartDir.resolve("jmh.json");
    Path keptCold = chartDir.resolve("coldstart.json");
    Path jmh = Path.of(args[0]);
    com.fasterxml.jackson.databind.node.ArrayNode runs = json.createArrayNode();
    if (Files.exists(jmh)) {
      json.readTree(jmh.toFile()).forEach(runs::add);
      report.measuredNow = runs.size();
    }
    if (Files.exists(keptJmh)) {
      java.util.Set<String> fresh = new java.util.HashSet<>();
      runs.forEach(run -> fresh.add(key(run)));
      for (JsonNode run : json.readTree(keptJmh.toFile())) {
        if (!fresh.contains(key(run))) {
          runs.add(run);
          report.keptFromBefore++;
        }
      }
    }
    report.readJmh(runs);
    Path cold = Path.of(args[1]);
    if (Files.exists(cold)) {
      report.coldStart = json.readTree(cold.toFile());
    } else if (Files.exists(keptCold)) {
      report.coldStart = json.readTree(keptCold.toFile());
      report.coldStartKept = true;
    }
    json.writerWithDefaultPrettyPrinter().writeValue(keptJmh.toFile(), runs);
    if (report.coldStart != null) {
      json.writerWithDefaultPrettyPrinter().writeValue(keptCold.toFile(), report.coldStart);
    }
    Charts.routing(report, chartDir.resolve("routing.png"));
    Charts.json(report, chartDir.resolve("json.png"));
    Charts.coldStart(report, chartDir.resolve("coldstart.png"));
    if (args.length > 5 && Files.exists(Path.of(args[5]))) {
      report.context = Files.readAllLines(Path.of(args[5]));
    }
    String document = report.render(args[4], Path.of(args[2]).toAbsolutePath().getParent().relativize(chartDir.toAbsolutePath()));
    Files.writeString(Path.of(args[2]), document, StandardCharsets.UTF_8);
    System.out.println("Wrote " + args[2] + " and charts in " + chartDir);
  }

  /** {@code benchmark:param=value:...}, parameters by name. */
  static String key(JsonNode run) {
    StringBuilder key = new StringBuilder(run.get("benchmark").asText());
    JsonNode params = run.get("params");
    if (params != null) {
      List<String> names = new ArrayList<>();
      params.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      for (String name : names) {
        key.append(':').append(name).append('=').append(params.get(name).asText());
      }
    }
    return key.toString();
  }

  void readJmh(JsonNode runs) {
    for (JsonNode run : runs) {
      if (firstRun == null) {
        firstRun = run;
      }
      String key = key(run);
      JsonNode primary = run.get("primaryMetric");
      Optional<Double> bytes = Optional.empty();
      JsonNode secondary = run.get("secondaryMetrics");
      if (secondary != null) {
        for (Iterator<String> it = secondary.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (name.endsWith("gc.alloc.rate.norm")) {
            bytes = Optional.of(secondary.get(name).get("score").asDouble());
          }
        }
      }
      double error = primary.get("scoreError").asDouble();
      results.put(
          key,
          new Result(primary.get("score").asDouble(), Double.isNaN(error) ? 0 : error,
              primary.get("scoreUnit").asText(), bytes));
    }
  }

  Optional<Result> routing(String router, String size, String request) {
    return Optional.ofNullable(results.get(ROUTING + router + ":request=" + request + ":routes=" + size));
  }

  Optional<Result> middleware(String layers) {
    return Optional.ofNullable(results.get(MIDDLEWARE + "lift:layers=" + layers));
  }

  Optional<Result> pipeline(String contender) {
    return Optional.ofNullable(results.get(PIPELINE + contender));
  }

  /** {@code operation} is decode or encode, {@code codec} Generated or Databind. */
  Optional<Result> json(String operation, String codec, String body) {
    return Optional.ofNullable(results.get(JSON + operation + codec + ":body=" + body));
  }

  JsonNode coldStart() {
    return coldStart;
  }

  // ------------------------------------------------------------------------------------ document

  String render(String command, Path chartDir) throws IOException {
    line("# lift-bench results");
    line("");
    line("Measured figures only, written by `bash lift-bench/run.sh` (code: `lift-bench/src/main/java/dev/lift/bench/report/ResultsReport.java`). "
        + "Do not edit by hand: change the report code and run the script again.");
    line("");
    machine(command);
    String goalsAnchor = "<!-- goals -->";
    line(goalsAnchor);
    routingSection(chartDir);
    middlewareSection();
    pipelineSection();
    jsonSection(chartDir);
    coldStartSection(chartDir);
    notes();
    String goalTable = renderGoals();
    return md.toString().replace(goalsAnchor, goalTable);
  }

  private void machine(String command) throws IOException {
    line("## Machine and method");
    line("");
    line("| | |");
    line("|---|---|");
    line("| date | " + LocalDate.now(ZoneOffset.UTC) + " |");
    line("| CPU | " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores visible (a shared, noisy machine) |");
    line("| memory | " + memory() + " |");
    line("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch") + " |");
    if (firstRun != null) {
      line("| JVM (JMH) | " + firstRun.path("vmName").asText() + " " + firstRun.path("vmVersion").asText()
          + ", JDK " + firstRun.path("jdkVersion").asText() + ", JMH " + firstRun.path("jmhVersion").asText() + " |");
      line("| JMH | " + firstRun.path("forks").asInt() + " forks, " + firstRun.path("warmupIterations").asInt()
          + " warm-up x " + firstRun.path("warmupTime").asText() + ", " + firstRun.path("measurementIterations").asInt()
          + " measured x " + firstRun.path("measurementTime").asText() + ", one thread; figures are the mean with JMH's 99.9% error |");
    }
    if (coldStart != null) {
      line("| JVM (cold start) | " + coldStart.path("java").asText() + ", flags `" + String.join(" ", texts(coldStart.path("jvmFlags"))) + "` |");
    }
    for (String row : context) {
      if (row.contains("|")) {
        line("| " + row.trim() + " |");
      }
    }
    line("| command | `" + command + "` |");
    if (keptFromBefore > 0 || coldStartKept) {
      line("| partial run | " + measuredNow + " JMH results measured by this command" + (keptFromBefore > 0 ? "; " + keptFromBefore
          + " kept from earlier runs (`results/jmh.json`), whose machine load and commit may differ" : "")
          + (coldStartKept ? "; cold start kept from an earlier run (`results/coldstart.json`)" : "") + " |");
    }
    line("");
  }

  private void routingSection(Path chartDir) throws IOException {
    line("## 1. Routing");
    line("");
    line("ns/op from a decoded request to the response of a route method that returns nothing; tables of 10, 100 and 1000 routes "
        + "shaped like a real API (written by `src/gen/RouteTableGenerator.java`); a request for a static route "
        + "(`GET /{resource}/search`), for a route with two path variables (`GET /{resource}/123/{sub}/456`) and for a path no "
        + "route has (`GET /{resource}/123/{sub}/456/extra`), all for the resource in the middle of the table. "
        + "Each op includes matching, binding the variables (percent-decoded strings handed to a sink) and a constant response; "
        + "what each contender does is listed under the table.");
    line("");
    line("![routing, ns/op, log scale](" + chartDir.resolve("routing.png") + ")");
    line("");
    StringBuilder header = new StringBuilder("| contender |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String request : REQUESTS) {
      for (String size : SIZES) {
        header.append(' ').append(request).append(' ').append(size).append(" |");
        rule.append("---:|");
      }
    }
    line("ns/op (lower is better; x = times the hand-written switch):");
    line("");
    line(header.toString());
    line(rule.toString());
    for (String router : ROUTERS) {
      StringBuilder row = new StringBuilder("| " + ROUTER_LABELS.get(router) + " |");
      for (String request : REQUESTS) {
        for (String size : SIZES) {
          Optional<Result> r = routing(router, size, request);
          Optional<Result> base = routing("handWritten", size, request);
          row.append(' ').append(r.map(x -> num(x.score())).orElse("–"));
          if (r.isPresent() && base.isPresent() && !router.equals("handWritten")) {
            row.append(" (").append(ratio(r.get().score() / base.get().score())).append(')');
          }
          row.append(" |");
        }
      }
      line(row.toString());
    }
    line("");
    line("B/op (`-prof gc`, `gc.alloc.rate.norm`):");
    line("");
    line(header.toString());
    line(rule.toString());
    for (String router : ROUTERS) {
      StringBuilder row = new StringBuilder("| " + ROUTER_LABELS.get(router) + " |");
      for (String request : REQUESTS) {
        for (String size : SIZES) {
          row.append(' ').append(routing(router, size, request).flatMap(Result::bytesPerOp).map(ResultsReport::bytes).orElse("–")).append(" |");
        }
      }
      line(row.toString());
    }
    line("");
    line("- **Lift**: `dispatch(new Exchange(request, null))` on the generated `LiftApiN`, with `Recovery.standard` for what escapes, as `LiftRuntime` does. "
        + "Includes the `Exchange` (one per request in production too), the number of the matched route recorded on it (its pattern is looked up only when asked for), the try/catch of recovery, "
        + "and on a miss Lift's standard 404 error body, written per request because it carries the request and trace ids (answered without an exception: "
        + "the benchmark's applications have no middleware or `@Recover` that could see one). The `Exchange` is 64 bytes; it costs nothing where the "
        + "JIT's escape analysis removes it, which needs `dispatch` inlined into its caller: with 10 routes HotSpot compiles `dispatch` on its own "
        + "first, with the small matcher inlined, and then finds it too big to inline (`already compiled into a big method` in `-XX:+PrintInlining`), "
        + "so the `Exchange` stays (the hand-written switch has the same fate). The request is prebuilt, so the "
        + "path's cutting into segments (done once by the event decoder) is not in this row; the next row puts it back.");
    line("- **hand-written switch** (the limit): `HandWrittenN`, generated from the same table in the style a person tuning a router would write "
        + "against Lift's runtime: the same handler instances, a switch on each segment's hash compared in place, variables decoded by index, "
        + "and nothing else: no 405 and `Allow`, no HEAD fallback, no recovery, a constant 404. Same `new Exchange` per call.");
    line("- **avaje-sigma, whole dispatch**: `HttpFunction.apply(event, null)` on an event record already deserialised, through the `$Route` adapters "
        + "avaje-http-sigma-generator 3.4 wrote for generated `@Controller`s (sigma's generator path, not hand-registered lambdas). "
        + "Includes sigma's context and response record; avaje-http answers a void GET with 200. **route index only**: "
        + "`SpiRoutes.match` plus `pathParams`, built with sigma's public `RoutesBuilder` from the same adapters.");
    line("- **Spring PathPattern**: spring-web " + springVersion() + "'s `PathPatternParser`, patterns sorted by `SPECIFICITY_COMPARATOR`, "
        + "`PathContainer.parsePath` once per request, first match wins (`matches`, or `matchAndExtract` when there are variables). "
        + "Spring MVC does more per request (it collects every match and sorts them).");
    line("- **regex list**: one `Pattern` per route in declaration order, method compared first, `([^/]+)` per variable.");
    line("");
  }

  private void middlewareSection() {
    line("## 2. Middleware");
    line("");
    line("The same static route (void method) behind 0, 1, 5 and 10 no-op middleware (`@Middleware` on the route method; each "
        + "class implements `Middleware` and keeps every default), measured like Lift's routing row.");
    line("");
    line("| middleware | ns/op | B/op | ns above none | ns per layer |");
    line("|---:|---:|---:|---:|---:|");
    Optional<Result> none = middleware("0");
    for (String layers : List.of("0", "1", "5", "10")) {
      Optional<Result> r = middleware(layers);
      if (r.isEmpty()) {
        line("| " + layers + " | – | – | – | – |");
        continue;
      }
      double above = none.map(n -> r.get().score() - n.score()).orElse(Double.NaN);
      line("| " + layers + " | " + num(r.get().score()) + " ± " + num(r.get().error()) + " | "
          + r.get().bytesPerOp().map(ResultsReport::bytes).orElse("–") + " | " + num(above) + " | "
          + (layers.equals("0") ? "–" : num(above / Integer.parseInt(layers))) + " |");
    }
    line("");
  }

  private void pipelineSection() {
    line("## 3. Full pipeline");
    line("");
    line("HTTP API (2.0) event bytes in, response bytes out, one thread: `GET /items/42` (a realistic 1.4 KB event, "
        + "`src/main/resources/dev/lift/bench/get-item.json`) on a route that reads the path variable and returns "
        + "`{\"id\":\"42\",\"name\":\"Item 42\",\"stock\":7}`. Each contender is called the way Lambda's Java runtime calls it "
        + "(`HandlerInvoker`): a `RequestStreamHandler` gets the bytes; sigma's `RequestHandler<APIGatewayV2HttpEvent, AWSHttpResponse>` "
        + "gets them through the runtime's own serialiser (aws-lambda-java-serialization), as on Lambda.");
    line("");
    line("| contender | ns/op | ops/s | B/op | throughput vs hand-written |");
    line("|---|---:|---:|---:|---:|");
    Optional<Result> base = pipeline("handWritten");
    for (String c : PIPELINE_CONTENDERS) {
      Optional<Result> r = pipeline(c);
      if (r.isEmpty()) {
        line("| " + PIPELINE_LABELS.get(c) + " | – | – | – | – |");
        continue;
      }
      double ns = r.get().score();
      line("| " + PIPELINE_LABELS.get(c) + " | " + num(ns) + " ± " + num(r.get().error()) + " | "
          + String.format(Locale.ROOT, "%,.0f", 1e9 / ns) + " | " + r.get().bytesPerOp().map(ResultsReport::bytes).orElse("–")
          + " | " + base.map(b -> ratio(b.score() / ns)).orElse("–") + " |");
    }
    line("");
  }

  private void jsonSection(Path chartDir) {
    line("## 4. JSON codecs");
    line("");
    line("The body types of the sample application (`samples/hello-api`): `NewUser` (request of `POST /users`: three fields, one an enum), "
        + "`User` (response of `GET /users/{id}`: a UUID, two strings, an enum) and `UserList` (response of `GET /users`: ten users and a count). "
        + "Decode is body bytes to the record, encode the record to the response's JSON text, both through the runtime's `Json.read` and "
        + "`Json.write` so that only the codec differs: the codec the Lift processor generated (jackson-core streaming, no reflection) against "
        + "jackson-databind behind the same seam (`DatabindCodec` of lift-json-databind, one shared `ObjectMapper`). Code: `JsonBenchmark`.");
    line("");
    boolean any = false;
    for (String operation : JSON_OPERATIONS) {
      for (String body : JSON_BODIES) {
        any |= json(operation, "Generated", body).isPresent();
      }
    }
    if (!any) {
      line("Not measured in this run.");
      line("");
      return;
    }
    line("![JSON codecs, ns/op](" + chartDir.resolve("json.png") + ")");
    line("");
    line("| operation | body | generated ns/op | databind ns/op | generated vs databind | generated B/op | databind B/op |");
    line("|---|---|---:|---:|---:|---:|---:|");
    for (String operation : JSON_OPERATIONS) {
      for (String body : JSON_BODIES) {
        Optional<Result> g = json(operation, "Generated", body);
        Optional<Result> d = json(operation, "Databind", body);
        line("| " + operation + " | `" + body + "` | " + g.map(x -> num(x.score()) + " ± " + num(x.error())).orElse("–")
            + " | " + d.map(x -> num(x.score()) + " ± " + num(x.error())).orElse("–") + " | "
            + (g.isPresent() && d.isPresent() ? ratio(g.get().score() / d.get().score()) + " the time" : "–") + " | "
            + g.flatMap(Result::bytesPerOp).map(ResultsReport::bytes).orElse("–") + " | "
            + d.flatMap(Result::bytesPerOp).map(ResultsReport::bytes).orElse("–") + " |");
      }
    }
    line("");
  }

  private void coldStartSection(Path chartDir) {
    line("## Cold start and memory");
    line("");
    if (coldStart == null) {
      line("Not measured in this run.");
      line("");
      return;
    }
    line("Each contender is its own deployable jar (`target/coldstart/*.jar`, only its classes and dependencies). "
        + "`ColdStartHarness` starts a fresh JVM per run with Lambda's flags; `LambdaEmulator` loads and constructs the handler "
        + "(init), reads one HTTP API (2.0) event, invokes the handler once as Lambda's runtime does, and prints the response. "
        + "Time to first response is from launching the JVM to that line; peak RSS is the kernel's `VmHWM` at that moment. "
        + coldStart.path("runs").asInt() + " fresh JVMs per contender, interleaved; medians.");
    line("");
    line("![cold start, median ms](" + chartDir.resolve("coldstart.png") + ")");
    line("");
    line("| contender | first response, median ms | above baseline | x baseline | peak RSS, median MiB | above baseline |");
    line("|---|---:|---:|---:|---:|---:|");
    for (JsonNode c : coldStart.path("contenders")) {
      line("| " + c.path("label").asText() + " | " + num(c.path("medianMs").asDouble()) + " | "
          + signed(c.path("deltaMs").asDouble()) + " ms | " + ratio(c.path("ratio").asDouble()) + " | "
          + num(c.path("medianRssMiB").asDouble()) + " | " + signed(c.path("deltaRssMiB").asDouble()) + " MiB |");
    }
    line("");
  }

  private void notes() {
    line("## Notes");
    line("");
    line("- The full framework is Spring Boot 3.5 (Spring MVC) on aws-serverless-java-container-springboot3 2.1.5 with its "
        + "`getHttpApiV2ProxyHandler`, Tomcat left out as that project asks; Micronaut's function-aws-api-proxy was not built. "
        + "One module, one Jackson: every contender uses the project's Jackson version.");
    line("- avaje-sigma's JSON goes through avaje-jsonb with generated adapters (sigma picks jsonb when it is present), "
        + "which is sigma's own reflection-free path.");
    line("- The cold-start emulator stands in for Lambda's runtime interface client: it does not poll the Runtime API over HTTP, so "
        + "absolute times are below Lambda's; the same emulator serves every contender, so the differences hold. "
        + "The POJO serialiser (sigma) is the runtime's own library.");
    line("- This machine is shared (see the load averages above): a goal whose figures include one with a 99.9% error "
        + "above " + Math.round(NOISY * 100) + "% of its mean says so beside the figure. "
        + "Read ratios, not the last digit, and run the script again on a quiet machine before quoting a figure.");
    line("");
  }

  // ------------------------------------------------------------------------------------ goals

  private String renderGoals() {
    evaluateGoals();
    StringBuilder b = new StringBuilder();
    b.append("## Goals\n\n");
    b.append("Measured against the goals of the benchmark issue; nothing here is asserted by a test.\n\n");
    b.append("| goal | measured | verdict |\n|---|---|---|\n");
    for (String[] g : goals) {
      b.append("| ").append(g[0]).append(" | ").append(g[1]).append(" | ").append(g[2]).append(" |\n");
    }
    b.append('\n');
    return b.toString();
  }

  private void evaluateGoals() {
    // Routing within 1.2x of the hand-written switch at every size.
    List<String> worst = new ArrayList<>();
    boolean allWithin = true;
    boolean any = false;
    double noise = 0;
    for (String request : REQUESTS) {
      double max = 0;
      String at = "";
      for (String size : SIZES) {
        Optional<Result> l = routing("lift", size, request);
        Optional<Result> h = routing("handWritten", size, request);
        if (l.isPresent() && h.isPresent()) {
          any = true;
          noise = Math.max(noise, Math.max(l.get().relativeError(), h.get().relativeError()));
          double r = l.get().score() / h.get().score();
          if (r > max) {
            max = r;
            at = size;
          }
          allWithin &= r <= 1.2;
        }
      }
      if (max > 0) {
        worst.add(request + ": up to " + ratio(max) + " (" + at + " routes)");
      }
    }
    goal("Routing at most 1.2x the hand-written switch at every size", any, String.join("; ", worst), allWithin, noise);

    // Flat: 1000 routes at most 1.5x the time of 10.
    List<String> flat = new ArrayList<>();
    boolean allFlat = true;
    any = false;
    noise = 0;
    for (String request : REQUESTS) {
      Optional<Result> small = routing("lift", "10", request);
      Optional<Result> large = routing("lift", "1000", request);
      if (small.isPresent() && large.isPresent()) {
        any = true;
        noise = Math.max(noise, Math.max(small.get().relativeError(), large.get().relativeError()));
        double r = large.get().score() / small.get().score();
        flat.add(request + ": " + ratio(r));
        allFlat &= r <= 1.5;
      }
    }
    goal("Flat: 1000 routes at most 1.5x the time of 10", any, String.join("; ", flat), allFlat, noise);

    // 0 B/op for static routes.
    List<String> alloc = new ArrayList<>();
    boolean zero = true;
    any = false;
    for (String size : SIZES) {
      Optional<Double> b = routing("lift", size, "static").flatMap(Result::bytesPerOp);
      if (b.isPresent()) {
        any = true;
        alloc.add(size + " routes: " + bytes(b.get()));
        zero &= b.get() < 0.5;
      }
    }
    goal("0 B/op for static routes", any, String.join("; ", alloc) + (any ? " (what remains is the per-request `Exchange` where the JIT keeps it: see the notes under the routing tables)" : ""), zero);

    // At 100 routes, >= 10x faster than regex and >= 5x faster than sigma.
    peerGoal("regex", "regex router", 10);
    peerGoal("sigma", "avaje-sigma (whole dispatch)", 5);

    // Pipeline >= 0.9x hand-written throughput.
    Optional<Result> base = pipeline("handWritten");
    for (String c : List.of("lift", "liftCore")) {
      Optional<Result> r = pipeline(c);
      boolean have = base.isPresent() && r.isPresent();
      double t = have ? base.get().score() / r.get().score() : 0;
      goal("Full pipeline at least 0.9x hand-written throughput (" + PIPELINE_LABELS.get(c) + ")", have,
          have ? ratio(t) + " (" + num(r.get().score()) + " against " + num(base.get().score()) + " ns/op)" : "", t >= 0.9,
          have ? Math.max(r.get().relativeError(), base.get().relativeError()) : 0);
    }

    // Cold start and memory.
    if (coldStart != null) {
      Map<String, JsonNode> byName = new LinkedHashMap<>();
      for (JsonNode c : coldStart.path("contenders")) {
        byName.put(c.path("name").asText(), c);
      }
      JsonNode spring = byName.get("spring");
      for (String name : List.of("lift", "lift-core")) {
        JsonNode c = byName.get(name);
        if (c == null) {
          continue;
        }
        double delta = c.path("deltaMs").asDouble();
        goal("Cold start at most 15 ms above baseline, aim 5 (" + c.path("label").asText() + ")", true,
            signed(delta) + " ms (" + num(c.path("medianMs").asDouble()) + " ms)",
            delta <= 15, delta <= 5 ? "met, and the 5 ms aim" : null);
        if (spring != null) {
          double faster = spring.path("medianMs").asDouble() / c.path("medianMs").asDouble();
          goal("Cold start at least 5x faster than the full framework (" + c.path("label").asText() + ")", true,
              ratio(faster) + " (" + num(spring.path("medianMs").asDouble()) + " against " + num(c.path("medianMs").asDouble()) + " ms)",
              faster >= 5);
        }
        double rss = c.path("deltaRssMiB").asDouble();
        goal("Peak RSS at most 5 MiB above baseline, aim 2 (" + c.path("label").asText() + ")", true,
            signed(rss) + " MiB (" + num(c.path("medianRssMiB").asDouble()) + " MiB)", rss <= 5,
            rss <= 2 ? "met, and the 2 MiB aim" : null);
      }
    } else {
      goal("Cold start and peak RSS goals", false, "", false);
    }
  }

  private void peerGoal(String peer, String label, double times) {
    List<String> figures = new ArrayList<>();
    boolean met = true;
    boolean any = false;
    double noise = 0;
    for (String request : REQUESTS) {
      Optional<Result> l = routing("lift", "100", request);
      Optional<Result> p = routing(peer, "100", request);
      if (l.isPresent() && p.isPresent()) {
        any = true;
        noise = Math.max(noise, Math.max(l.get().relativeError(), p.get().relativeError()));
        double r = p.get().score() / l.get().score();
        figures.add(request + ": " + ratio(r));
        met &= r >= times;
      }
    }
    goal("At 100 routes at least " + (int) times + "x faster than the " + label, any, String.join("; ", figures), met, noise);
  }

  private void goal(String name, boolean measured, String figure, boolean met) {
    goal(name, measured, figure, met, null);
  }

  /**
   * A goal decided by JMH figures: past {@value #NOISY} of relative error (JMH's 99.9% interval
   * over the mean, in any figure the verdict rests on) the figure says so, so that a reader weighs it.
   */
  private void goal(String name, boolean measured, String figure, boolean met, double noise) {
    String flagged = measured && noise > NOISY
        ? figure + String.format(Locale.ROOT, " (noisy: JMH error up to ±%.0f%% in one of these figures)", noise * 100)
        : figure;
    goal(name, measured, flagged, met, null);
  }

  private void goal(String name, boolean measured, String figure, boolean met, String metText) {
    if (!measured) {
      goals.add(new String[] {name, "not measured in this run", "–"});
      return;
    }
    goals.add(new String[] {name, figure, met ? (metText != null ? metText : "met") : "**missed**"});
  }

  // ------------------------------------------------------------------------------------ formatting

  private void line(String s) {
    md.append(s).append('\n');
  }

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String signed(double v) {
    return (v >= 0 ? "+" : "−") + num(Math.abs(v));
  }

  static String ratio(double v) {
    return String.format(Locale.ROOT, v >= 10 ? "%.0fx" : "%.2fx", v);
  }

  static String bytes(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  /** spring-web's version from its Maven metadata (the shaded jar's manifest no longer says it). */
  private static String springVersion() throws IOException {
    try (var in = ResultsReport.class.getResourceAsStream("/META-INF/maven/org.springframework/spring-web/pom.properties")) {
      if (in != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        return p.getProperty("version", "6.2");
      }
    }
    return "6.2";
  }

  private static String cpu() throws IOException {
    Path info = Path.of("/proc/cpuinfo");
    if (Files.exists(info)) {
      for (String l : Files.readAllLines(info)) {
        if (l.startsWith("model name")) {
          return l.substring(l.indexOf(':') + 1).trim();
        }
      }
    }
    return System.getProperty("os.arch");
  }

  private static String memory() throws IOException {
    Path info = Path.of("/proc/meminfo");
    if (Files.exists(info)) {
      for (String l : Files.readAllLines(info)) {
        if (l.startsWith("MemTotal:")) {
          long kib = Long.parseLong(l.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.0f GiB", kib / 1024.0 / 1024.0);
        }
      }
    }
    return "unknown";
  }
}
