package dev.lift.json.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.json.tests.coldstart.InvokeOnce;
import dev.lift.json.tests.support.Reference;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An application whose body types all have generated codecs runs without jackson-databind: a
 * fresh JVM whose class path lacks it answers the event, and loads no databind class. The
 * databind probe, on the full class path, shows that the check can see databind load.
 */
class ColdStartTest {
  private static final String DATABIND_CLASS = "com.fasterxml.jackson.databind.";

  @Test
  void generatedCodecsAnswerWithoutJacksonDatabindOnTheClassPath() throws Exception {
    String withoutDatabind = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("jackson-databind") && !entry.contains("lift-json-databind")
            && !entry.contains("jackson-datatype") && !entry.contains("jackson-annotations"))
        .collect(Collectors.joining(File.pathSeparator));

    Run run = invoke("generated", withoutDatabind);

    assertEquals(200, run.response().get("statusCode").asInt(), run.output());
    assertFalse(run.output().contains(DATABIND_CLASS), "a databind class was loaded");
    assertEquals(receipt(), Reference.parse(run.response().get("body").asText()));
  }

  /**
   * The costs a cold start must not pay: the JVM's lambda bootstrap (Lift and generated code use
   * no lambda or method reference) and {@code org.crac}'s initialisation where no snapshot can be
   * taken (outside Lambda on a JVM without CRaC, as here).
   */
  @Test
  void generatedApplicationBootstrapsNoLambdaAndLeavesOrgCracAlone() throws Exception {
    assumeTrue(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE") == null, "outside Lambda");
    assumeFalse(Object.class.getModule().getPackages().contains("jdk.crac"), "a JVM without CRaC");

    Run run = invoke("generated", System.getProperty("java.class.path"));

    assertEquals(200, run.response().get("statusCode").asInt(), run.output());
    assertTrue(run.output().contains("dev.lift.runtime.LiftRuntime "), "the probe can see Lift load");
    assertFalse(run.output().contains("java.lang.invoke.LambdaMetafactory "), "a lambda was bootstrapped");
    assertFalse(run.output().contains("org.crac.Core "), "org.crac was initialised");
  }

  /**
   * The probe's application has two body types, {@code NewOrder} and {@code Receipt}: its entry
   * class reads and writes them with code of its own, the records and the enum they hold included,
   * so that no codec class (nor {@code JsonCodec}) is one more class on the first request.
   */
  @Test
  void bodiesAreReadAndWrittenWithoutAnyCodecClass() throws Exception {
    Run run = invoke("generated", System.getProperty("java.class.path"));

    assertEquals(200, run.response().get("statusCode").asInt(), run.output());
    String application = "dev.lift.json.tests.coldstart.generated.";
    assertTrue(run.output().contains(application + "LiftColdApi "), "the probe can see the entry class load");
    assertTrue(run.output().contains(application + "NewOrder$Line "), "the probe can see the nested record load");
    assertTrue(run.output().contains(application + "NewOrder$Status "), "the probe can see the enum load");
    assertFalse(run.output().contains("_JsonCodec "), "a codec class was loaded");
  }

  /**
   * Of Lift's JSON support, the first request loads the {@code Json} helpers only: no {@code
   * JsonCodec}, since the entry class reads and writes the bodies itself; no {@code Violations},
   * since the order has no constraints; no {@code BodyErrors}, since the body is sound; no {@code
   * JsonScalars}, since the order and the receipt hold none of the less common scalars.
   */
  @Test
  void firstRequestLoadsOnlyTheJsonHelpers() throws Exception {
    Run run = invoke("generated", System.getProperty("java.class.path"));

    assertEquals(200, run.response().get("statusCode").asInt(), run.output());
    assertEquals(List.of("dev.lift.runtime.json.Json"), loaded(run, "dev.lift.runtime.json."));
  }

  /**
   * Each class a fresh JVM loads costs its first request the reading and defining of its class
   * file, so the runtime keeps the set small; a change that puts one more on the way of a JSON
   * route shows up here, and if it is
   * worth its cost, belongs in this list (and in the README's "Cold start" section). Headers, query
   * parameters, builders, {@code LiftConfig}, {@code Init}, {@code Bodies} and {@code EventKind}
   * must stay off the path of a request that does not use them, and error classes ({@code
   * LiftError}, {@code UnreadableEventException}) off the path of a request that fails nothing:
   * the JVM's verifier loads every class a method catches or throws by its static type.
   */
  @Test
  void firstRequestLoadsOnlyTheseLiftClasses() throws Exception {
    Run run = invoke("generated", System.getProperty("java.class.path"));

    assertEquals(200, run.response().get("statusCode").asInt(), run.output());
    assertEquals(
        List.of(
            "dev.lift.runtime.LiftRuntime",
            "dev.lift.runtime.event.HttpEvents",
            "dev.lift.runtime.http.Exchange",
            "dev.lift.runtime.http.Request",
            "dev.lift.runtime.http.WireResponse",
            "dev.lift.runtime.json.Json"),
        loaded(run, "dev.lift.runtime."));
  }

  /**
   * Besides its own classes, the generated application's first request loads no class of the JDK
   * or jackson-core that a hand-written handler doing the same work does not load too, but for one
   * that the JDK's class-data archive holds (with {@code -Xshare:auto}, the default and Lambda's,
   * it costs next to nothing; these runs use {@code -Xshare:off} to see every class load). The JVM's verifier loads every
   * class a method catches, and every class of a value it throws or passes where a supertype is
   * expected, whether or not that code runs: a change that makes one more load (an exception type
   * caught by name, a builder) shows up here.
   */
  @Test
  void firstRequestLoadsNoOtherJdkOrJacksonClassThanAHandWrittenHandler() throws Exception {
    Run generated = invoke("generated", System.getProperty("java.class.path"));
    Run handWritten = invoke("handwritten-records", System.getProperty("java.class.path"));

    assertEquals(200, generated.response().get("statusCode").asInt(), generated.output());
    List<String> platform = loaded(generated, "");
    platform.removeIf(name -> name.startsWith("dev.lift.") || name.contains("/0x") || name.contains("$$Lambda"));
    platform.removeAll(loaded(handWritten, ""));
    assertTrue(loaded(generated, "").contains("com.fasterxml.jackson.core.JsonFactory"), "the probe can see jackson load");
    assertEquals(List.of("java.util.ImmutableCollections$Map1"), platform);
  }

  /**
   * A fresh JVM pays for each class it loads (about 0.2 ms) and for the bytes of its class file
   * (about 25 µs a kilobyte; see the README's "Cold start"), so the runtime's classes on the first
   * request have a budget in bytes as well as the list above: rare code
   * (event error messages, ALB's status phrases and Set-Cookie spellings, the less common scalars) lives in
   * classes of its own. The 7 classes held 69.5 KB before that split and 54.7 KB after it (javac
   * 17); since the entry class reads and writes the bodies itself, there are 6 ({@code JsonCodec}
   * no longer loads), of 55.7 KB. Code that is worth its cost on every cold start raises the budget
   * here.
   */
  @Test
  void firstRequestLoadsAtMost56KilobytesOfRuntimeClasses() throws Exception {
    Run run = invoke("generated", System.getProperty("java.class.path"));

    assertEquals(200, run.response().get("statusCode").asInt(), run.output());
    List<String> runtime = loaded(run, "dev.lift.runtime.");
    long bytes = 0;
    for (String name : runtime) {
      try (InputStream in = ClassLoader.getSystemResourceAsStream(name.replace('.', '/') + ".class")) {
        bytes += in.readAllBytes().length;
      }
    }
    assertTrue(bytes > 10_000, "the probe can see the runtime's class files: " + runtime);
    assertTrue(bytes <= 56 * 1024, "the first request loads " + bytes + " bytes of " + runtime);
  }

  /**
   * The words of event errors ({@code EventMessages}) load only for an event that fails, and ALB's
   * status phrases and {@code Set-Cookie} spellings ({@code AlbResponses}) only for an ALB event:
   * the first request of a REST API, an HTTP API or a function URL loads neither.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "post-order.json      |                                    | {\"statusCode\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"body\"",
    "post-order-rest.json |                                    | \"multiValueHeaders\":{\"Content-Type\"",
    "post-order-alb.json  | dev.lift.runtime.event.AlbResponses | \"statusDescription\":\"200 OK\""
  })
  void eachEventShapeLoadsOnlyItsOwnEncodingCode(String eventFile, String expected, String shapeMark) throws Exception {
    Run run = invoke("generated", System.getProperty("java.class.path"), eventFile);

    assertEquals(200, run.response().get("statusCode").asInt(), run.output());
    assertEquals(receipt(), Reference.parse(run.response().get("body").asText()));
    String response = run.output().lines().filter(line -> line.startsWith(InvokeOnce.RESPONSE)).findFirst().orElseThrow();
    assertTrue(response.contains(shapeMark), "not the event's own shape: " + response);
    List<String> optional = loaded(run, "dev.lift.runtime.event.");
    optional.removeIf(name -> !name.endsWith(".AlbResponses") && !name.endsWith(".EventMessages"));
    assertEquals(expected == null ? List.of() : List.of(expected), optional);
  }

  /** The classes whose name starts with {@code prefix} that the run loaded, sorted. */
  private static List<String> loaded(Run run, String prefix) {
    return run.output().lines()
        .filter(line -> line.contains("[class,load] "))
        .map(line -> line.replaceFirst("^\\[[^]]*\\]\\[info\\]\\[class,load\\] ", ""))
        .filter(line -> line.startsWith(prefix))
        .map(line -> line.substring(0, line.indexOf(' ')))
        .sorted()
        .collect(Collectors.toCollection(ArrayList::new));
  }

  @Test
  void databindProbeLoadsDatabindAndAnswersTheSame() throws Exception {
    Run run = invoke("databind", System.getProperty("java.class.path"));

    assertTrue(run.output().contains(DATABIND_CLASS + "ObjectMapper "), "the probe can see databind load");
    assertEquals(receipt(), Reference.parse(run.response().get("body").asText()));
  }

  @Test
  void handWrittenProbeAnswersTheSame() throws Exception {
    Run run = invoke("handwritten", System.getProperty("java.class.path"));

    assertEquals(receipt(), Reference.parse(run.response().get("body").asText()));
  }

  @Test
  void handWrittenProbeWithTheApplicationsRecordsAnswersTheSame() throws Exception {
    Run run = invoke("handwritten-records", System.getProperty("java.class.path"));

    assertEquals(receipt(), Reference.parse(run.response().get("body").asText()));
    assertTrue(run.output().contains("dev.lift.json.tests.coldstart.generated.NewOrder$Line "),
        "it reads the body into the application's records");
    assertFalse(run.output().contains("dev.lift.runtime."), "it uses no Lift class");
  }

  private static JsonNode receipt() {
    return Reference.parse("{\"id\":\"6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a11\",\"customer\":\"Ada Lovelace\","
        + "\"lineCount\":3,\"total\":141.73,\"status\":\"NEW\",\"skus\":[\"A-1\",\"B-22\",\"C-333\"]}");
  }

  private record Run(String output, JsonNode response) {}

  private static Run invoke(String variant, String classPath) throws IOException, InterruptedException, URISyntaxException {
    return invoke(variant, classPath, "post-order.json");
  }

  private static Run invoke(String variant, String classPath, String eventFile)
      throws IOException, InterruptedException, URISyntaxException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path event = Path.of(ColdStartTest.class.getResource("/events/" + eventFile).toURI());
    List<String> command = new ArrayList<>(List.of(java, "-Xshare:off", "-Xlog:class+load=info:stdout", "-cp", classPath,
        InvokeOnce.class.getName(), variant, event.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertEquals(0, process.waitFor(), output);
    String response = output.lines().filter(line -> line.startsWith(InvokeOnce.RESPONSE)).findFirst().orElseThrow()
        .substring(InvokeOnce.RESPONSE.length());
    return new Run(output, Reference.parse(response));
  }
}
