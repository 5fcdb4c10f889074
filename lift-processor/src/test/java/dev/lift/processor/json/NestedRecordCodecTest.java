package dev.lift.processor.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.json.CodecRuns.read;
import static dev.lift.processor.json.CodecRuns.source;
import static dev.lift.processor.json.CodecRuns.write;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import dev.lift.processor.Sources;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A codec that holds a record or class of its package reads and writes it with helper methods of
 * its own, not through that type's codec class (one class fewer on the first request); types that
 * hold each other get helpers that call each other; a type of another package keeps its codec
 * (its constructor may be package-private); constraints reached through {@code @Valid} are still
 * reported at their paths.
 */
class NestedRecordCodecTest {
  private static final List<JavaFileObject> SOURCES = List.of(
      Sources.app("com.example"),
      Sources.source("com.example.Note", "public record Note(String text, int stars) {}"),
      Sources.source("com.example.Board",
          "import java.util.Map;",
          "public record Board(String title, List<Note> notes, Map<String, Note> pinned, Optional<Note> draft) {}"),
      // Ping and Pong hold each other; Match holds Ping.
      Sources.source("com.example.Ping", "public record Ping(String name, Pong pong) {}"),
      Sources.source("com.example.Pong", "public record Pong(Ping ping, List<Pong> echoes) {}"),
      Sources.source("com.example.Match", "public record Match(Ping first) {}"),
      // A class of another package whose constructor only its own package can call.
      Sources.source("com.example.far.Far",
          "public final class Far {",
          "  private final String code;",
          "  Far(String code) { this.code = code; }",
          "  public String getCode() { return code; }",
          "}"),
      Sources.source("com.example.Near", "public record Near(com.example.far.Far far) {}"),
      Sources.source("com.example.Line",
          "import jakarta.validation.constraints.NotBlank;",
          "import jakarta.validation.constraints.Positive;",
          "public record Line(@NotBlank String sku, @Positive int quantity) {}"),
      Sources.source("com.example.Cart",
          "import jakarta.validation.Valid;",
          "import java.util.Map;",
          "public record Cart(@Valid Line first, @Valid List<Line> lines, @Valid Map<String, Line> saved,",
          "    Line unchecked) {}"),
      Sources.handler("com.example.Routes",
          "  @Route(\"POST /boards\") public Board board(@Body Board board) { return board; }",
          "  @Route(\"POST /notes\") public Note note(@Body Note note) { return note; }",
          "  @Route(\"POST /matches\") public Match match(@Body Match match) { return match; }",
          "  @Route(\"POST /pongs\") public Pong pong(@Body Pong pong) { return pong; }",
          "  @Route(\"POST /near\") public Near near(@Body Near near) { return near; }",
          "  @Route(\"POST /carts\") public Cart cart(@Body Cart cart) { return cart; }"));

  @Test
  void nestedRecordsAreReadAndWrittenWithoutLoadingTheirCodec() throws Exception {
    CodecRuns.Loaded loaded = load(Sources.compiler().compile(SOURCES));
    JsonCodec<Object> boards = loaded.codec("com.example.Board_JsonCodec");
    String json = "{\"title\":\"t\",\"notes\":[{\"text\":\"a\",\"stars\":1},null],"
        + "\"pinned\":{\"k\":{\"text\":null,\"stars\":2}},\"draft\":{\"text\":\"d\",\"stars\":3}}";

    assertThat(write(boards, read(boards, json))).isEqualTo(json);
    assertThat(loaded.defined()).contains("com.example.Note");
    assertThat(loaded.defined()).doesNotContain("com.example.Note_JsonCodec");
  }

  @Test
  void nestedRecordsAnswerShapeErrorsAtTheirPaths() throws Exception {
    JsonCodec<Object> boards = load(Sources.compiler().compile(SOURCES)).codec("com.example.Board_JsonCodec");

    LiftError missing = assertThrows(LiftError.class, () -> read(boards, "{\"notes\":[{\"stars\":1},{\"text\":\"b\"}]}"));
    LiftError duplicate = assertThrows(LiftError.class,
        () -> read(boards, "{\"pinned\":{\"k\":{\"stars\":1,\"stars\":2}}}"));
    LiftError mismatch = assertThrows(LiftError.class, () -> read(boards, "{\"draft\":{\"stars\":\"x\"}}"));

    assertThat(missing.getMessage())
        .isEqualTo("Request body does not match the expected shape at $.notes[1].stars: expected an integer");
    assertThat(duplicate.getMessage())
        .isEqualTo("Request body does not match the expected shape at $.pinned.k.stars: expected each field at most once");
    assertThat(mismatch.getMessage())
        .isEqualTo("Request body does not match the expected shape at $.draft.stars: expected an integer");
    // Unknown fields inside a nested record are skipped, whatever they hold.
    assertThat(write(boards, read(boards, "{\"notes\":[{\"stars\":1,\"extra\":{\"a\":[1,2]}}]}")))
        .isEqualTo("{\"title\":null,\"notes\":[{\"text\":null,\"stars\":1}],\"pinned\":null,\"draft\":null}");
  }

  @Test
  void typesThatHoldEachOtherCallEachOthersHelpers() throws Exception {
    Compilation compilation = Sources.compiler().compile(SOURCES);
    CodecRuns.Loaded loaded = load(compilation);
    JsonCodec<Object> matches = loaded.codec("com.example.Match_JsonCodec");
    String json = "{\"first\":{\"name\":\"a\",\"pong\":{\"ping\":{\"name\":\"b\",\"pong\":null},"
        + "\"echoes\":[{\"ping\":null,\"echoes\":[]}]}}}";

    assertThat(write(matches, read(matches, json))).isEqualTo(json);
    assertThat(loaded.defined()).containsNoneOf("com.example.Ping_JsonCodec", "com.example.Pong_JsonCodec");
    String match = source(compilation, "com/example/Match_JsonCodec.java");
    assertThat(match).contains("private static Ping readPing(JsonParser parser)");
    assertThat(match).contains("private static Pong readPong(JsonParser parser)");
    // A record holding itself (Pong's echoes) calls its own codec, whose class is loaded already.
    assertThat(source(compilation, "com/example/Pong_JsonCodec.java"))
        .contains("values.add(Pong_JsonCodec.INSTANCE.readValue(parser))");
  }

  @Test
  void aTypeOfAnotherPackageKeepsItsCodec() throws Exception {
    Compilation compilation = Sources.compiler().compile(SOURCES);
    JsonCodec<Object> near = load(compilation).codec("com.example.Near_JsonCodec");

    assertThat(source(compilation, "com/example/Near_JsonCodec.java")).contains("Far_JsonCodec.INSTANCE.readValue");
    assertThat(write(near, read(near, "{\"far\":{\"code\":\"x\"}}"))).isEqualTo("{\"far\":{\"code\":\"x\"}}");
  }

  @Test
  void nestedConstraintsAreReportedAtTheirPaths() throws Exception {
    JsonCodec<Object> carts = load(Sources.compiler().compile(SOURCES)).codec("com.example.Cart_JsonCodec");

    LiftError error = assertThrows(LiftError.class, () -> read(carts, "{\"first\":{\"sku\":\" \",\"quantity\":1},"
        + "\"lines\":[{\"sku\":\"a\",\"quantity\":1},{\"sku\":\"b\",\"quantity\":0}],"
        + "\"saved\":{\"later on\":{\"sku\":\"\",\"quantity\":-1}},\"unchecked\":{\"sku\":\"\",\"quantity\":0}}"));

    assertThat(error.code()).isEqualTo("VALIDATION_FAILED");
    List<String> violations = new ArrayList<>();
    for (Object violation : (List<?>) error.details()) {
      Map<?, ?> map = (Map<?, ?>) violation;
      violations.add(map.get("path") + ": " + map.get("message"));
    }
    assertThat(violations).containsExactly(
        "$.first.sku: must not be blank",
        "$.lines[1].quantity: must be greater than 0",
        "$.saved['later on'].sku: must not be blank",
        "$.saved['later on'].quantity: must be greater than 0").inOrder();
  }

  /** The compiled classes, loaded in memory by a loader that records which it defined. */
  private static CodecRuns.Loaded load(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    return CodecRuns.load(compilation);
  }
}
