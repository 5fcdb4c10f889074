package dev.lift.processor.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.lift.processor.GoldenFiles;
import dev.lift.processor.Sources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The codecs generated for the representative JSON application, compared with their golden files
 * ({@code mvn -pl lift-processor test -Dlift.golden.update=true} rewrites them), and the hygiene
 * every generated codec keeps: byte-identical output whatever the order of the sources, no lint
 * warnings, no reflection.
 */
class JsonCodecGoldenFilesTest {
  @Test
  void codecsMatchGoldenFiles() {
    Compilation compilation = Sources.compiler().compile(JsonApplication.sources());

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatchGolden(compilation, JsonApplication.MODEL);
  }

  @Test
  void sameSourcesInAnotherOrderGenerateIdenticalCodecs() {
    List<JavaFileObject> reversed = new ArrayList<>(JsonApplication.sources());
    Collections.reverse(reversed);

    Map<String, String> first = generated(Sources.compiler().compile(JsonApplication.sources()));
    Map<String, String> second = generated(Sources.compiler().compile(reversed));

    assertThat(first).isNotEmpty();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void codecsCompileWithoutLintWarnings() {
    Compilation compilation = Sources.compiler().withOptions("-Xlint:all").compile(JsonApplication.sources());

    assertThat(compilation).succeeded();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      if (!"compiler.warn.proc.annotations.without.processors".equals(warning.getCode())) {
        warnings.add(warning.getSource() + ":" + warning.getLineNumber() + ": " + warning.getMessage(Locale.ROOT));
      }
    }
    assertWithMessage("warnings under -Xlint:all").that(warnings).isEmpty();
  }

  @Test
  void codecsUseNoReflection() {
    Map<String, String> codecs = generated(Sources.compiler().compile(JsonApplication.sources()));

    assertThat(codecs.keySet()).contains("/SOURCE_OUTPUT/com/example/json/model/Account_JsonCodec.java");
    for (Map.Entry<String, String> codec : codecs.entrySet()) {
      for (String reflective : List.of("java.lang.reflect", "Class.forName", "getMethod(", "getDeclaredConstructor(",
          "setAccessible(", "MethodHandles", "ObjectMapper", "DatabindCodec")) {
        assertWithMessage("%s in %s", reflective, codec.getKey()).that(codec.getValue()).doesNotContain(reflective);
      }
    }
  }

  private static Map<String, String> generated(Compilation compilation) {
    assertThat(compilation).succeeded();
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      sources.put(file.toUri().getPath(), GoldenFiles.contents(file));
    }
    return sources;
  }
}
