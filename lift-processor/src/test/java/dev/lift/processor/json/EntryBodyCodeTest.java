package dev.lift.processor.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.lift.processor.Sources;
import dev.lift.processor.json.JsonFallbackDiagnosticsTest.JsonFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Which body types the entry class reads and writes with code of its own (so that the first request
 * loads no codec class and no {@code JsonCodec}), and which keep going through their codec class:
 * at most eight types with nothing to check, which the entry class may construct (see {@code
 * ForeignRecords}).
 * {@code EntryClassBodiesTest} (lift-json-tests) runs such an entry class.
 */
class EntryBodyCodeTest {
  @Test
  void upToEightBodyTypesAreReadAndWrittenByTheEntryClass() {
    String entry = entryClass(numbered(8).compile());

    assertThat(entry).contains("public Object readBody(int body, JsonParser parser)");
    assertThat(entry).contains("public void writeBody(int body, JsonGenerator generator, Object value)");
    assertThat(entry).contains("T1 t = Json.body(request, this, 0);");
    assertThat(entry).contains("return WireResponse.json(routes.t8(t), this, 7);");
    assertThat(entry).doesNotContain("_JsonCodec.INSTANCE");
    assertThat(entry).doesNotContain("JsonCodec<");
  }

  @Test
  void withANinthTheyAllKeepTheirCodecClasses() {
    Compilation compilation = numbered(9).compile();
    String entry = entryClass(compilation);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(entry).doesNotContain("readBody(");
    assertThat(entry).doesNotContain("writeBody(");
    assertThat(entry).contains("T1 t = Json.body(request, T1_JsonCodec.INSTANCE);");
    assertThat(entry).contains("return WireResponse.json(routes.t9(t), T9_JsonCodec.INSTANCE);");
  }

  @Test
  void aTypeWithConstraintsKeepsItsCodecClassWhichValidates() {
    Compilation compilation = new JsonFileObjects()
        .type("Plain", "public record Plain(String name) {}")
        .type("Checked", "public record Checked(@jakarta.validation.constraints.NotBlank String name) {}")
        .route("@Route(\"POST /plain\") public Plain plain(@Body Plain plain) { return plain; }",
            "@Route(\"POST /checked\") public Checked checked(@Body Checked checked) { return checked; }")
        .compile();
    String entry = entryClass(compilation);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(entry).contains("Checked checked = Json.body(request, Checked_JsonCodec.INSTANCE);");
    // Its codec writes it, as it reads it: the entry class holds no code for the type at all.
    assertThat(entry).contains("return WireResponse.json(routes.checked(checked), Checked_JsonCodec.INSTANCE);");
    assertThat(entry).contains("Plain plain = Json.body(request, this, ");
  }

  @Test
  void aPublicRecordOfAnotherPackageIsReadByTheEntryClassToo() {
    Compilation compilation = Sources.compile(
        Sources.source("com.example.model.Item", "public record Item(String name, Kind kind, List<Part> parts) {",
            "  public enum Kind { A, B }",
            "  public record Part(int n) {}",
            "}"),
        Sources.app(Sources.PACKAGE),
        Sources.handler(Sources.PACKAGE + ".Routes",
            "@Route(\"POST /item\") public com.example.model.Item item(@Body com.example.model.Item item) { return item; }",
            "@Route(\"POST /items\") public List<com.example.model.Item> items(@Body List<com.example.model.Item> items) { return items; }"));
    String entry = entryClass(compilation);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(entry).contains("Item item = Json.body(request, this, 0);");
    assertThat(entry).contains("List<Item> items = Json.body(request, this, 1);");
    assertThat(entry).contains("values.add(readItem(parser));");
    assertThat(entry).contains("return new Item(name, kind, parts);");
    assertThat(entry).doesNotContain("_JsonCodec.INSTANCE");
  }

  /**
   * From another package, a class's constructor or getters may not be visible, and a public record
   * may hold a type that is not public: such a body goes through its codec class, which lives in
   * the type's package. A list of it is still the entry class's, calling that codec for each element.
   */
  @Test
  void aClassOrARecordReachingAHiddenTypeOfAnotherPackageKeepsItsCodecClass() {
    Compilation compilation = Sources.compile(
        Sources.source("com.example.model.Bean", "public class Bean {",
            "  private final String name;",
            "  public Bean(String name) { this.name = name; }",
            "  public String getName() { return name; }",
            "}"),
        Sources.source("com.example.model.Hiding", "public record Hiding(Secret secret) {",
            "  enum Secret { S }",
            "}"),
        Sources.app(Sources.PACKAGE),
        Sources.handler(Sources.PACKAGE + ".Routes",
            "@Route(\"POST /bean\") public com.example.model.Bean bean(@Body com.example.model.Bean bean) { return bean; }",
            "@Route(\"POST /beans\") public List<com.example.model.Bean> beans(@Body List<com.example.model.Bean> beans) { return beans; }",
            "@Route(\"POST /hiding\") public String hiding(@Body com.example.model.Hiding hiding) { return \"\"; }"));
    String entry = entryClass(compilation);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(entry).contains("Bean bean = Json.body(request, Bean_JsonCodec.INSTANCE);");
    assertThat(entry).contains("Hiding hiding = Json.body(request, Hiding_JsonCodec.INSTANCE);");
    assertThat(entry).contains("List<Bean> beans = Json.body(request, this, 0);");
    assertThat(entry).contains("values.add(Bean_JsonCodec.INSTANCE.readValue(parser));");
  }

  /**
   * The field name constants of the bodies live in the entry class, beside the code that names
   * the application's types: the constant of JSON field {@code os} must not hide an enum {@code
   * OS} that a path parameter ({@code OS::valueOf}) or an enum helper ({@code OS.LINUX}) names.
   */
  @Test
  void fieldNameConstantsHideNoTypeOfTheSameName() {
    Compilation compilation = new JsonFileObjects()
        .type("OS", "public enum OS { LINUX, WINDOWS }")
        .type("Device", "public record Device(String os, OS platform) {}")
        .route("@Route(\"POST /devices\") public Device create(@Body Device device) { return device; }",
            "@Route(\"GET /builds/{os}\") public String builds(@PathParam(\"os\") OS os) { return os.name(); }")
        .compile();
    String entry = entryClass(compilation);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(entry).contains("OS_FIELD = new SerializedString(\"os\")");
    assertThat(entry).contains("return OS.LINUX;");
    assertThat(entry).contains("OS::valueOf");
  }

  /** {@code count} records {@code T1} to {@code Tn}, each read and written by a route of its own. */
  private static JsonFileObjects numbered(int count) {
    JsonFileObjects sources = new JsonFileObjects();
    List<String> routes = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      sources.type("T" + i, "public record T" + i + "(String name, int n) {}");
      routes.add("@Route(\"POST /t" + i + "\") public T" + i + " t" + i + "(@Body T" + i + " t) { return t; }");
    }
    return sources.route(routes.toArray(String[]::new));
  }

  private static String entryClass(Compilation compilation) {
    assertThat(compilation).succeeded();
    JavaFileObject entry = compilation.generatedSourceFile("com.example.LiftApp").orElseThrow();
    try {
      return entry.getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
