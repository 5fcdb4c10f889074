package dev.lift.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.Sources.PACKAGE;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated code compiles cleanly, stays free of reflection, and survives user names that could
 * clash with its own.
 */
class GeneratedCodeHygieneTest {
  /** javac's note that no processor claimed the annotations: Lift never claims them, on purpose. */
  private static final String UNCLAIMED_ANNOTATIONS = "compiler.warn.proc.annotations.without.processors";

  @Test
  void generatedCodeCompilesWithoutLintWarnings() {
    Compilation compilation = Sources.compiler().withOptions("-Xlint:all").compile(ShopApplication.sources());

    assertThat(compilation).succeeded();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      if (!UNCLAIMED_ANNOTATIONS.equals(warning.getCode())) {
        warnings.add(warning.getSource() + ":" + warning.getLineNumber() + ": " + warning.getMessage(Locale.ROOT));
      }
    }
    assertWithMessage("warnings under -Xlint:all").that(warnings).isEmpty();
  }

  @Test
  void generatedEventCodeCompilesWithoutLintWarnings() {
    Compilation compilation = Sources.compiler().withOptions("-Xlint:all").compile(EventsApplication.sources());

    assertThat(compilation).succeeded();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      if (!UNCLAIMED_ANNOTATIONS.equals(warning.getCode())) {
        warnings.add(warning.getSource() + ":" + warning.getLineNumber() + ": " + warning.getMessage(Locale.ROOT));
      }
    }
    assertWithMessage("warnings under -Xlint:all").that(warnings).isEmpty();
  }

  @Test
  void eventHandlerNamesThatCouldClashWithGeneratedOnes() {
    JavaFileObject events = Sources.source(PACKAGE + ".Events",
        "import dev.lift.annotations.*; import dev.lift.runtime.events.*;",
        "public class Events {",
        "  public record Message(String key) {}",
        "  @Sqs(\"message\") public void message(@Body Message message, SqsMessage exchange) {}",
        "  @Sqs(\"event\") public void event(@Body String event, EventExchange key) {}",
        "  @WebSocket(\"response\") public Message response(@Body Message error) { return error; }",
        "}");
    JavaFileObject handles = Sources.source(PACKAGE + ".Handles",
        "import dev.lift.annotations.*; import dev.lift.runtime.events.*;",
        "public class Handles {",
        "  @S3(bucket = \"notification\") public void notification(S3Notification record) {}",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), events, handles);

    assertThat(compilation).succeeded();
  }

  @Test
  void generatedCodeUsesNoReflection() {
    Compilation compilation = Sources.compiler().compile(ShopApplication.sources());

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles()).isNotEmpty();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String source = GoldenFiles.contents(file);
      for (String reflective : List.of("java.lang.reflect", "Class.forName", "getMethod(", "getDeclaredMethod(",
          "getDeclaredConstructor(", "setAccessible(", "MethodHandles")) {
        assertWithMessage("%s in %s", reflective, file.getName()).that(source).doesNotContain(reflective);
      }
    }
  }

  @Test
  void routePathThatWouldEndAComment() {
    JavaFileObject items = Sources.handler(PACKAGE + ".Items",
        "  @Route(\"GET /v1*/items\") public String list() { return \"\"; }",
        "  @Route(\"GET /v1*/items/{id}\") public String get(@PathParam String id) { return id; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), items);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void parametersNamedLikeWhatTheGeneratedCodeUses() {
    JavaFileObject search = Sources.handler(PACKAGE + ".Search",
        "  public record Hit(String title) {}",
        "  @Route(\"POST /search\")",
        "  public List<Hit> find(",
        "      @QueryParam String search,",
        "      @QueryParam int Params,",
        "      @HeaderParam Optional<String> WireResponse,",
        "      @QueryParam String Json,",
        "      @CookieParam String Codecs,",
        "      @QueryParam(\"request\") String request_,",
        "      @Body Hit request) { return List.of(); }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), search);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void handlersNamedLikeTheParametersOfTheGeneratedMethods() {
    // Written out, not through Sources: its imports would clash with these class names.
    JavaFileObject request = JavaFileObjects.forSourceLines(PACKAGE + ".api.Request",
        "package com.example.api;",
        "public class Request {",
        "  @dev.lift.annotations.Route(\"GET /request\") public String get() { return \"\"; }",
        "}");
    JavaFileObject context = JavaFileObjects.forSourceLines(PACKAGE + ".api.Context",
        "package com.example.api;",
        "public class Context {",
        "  @dev.lift.annotations.Route(\"GET /context\") public String get() { return \"\"; }",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), request, context);

    assertThat(compilation).succeededWithoutWarnings();
  }
}
