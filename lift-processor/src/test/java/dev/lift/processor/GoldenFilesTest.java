package dev.lift.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The entry class generated for the representative application, compared with its golden file. */
class GoldenFilesTest {
  @Test
  void shopApplicationMatchesGoldenFiles() {
    Compilation compilation = Sources.compiler().compile(ShopApplication.sources());

    assertThat(compilation).succeeded();
    GoldenFiles.assertMatchGolden(compilation, ShopApplication.PACKAGE);
  }

  @Test
  void eventsApplicationMatchesGoldenFiles() {
    Compilation compilation = Sources.compiler().compile(EventsApplication.sources());

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatchGolden(compilation, EventsApplication.PACKAGE);
  }

  @Test
  void eventsApplicationInAnotherOrderGeneratesIdenticalBytes() {
    List<JavaFileObject> reversed = new ArrayList<>(EventsApplication.sources());
    Collections.reverse(reversed);

    Compilation first = Sources.compiler().compile(EventsApplication.sources());
    Compilation second = Sources.compiler().compile(reversed);

    assertWithMessage("generated entry class, compiled from sources in reverse order")
        .that(GoldenFiles.contents(second.generatedSourceFile(EventsApplication.ENTRY_CLASS).orElseThrow()))
        .isEqualTo(GoldenFiles.contents(first.generatedSourceFile(EventsApplication.ENTRY_CLASS).orElseThrow()));
  }

  @Test
  void sameSourcesInAnotherOrderGenerateIdenticalBytes() {
    List<JavaFileObject> reversed = new ArrayList<>(ShopApplication.sources());
    Collections.reverse(reversed);

    Compilation first = Sources.compiler().compile(ShopApplication.sources());
    Compilation second = Sources.compiler().compile(reversed);

    assertThat(first).succeeded();
    assertThat(second).succeeded();
    assertWithMessage("generated entry class, compiled from sources in reverse order")
        .that(entryClass(second))
        .isEqualTo(entryClass(first));
  }

  private static String entryClass(Compilation compilation) {
    return GoldenFiles.contents(compilation.generatedSourceFile(ShopApplication.ENTRY_CLASS).orElseThrow());
  }
}
