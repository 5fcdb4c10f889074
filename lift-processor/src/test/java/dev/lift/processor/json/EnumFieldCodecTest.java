package dev.lift.processor.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.json.CodecRuns.read;
import static dev.lift.processor.json.CodecRuns.source;
import static dev.lift.processor.json.CodecRuns.write;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import dev.lift.processor.Sources;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A codec that holds an enum reads and writes it with helper methods of its own, not through the
 * enum's codec class (one class fewer on the first request), and two enums of the same simple
 * name each get their own helpers. The enum's codec class is still generated for the route whose
 * body is the enum.
 */
class EnumFieldCodecTest {
  private static final List<JavaFileObject> SOURCES = List.of(
      Sources.app("com.example"),
      Sources.source("com.example.a.Kind",
          "import com.fasterxml.jackson.annotation.JsonProperty;",
          "public enum Kind { X, @JsonProperty(\"why\") Y }"),
      Sources.source("com.example.b.Kind", "public enum Kind { Z }"),
      Sources.source("com.example.Pair",
          "public record Pair(com.example.a.Kind first, com.example.b.Kind second,",
          "    List<com.example.a.Kind> firsts, Optional<com.example.b.Kind> maybe) {}"),
      Sources.handler("com.example.Pairs",
          "  @Route(\"POST /pairs\") public Pair echo(@Body Pair pair) { return pair; }",
          "  @Route(\"POST /kinds\") public com.example.a.Kind kind(@Body com.example.a.Kind kind) { return kind; }"));

  @Test
  void recordCodecDoesNotReferToTheCodecsOfItsEnums() {
    Compilation compilation = Sources.compiler().compile(SOURCES);

    assertThat(compilation).succeededWithoutWarnings();
    String pairCodec = source(compilation, "com/example/Pair_JsonCodec.java");
    assertThat(pairCodec).doesNotContain("Kind_JsonCodec.INSTANCE");
    assertThat(pairCodec).contains(" readKind(JsonParser parser)");
    assertThat(pairCodec).contains(" readKind_(JsonParser parser)");
    assertThat(pairCodec).contains(" writeKind(JsonGenerator generator,");
    assertThat(pairCodec).contains(" writeKind_(JsonGenerator generator,");
  }

  /**
   * A switch on an enum compiles to a synthetic class holding its switch map ({@code Pair_JsonCodec$1}),
   * one more class to load on the first write of a renamed constant's enum.
   */
  @Test
  void enumWritesCompileToNoSyntheticSwitchMapClass() {
    Compilation compilation = Sources.compiler().compile(SOURCES);

    assertThat(compilation).succeeded();
    List<String> classes = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        classes.add(file.toUri().getPath());
      }
    }
    assertThat(classes).contains("/CLASS_OUTPUT/com/example/Pair_JsonCodec.class");
    assertThat(classes).contains("/CLASS_OUTPUT/com/example/a/Kind_JsonCodec.class");
    assertThat(classes).containsNoneOf(
        "/CLASS_OUTPUT/com/example/Pair_JsonCodec$1.class", "/CLASS_OUTPUT/com/example/a/Kind_JsonCodec$1.class");
  }

  /**
   * The application has two body types, so its entry class reads and writes them itself (see
   * {@code EntryBodyCodeTest}), the enum with the same helpers a codec writes; the enum's codec
   * class is still generated, public, for other callers.
   */
  @Test
  void enumAsAWholeBodyStillGetsItsOwnCodec() {
    Compilation compilation = Sources.compiler().compile(SOURCES);

    assertThat(compilation).succeeded();
    String entry = source(compilation, "com/example/LiftApp.java");
    assertThat(entry).contains("Kind kind = Json.body(request, this, 0);");
    assertThat(entry).contains(" readKind(JsonParser parser)");
    assertThat(source(compilation, "com/example/a/Kind_JsonCodec.java"))
        .contains("public final class Kind_JsonCodec implements JsonCodec<Kind>");
  }

  @Test
  void enumsOfTheSameSimpleNameAreEachReadAndWrittenAsTheirOwn() throws Exception {
    JsonCodec<Object> pairs = codec(Sources.compiler().compile(SOURCES), "com.example.Pair_JsonCodec");
    String json = "{\"first\":\"why\",\"second\":\"Z\",\"firsts\":[\"X\",\"why\",null],\"maybe\":\"Z\"}";

    assertThat(write(pairs, read(pairs, json))).isEqualTo(json);
    assertThat(write(pairs, read(pairs, "{\"first\":null,\"second\":null,\"firsts\":[],\"maybe\":null}")))
        .isEqualTo("{\"first\":null,\"second\":null,\"firsts\":[],\"maybe\":null}");
  }

  @Test
  void aStringOfAnotherEnumAnswersWithTheConstantsOfTheFieldsOwn() throws Exception {
    JsonCodec<Object> pairs = codec(Sources.compiler().compile(SOURCES), "com.example.Pair_JsonCodec");

    LiftError second = assertThrows(LiftError.class, () -> read(pairs, "{\"second\":\"X\"}"));
    LiftError first = assertThrows(LiftError.class, () -> read(pairs, "{\"first\":\"Y\"}"));
    LiftError element = assertThrows(LiftError.class, () -> read(pairs, "{\"firsts\":[\"X\", 3]}"));

    assertThat(second.status()).isEqualTo(400);
    assertThat(second.getMessage()).isEqualTo(
        "Request body does not match the expected shape at $.second: expected one of \"Z\"");
    assertThat(first.getMessage()).isEqualTo(
        "Request body does not match the expected shape at $.first: expected one of \"X\", \"why\"");
    assertThat(element.getMessage()).isEqualTo(
        "Request body does not match the expected shape at $.firsts[1]: expected one of \"X\", \"why\"");
  }

  /** The generated codec's {@code INSTANCE}, from the compiled classes loaded in memory. */
  private static JsonCodec<Object> codec(Compilation compilation, String name) throws Exception {
    assertThat(compilation).succeeded();
    return CodecRuns.load(compilation).codec(name);
  }
}
