package dev.lift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.Sources.PACKAGE;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Event handlers the generated code cannot serve: annotation values that can match nothing, two
 * handlers bound to the same thing, parameters that cannot be bound or decoded, return values
 * nobody receives, HTTP-only middleware on an event handler. Each error is located on the line of
 * the offending annotation, value or parameter.
 */
class EventDiagnosticsTest {
  private static final String IMPORTS = "import dev.lift.annotations.*; import dev.lift.runtime.events.*;";

  static Stream<Arguments> valuesThatMatchNothing() {
    return Stream.of(
        Arguments.of("@Sqs(\"\")", "@Sqs has an empty queue name or ARN, which matches nothing."),
        Arguments.of("@Sqs(\"orders queue\")", "@Sqs queue name \"orders queue\" cannot match anything: queue names"
            + " are 1 to 80 letters, digits, hyphens and underscores"),
        Arguments.of("@Sqs(\"arn:aws:sqs:eu-west-1:orders\")", "@Sqs(\"arn:aws:sqs:eu-west-1:orders\") is not a valid"
            + " ARN: expected arn:aws:sqs:<region>:<account-id>:<queue-name>."),
        Arguments.of("@Sns(\"arn:aws:sqs:eu-west-1:123456789012:alerts\")", "is not a valid ARN: expected"
            + " arn:aws:sns:<region>:<account-id>:<topic-name>."),
        Arguments.of("@Schedule(\"arn:aws:events:eu-west-1:123456789012:nightly\")", "is not a valid ARN: expected"
            + " arn:aws:events:<region>:<account-id>:rule/<rule-name>."),
        Arguments.of("@Schedule(\"every night\")", "@Schedule rule name \"every night\" cannot match anything"),
        Arguments.of("@DynamoDbStream(\"ab\")", "@DynamoDbStream table name \"ab\" cannot match anything: table names"
            + " are 3 to 255"),
        Arguments.of("@S3(bucket = \"My_Bucket\")", "@S3 bucket \"My_Bucket\" cannot match anything: bucket names are"
            + " 3 to 63 lowercase letters"),
        Arguments.of("@S3(bucket = \"\")", "@S3 has an empty bucket name, which matches nothing."),
        Arguments.of("@EventBridge(source = \"\")", "@EventBridge has an empty source, which matches nothing."),
        Arguments.of("@WebSocket(\"$conect\")", "@WebSocket(\"$conect\") cannot match any route: keys starting with $"
            + " are $connect, $disconnect and $default"),
        Arguments.of("@WebSocket(\"\")", "@WebSocket has an empty route key, which matches nothing."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesThatMatchNothing")
  void annotationValueThatCanMatchNothing(String annotation, String message) {
    JavaFileObject handler = handler("Jobs",
        annotation,
        "public void on() {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining(message).inFile(handler).onLineContaining(annotation);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void s3EventNameThatCanMatchNothing() {
    JavaFileObject handler = handler("Files",
        "@S3(bucket = \"uploads\", events = {\"ObjectCreated:*\",",
        "    \"Object Created\"})",
        "public void on(S3Notification notification) {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("@S3 event name \"Object Created\" cannot match any S3 event")
        .inFile(handler).onLineContaining("\"Object Created\"})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoHandlersForTheSameQueue() {
    JavaFileObject first = handler("Orders",
        "@Sqs(\"orders\")",
        "public void first(SqsMessage message) {}");
    JavaFileObject second = handler("Billing",
        "@Sqs(\"arn:aws:sqs:eu-west-1:123456789012:orders\")",
        "public void second(SqsMessage message) {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), first, second);

    assertThat(compilation).hadErrorContaining("@Sqs(\"orders\") is bound twice: Billing.second and Orders.first.")
        .inFile(first).onLineContaining("@Sqs(\"orders\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoHandlersForTheSameS3FilterButNotForDifferentOnes() {
    JavaFileObject handler = handler("Files",
        "@S3(bucket = \"uploads\", prefix = \"in/\") public void a(S3Notification n) {}",
        "@S3(bucket = \"uploads\", prefix = \"in/\", suffix = \".png\") public void b(S3Notification n) {}",
        "@S3(prefix = \"in/\", bucket = \"uploads\")",
        "public void c(S3Notification n) {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("@S3(bucket = \"uploads\", prefix = \"in/\") is bound twice: Files.a"
        + " and Files.c.").inFile(handler).onLineContaining("@S3(prefix = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoEventAnnotationsOnOneMethod() {
    JavaFileObject handler = handler("Jobs",
        "@Sqs(\"orders\") @Sns(\"orders\")",
        "public void on() {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("Jobs.on has more than one of @Route, @Sqs, @EventBridge")
        .inFile(handler).onLineContaining("@Sqs(\"orders\") @Sns(\"orders\")");
  }

  @Test
  void parameterThatCannotBeBound() {
    JavaFileObject handler = handler("Jobs",
        "@Sqs(\"orders\")",
        "public void on(SqsMessage message,",
        "    String text) {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("Parameter 'text' of type java.lang.String cannot be bound in an @Sqs"
            + " handler. Declare it as SqsMessage, a @Body (String or a JSON type), Context or EventExchange.")
        .inFile(handler).onLineContaining("String text)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void theEventTypeOfAnotherKind() {
    JavaFileObject handler = handler("Jobs",
        "@S3(bucket = \"uploads\")",
        "public void on(SqsMessage message) {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("cannot be bound in an @S3 handler. Declare it as S3Notification,"
        + " Context or EventExchange.").inFile(handler).onLineContaining("SqsMessage message");
  }

  @Test
  void bodyOfAKindWithoutBody() {
    JavaFileObject handler = handler("Jobs",
        "@DynamoDbStream(\"Users\")",
        "public void on(@Body String text) {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("@DynamoDbStream events have no body to bind to 'text'. Declare it as"
        + " DynamoDbRecord").inFile(handler).onLineContaining("@Body String text");
  }

  @Test
  void bodyThatCannotBeDecoded() {
    JavaFileObject handler = handler("Jobs",
        "@Sqs(\"orders\")",
        "public void on(@Body byte[] raw) {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("@Body parameter 'raw' of type byte[] cannot be decoded from an event")
        .inFile(handler).onLineContaining("@Body byte[] raw");
  }

  @Test
  void jsonBodyWhoseTypeBreaksTheCodecRules() {
    JavaFileObject handler = handler("Jobs",
        "public record Job(String id, @jakarta.validation.constraints.Size(min = 5, max = 2) String name) {}",
        "@Sqs(\"jobs\")",
        "public void on(@Body Job job) {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("can never be met").inFile(handler)
        .onLineContaining("Size(min = 5, max = 2)");
  }

  @Test
  void handlerThatReturnsAValue() {
    JavaFileObject handler = handler("Jobs",
        "@Schedule(\"nightly\")",
        "public String on() { return \"done\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("@Schedule handler Jobs.on returns java.lang.String, which nobody"
        + " receives. Return void").inFile(handler).onLineContaining("public String on()");
  }

  @Test
  void handlerThatIsNotPublic() {
    JavaFileObject handler = handler("Jobs",
        "@Sns(\"alerts\")",
        "void on(SnsMessage message) {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("Event handler Jobs.on must be public and not abstract")
        .inFile(handler).onLineContaining("@Sns(\"alerts\")");
  }

  @Test
  void httpOnlyMiddlewareOnAnEventHandler() {
    JavaFileObject handler = handler("Jobs",
        "@Sqs(\"orders\")",
        "@Middleware(",
        "    Timing.class)",
        "public void on(SqsMessage message) {}");
    JavaFileObject timing = Sources.source(PACKAGE + ".Timing",
        "public class Timing implements dev.lift.runtime.middleware.Middleware {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler, timing);

    assertThat(compilation).hadErrorContaining("com.example.Timing is applied to event handler Jobs.on but does not"
        + " implement dev.lift.runtime.events.EventMiddleware.").inFile(handler)
        .onLineContaining("Timing.class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void handlerClassOutsideEveryApplication() {
    JavaFileObject handler = Sources.source("org.other.Jobs", IMPORTS,
        "public class Jobs {",
        "  @Sqs(\"orders\") public void on(SqsMessage message) {}",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler);

    assertThat(compilation).hadErrorContaining("org.other.Jobs has event handlers but no @LiftApplication covers"
        + " package 'org.other'.").inFile(handler)
        .onLineContaining("public class Jobs");
  }

  @Test
  void eventOnlyMiddlewareOnAnEventHandlerClassIsAccepted() {
    JavaFileObject handler = Sources.source(PACKAGE + ".Jobs", IMPORTS,
        "@Middleware(Audit.class)",
        "public class Jobs {",
        "  @Sqs(\"orders\") public void on(SqsMessage message) {}",
        "}");
    JavaFileObject audit = Sources.source(PACKAGE + ".Audit", IMPORTS,
        "public class Audit implements EventMiddleware {}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), handler, audit);

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** A handler class in {@link Sources#PACKAGE} with the event imports. */
  private static JavaFileObject handler(String name, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add(IMPORTS);
    lines.add("public class " + name + " {");
    lines.addAll(List.of(members));
    lines.add("}");
    return Sources.source(PACKAGE + "." + name, lines.toArray(String[]::new));
  }

}
