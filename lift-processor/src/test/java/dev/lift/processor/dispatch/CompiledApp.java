package dev.lift.processor.dispatch;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.lift.processor.LiftProcessor;
import dev.lift.runtime.LiftRuntime;
import dev.lift.runtime.http.EventKind;
import dev.lift.runtime.http.Exchange;
import dev.lift.runtime.http.Request;
import dev.lift.runtime.http.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A route table compiled with the processor and loaded, so that requests go through the
 * generated {@code dispatch}. Compiling takes most of a second, so the last few tables are kept:
 * while jqwik shrinks the requests of a failing try, the table stays the same.
 */
final class CompiledApp {
  private static final int CACHED = 8;
  private static final Map<RouteTable, CompiledApp> RECENT =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<RouteTable, CompiledApp> eldest) {
          return size() > CACHED;
        }
      };

  private final LiftRuntime dispatcher;

  private CompiledApp(LiftRuntime dispatcher) {
    this.dispatcher = dispatcher;
  }

  static synchronized CompiledApp of(RouteTable table) {
    CompiledApp app = RECENT.get(table);
    if (app == null) {
      app = compile(table);
      RECENT.put(table, app);
    }
    return app;
  }

  private static CompiledApp compile(RouteTable table) {
    Compilation compilation = Compiler.javac().withProcessors(new LiftProcessor()).compile(table.sources());
    if (compilation.status() != Compilation.Status.SUCCESS) {
      throw new AssertionError("The processor did not compile the route table " + table + ":\n"
          + compilation.diagnostics());
    }
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        classes.put(binaryName(file), bytes(file));
      }
    }
    try {
      Class<?> entry = new InMemoryClassLoader(classes).loadClass(RouteTable.ENTRY_CLASS);
      return new CompiledApp((LiftRuntime) entry.getConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Cannot instantiate " + RouteTable.ENTRY_CLASS, e);
    }
  }

  /** Dispatches a request with no body, headers or query, as API Gateway v2 would. */
  Outcome dispatch(String method, String path) {
    Request request = Request.builder(EventKind.API_GATEWAY_V2, method, path).build();
    try {
      // Routing errors come back as error responses: the generated code recovers them itself.
      WireResponse response = dispatcher.dispatch(new Exchange(request, null));
      if (response.status() == 405) {
        return Outcome.notAllowed(response.headers().get("Allow").get(0));
      }
      return response.status() == 200 ? Outcome.routed(response.body()) : Outcome.error(response.status());
    } catch (Exception e) {
      throw new AssertionError(method + " " + path + " threw", e);
    }
  }

  /** {@code /CLASS_OUTPUT/app/more/Handler2.class} is {@code app.more.Handler2}. */
  private static String binaryName(JavaFileObject file) {
    String path = file.toUri().getPath();
    String root = "/CLASS_OUTPUT/";
    String relative = path.substring(path.indexOf(root) + root.length());
    return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the compiled classes; the runtime and annotations come from the test's class path. */
  private static final class InMemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    InMemoryClassLoader(Map<String, byte[]> classes) {
      super(CompiledApp.class.getClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
