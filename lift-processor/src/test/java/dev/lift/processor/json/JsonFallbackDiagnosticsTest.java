package dev.lift.processor.json;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.Sources.PACKAGE;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import dev.lift.processor.Sources;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A body type Lift cannot write a codec for compiles with a warning on the route that uses it,
 * naming the type and the reason, and falls back to jackson-databind; without lift-json-databind
 * on the classpath, the same is an error. One test per reason.
 */
class JsonFallbackDiagnosticsTest {
  private static final String FALLBACK = "falls back to jackson-databind";

  @Test
  void supportedBodiesUseTheirGeneratedCodecsDirectly() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(String name, int count, java.util.List<String> tags) {}")
        .route("@Route(\"POST /items\") public Item create(@Body Item item) { return item; }");

    Compilation compilation = sources.compile();

    assertThat(compilation).succeededWithoutWarnings();
    Truth.assertThat(compilation.generatedSourceFile("com.example.Item_JsonCodec")).isPresent();
    // Its only body type, of the entry class's package: the entry class reads and writes it itself.
    assertThat(compilation).generatedSourceFile("com.example.LiftApp").contentsAsUtf8String()
        .contains("Json.body(request, this, 0)");
    assertThat(compilation).generatedSourceFile("com.example.LiftApp").contentsAsUtf8String()
        .contains("return readItem(parser);");
    assertThat(compilation).generatedSourceFile("com.example.LiftApp").contentsAsUtf8String()
        .doesNotContain("DatabindCodec");
  }

  @Test
  void fallbackTypesGoThroughDatabindCodec() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(Object extra) {}")
        .route("@Route(\"POST /items\") public Item create(@Body Item item) { return item; }");

    Compilation compilation = sources.compile();

    assertThat(compilation).generatedSourceFile("com.example.LiftApp").contentsAsUtf8String()
        .contains("DatabindCodec.of(Item.class)");
    Truth.assertThat(compilation.generatedSourceFile("com.example.Item_JsonCodec")).isEmpty();
  }

  @Test
  void fieldOfAnUnsupportedType() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(String name, Object extra) {}")
        .route("@Route(\"POST /items\") public String create(@Body Item item) { return \"\"; }");

    Compilation compilation = sources.compile();

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("Body type com.example.Item " + FALLBACK + ": field 'extra' of com.example.Item has type"
            + " java.lang.Object: java.lang.Object is not a type generated codecs read or write")
        .inFile(sources.routes())
        .onLineContaining("@Body Item item");
  }

  @Test
  void mapKeysThatAreNotStrings() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(java.util.Map<Integer, String> names) {}")
        .route("@Route(\"GET /items\") public Item get() { return null; }");

    assertThat(sources.compile())
        .hadWarningContaining("the keys of java.util.Map<java.lang.Integer, java.lang.String> must be String")
        .inFile(sources.routes())
        .onLineContaining("public Item get()");
  }

  @Test
  void jacksonAnnotationsOtherThanJsonProperty() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(String name,"
            + " @com.fasterxml.jackson.annotation.JsonIgnore String secret) {}")
        .route("@Route(\"POST /items\") public String create(@Body Item item) { return \"\"; }");

    assertThat(sources.compile())
        .hadWarningContaining("com.example.Item.secret uses @JsonIgnore, which generated codecs do not follow")
        .inFile(sources.routes())
        .onLineContaining("@Body Item item");
  }

  @Test
  void genericRecord() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Page", "public record Page<T>(java.util.List<T> items, int total) {}")
        .route("@Route(\"GET /pages\") public Page<String> get() { return null; }");

    assertThat(sources.compile())
        .hadWarningContaining("Body type com.example.Page<java.lang.String> " + FALLBACK
            + ": com.example.Page is generic; declare a type without type parameters")
        .inFile(sources.routes())
        .onLineContaining("public Page<String> get()");
  }

  @Test
  void interfaceField() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Shape", "public interface Shape {}")
        .type("Drawing", "public record Drawing(Shape shape) {}")
        .route("@Route(\"POST /drawings\") public String create(@Body Drawing drawing) { return \"\"; }");

    assertThat(sources.compile())
        .hadWarningContaining("field 'shape' of com.example.Drawing has type com.example.Shape: com.example.Shape is an"
            + " interface or an abstract class, so a generated codec cannot create it")
        .inFile(sources.routes())
        .onLineContaining("@Body Drawing drawing");
  }

  @Test
  void classWithSettersOnly() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Bean", "public class Bean {",
            "  private String name;",
            "  public String getName() { return name; }",
            "  public void setName(String name) { this.name = name; }",
            "}")
        .route("@Route(\"POST /beans\") public String create(@Body Bean bean) { return \"\"; }");

    assertThat(sources.compile())
        .hadWarningContaining("com.example.Bean has no constructor whose parameters all have getters (generated codecs"
            + " do not call setters); make it a record or add such a constructor")
        .inFile(sources.routes())
        .onLineContaining("@Body Bean bean");
  }

  @Test
  void classWithSeveralCandidateConstructors() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Point", "public class Point {",
            "  private final int x; private final int y;",
            "  public Point(int x, int y) { this.x = x; this.y = y; }",
            "  public Point(int x) { this(x, 0); }",
            "  public int getX() { return x; }",
            "  public int getY() { return y; }",
            "}")
        .route("@Route(\"POST /points\") public String create(@Body Point point) { return \"\"; }");

    assertThat(sources.compile())
        .hadWarningContaining("com.example.Point has several constructors whose parameters all have getters;"
            + " mark the one to use with @JsonCreator")
        .inFile(sources.routes())
        .onLineContaining("@Body Point point");
  }

  @Test
  void jsonCreatorChoosesTheConstructor() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Point", "public class Point {",
            "  private final int x; private final int y;",
            "  @com.fasterxml.jackson.annotation.JsonCreator",
            "  public Point(int x, int y) { this.x = x; this.y = y; }",
            "  public Point(int x) { this(x, 0); }",
            "  public int getX() { return x; }",
            "  public int getY() { return y; }",
            "}")
        .route("@Route(\"POST /points\") public String create(@Body Point point) { return \"\"; }");

    assertThat(sources.compile()).succeededWithoutWarnings();
  }

  @Test
  void publicField() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Legacy", "public class Legacy {",
            "  public String name;",
            "  public Legacy(String name) { this.name = name; }",
            "  public String getName() { return name; }",
            "}")
        .route("@Route(\"POST /legacy\") public String create(@Body Legacy legacy) { return \"\"; }");

    assertThat(sources.compile())
        .hadWarningContaining("com.example.Legacy has the public field 'name'")
        .inFile(sources.routes())
        .onLineContaining("@Body Legacy legacy");
  }

  @Test
  void innerClass() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Outer", "public class Outer {",
            "  public class Inner {",
            "    private final String name;",
            "    public Inner(String name) { this.name = name; }",
            "    public String getName() { return name; }",
            "  }",
            "}")
        .route("@Route(\"POST /inner\") public String create(@Body Outer.Inner inner) { return \"\"; }");

    assertThat(sources.compile())
        .hadWarningContaining("com.example.Outer.Inner is an inner class, which needs an enclosing instance; make it"
            + " static")
        .inFile(sources.routes())
        .onLineContaining("@Body Outer.Inner inner");
  }

  @Test
  void privateNestedType() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Wrapper", "public record Wrapper(Wrapper.Hidden hidden) {",
            "  private record Hidden(String name) {}",
            "}")
        .route("@Route(\"POST /wrappers\") public String create(@Body Wrapper wrapper) { return \"\"; }");

    assertThat(sources.compile())
        .hadWarningContaining("com.example.Wrapper.Hidden is private, or not visible from package 'com.example'")
        .inFile(sources.routes())
        .onLineContaining("@Body Wrapper wrapper");
  }

  @Test
  void charArray() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Secret", "public record Secret(char[] value) {}")
        .route("@Route(\"POST /secrets\") public String create(@Body Secret secret) { return \"\"; }");

    assertThat(sources.compile())
        .hadWarningContaining("char[] is not supported; use String")
        .inFile(sources.routes())
        .onLineContaining("@Body Secret secret");
  }

  @Test
  void twoPropertiesWithTheSameJsonName() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(String name,"
            + " @com.fasterxml.jackson.annotation.JsonProperty(\"name\") String label) {}")
        .route("@Route(\"POST /items\") public String create(@Body Item item) { return \"\"; }");

    assertThat(sources.compile())
        .hadWarningContaining("com.example.Item has two properties named 'name' in JSON")
        .inFile(sources.routes())
        .onLineContaining("@Body Item item");
  }

  @Test
  void fallbackIsReportedOncePerType() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(Object extra) {}")
        .route("@Route(\"POST /items\") public Item create(@Body Item item) { return item; }",
            "@Route(\"PUT /items\") public Item replace(@Body Item item) { return item; }");

    assertThat(sources.compile()).hadWarningCount(1);
  }

  @Test
  void withoutDatabindAFallbackIsAnError() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(Object extra) {}")
        .route("@Route(\"POST /items\") public String create(@Body Item item) { return \"\"; }");

    Compilation compilation = Sources.compiler().withClasspath(classpathWithoutDatabind()).compile(sources.all());

    assertThat(compilation)
        .hadErrorContaining("Body type com.example.Item needs jackson-databind, which is not on the classpath: field"
            + " 'extra' of com.example.Item has type java.lang.Object")
        .inFile(sources.routes())
        .onLineContaining("@Body Item item");
  }

  @Test
  void withoutDatabindGeneratedBodiesCompile() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(String name, java.util.Optional<java.time.Instant> at) {}")
        .route("@Route(\"POST /items\") public java.util.List<Item> create(@Body Item item) { return null; }");

    Compilation compilation = Sources.compiler().withClasspath(classpathWithoutDatabind()).compile(sources.all());

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** The test classpath less lift-json-databind and jackson-databind. */
  static List<File> classpathWithoutDatabind() {
    List<File> files = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("lift-json-databind") && !entry.contains("jackson-databind")) {
        files.add(new File(entry));
      }
    }
    return files;
  }

  /** An application in {@code com.example}: body types, and one handler class of routes. */
  static final class JsonFileObjects {
    private final List<JavaFileObject> types = new ArrayList<>();
    private JavaFileObject routes;

    JsonFileObjects type(String simpleName, String... lines) {
      types.add(Sources.source(PACKAGE + "." + simpleName, lines));
      return this;
    }

    JsonFileObjects route(String... members) {
      routes = Sources.handler(PACKAGE + ".Routes", members);
      return this;
    }

    JavaFileObject routes() {
      return routes;
    }

    List<JavaFileObject> types() {
      return types;
    }

    JavaFileObject[] all() {
      List<JavaFileObject> all = new ArrayList<>(types);
      all.add(Sources.app(PACKAGE));
      all.add(routes);
      return all.toArray(JavaFileObject[]::new);
    }

    Compilation compile() {
      return Sources.compile(all());
    }
  }
}
