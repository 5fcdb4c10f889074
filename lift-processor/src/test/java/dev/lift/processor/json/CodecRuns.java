package dev.lift.processor.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.google.testing.compile.Compilation;
import dev.lift.processor.GoldenFiles;
import dev.lift.runtime.json.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;

/** Running codecs the processor generated in a test: their source, and one read or write. */
final class CodecRuns {
  private static final JsonFactory JSON = new JsonFactory();

  private CodecRuns() {}

  /** The generated source at {@code path} ({@code com/example/Pair_JsonCodec.java}). */
  static String source(Compilation compilation, String path) {
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      if (file.toUri().getPath().endsWith("/SOURCE_OUTPUT/" + path)) {
        return GoldenFiles.contents(file);
      }
    }
    throw new AssertionError("not generated: " + path);
  }

  static Object read(JsonCodec<Object> codec, String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      return codec.read(parser);
    }
  }

  static String write(JsonCodec<Object> codec, Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      codec.write(generator, value);
    }
    return out.toString();
  }

  /** The compiled classes, loaded in memory by a loader that records which it defined. */
  static Loaded load(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
        classes.put(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'), bytes(file));
      }
    }
    Set<String> defined = new TreeSet<>();
    ClassLoader loader = new ClassLoader(CodecRuns.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String className) throws ClassNotFoundException {
        byte[] bytes = classes.get(className);
        if (bytes == null) {
          throw new ClassNotFoundException(className);
        }
        defined.add(className);
        return defineClass(className, bytes, 0, bytes.length);
      }
    };
    return new Loaded(loader, defined);
  }

  /** Compiled classes in memory, and the names of those loaded so far. */
  record Loaded(ClassLoader loader, Set<String> defined) {
    /** The generated codec's {@code INSTANCE}. */
    @SuppressWarnings("unchecked")
    JsonCodec<Object> codec(String name) throws Exception {
      return (JsonCodec<Object>) loader.loadClass(name).getField("INSTANCE").get(null);
    }
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
