package dev.lift.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.lift.processor.Sources.PACKAGE;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Parameters and return types the generated code cannot bind or encode. Parameter errors land on
 * the parameter's line, so each parameter below has a line of its own.
 */
class BindingDiagnosticsTest {
  @Test
  void pathVariableWithoutParameter() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users/{id}\")",
        "  public String get() { return \"\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Path variable {id} of route \"GET /users/{id}\" is not bound by any parameter of"
            + " Users.get. Add a parameter annotated @PathParam(\"id\").")
        .inFile(users)
        .onLineContaining("@Route(\"GET /users/{id}\")");
  }

  @Test
  void pathParamNamingNoVariable() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users/{id}\")",
        "  public String get(",
        "      @PathParam(\"userId\") String id) { return id; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("@PathParam(\"userId\") names no variable of route \"GET /users/{id}\";"
            + " its variables are {id}.")
        .inFile(users)
        .onLineContaining("@PathParam(\"userId\") String id");
    // The route is left out of the model, so its {id} is not reported as unbound as well.
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pathParamOnRouteWithoutVariables() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  public String list(",
        "      @PathParam String id) { return id; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("@PathParam(\"id\") names no variable of route \"GET /users\", which has none.")
        .inFile(users)
        .onLineContaining("@PathParam String id");
  }

  @Test
  void unconvertibleType() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  public String list(",
        "      @QueryParam java.util.Date since) { return \"\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Parameter 'since' of type java.util.Date cannot be bound from a query parameter."
            + " Use String, a primitive or its box, UUID, an enum, or Optional<T> or List<T> of those.")
        .inFile(users)
        .onLineContaining("@QueryParam java.util.Date since");
  }

  @Test
  void cookieBoundToList() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  public String list(",
        "      @CookieParam List<String> prefs) { return \"\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Parameter 'prefs' binds a cookie to a List: a cookie binds to one value.")
        .inFile(users)
        .onLineContaining("@CookieParam List<String> prefs");
  }

  @Test
  void optionalPathParam() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users/{id}\")",
        "  public String get(",
        "      @PathParam Optional<String> id) { return \"\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Path parameter 'id' cannot be Optional or a List: a path variable is always present")
        .inFile(users)
        .onLineContaining("@PathParam Optional<String> id");
  }

  @Test
  void parameterWithoutBinding() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  public String list(",
        "      Request request,",
        "      String filter) { return filter; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Parameter 'filter' of type java.lang.String is not bound. Annotate it with"
            + " @PathParam, @QueryParam, @HeaderParam, @CookieParam or @Body, or declare it as Request or Context.")
        .inFile(users)
        .onLineContaining("String filter");
    // Request (and Context) need no annotation.
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void severalBindingsOnOneParameter() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  public String list(",
        "      @QueryParam @HeaderParam String tenant) { return tenant; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Parameter 'tenant' has more than one binding annotation. Keep one.")
        .inFile(users)
        .onLineContaining("@QueryParam @HeaderParam String tenant");
  }

  @Test
  void twoBodies() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"POST /users\")",
        "  public String create(",
        "      @Body String first,",
        "      @Body String second) { return first; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Users.create has more than one @Body parameter. A request has one body.")
        .inFile(users)
        .onLineContaining("@Body String second");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void bodyTypeWithTypeVariable() {
    JavaFileObject users = Sources.source(PACKAGE + ".Users",
        "public class Users<T> {",
        "  @Route(\"POST /users\")",
        "  public void create(",
        "      @Body List<T> users) {}",
        "}");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Users.create reads or writes a body of type java.util.List<T>, which involves a type"
            + " variable: the generated code needs the concrete type.")
        .inFile(users)
        .onLineContaining("@Body List<T> users");
  }

  @Test
  void genericRouteMethodReturningItsTypeVariable() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  public <T> Response<T> list() { return null; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Users.list reads or writes a body of type dev.lift.runtime.http.Response<T>,"
            + " which involves a type variable")
        .inFile(users)
        .onLineContaining("public <T> Response<T> list()");
  }

  @Test
  void typeTheEntryClassCannotSee() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  private record Draft(String name) {}",
        "  @Route(\"POST /users\")",
        "  public String create(",
        "      @Body Draft draft) { return \"\"; }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Users.create uses com.example.Users.Draft, which the generated com.example.LiftApp"
            + " cannot refer to. Make the type public")
        .inFile(users)
        .onLineContaining("@Body Draft draft");
    // Reported before generation: javac never sees generated code that cannot compile.
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void packagePrivateTypeInTheEntryClassPackageIsVisible() {
    JavaFileObject draft = Sources.source(PACKAGE + ".Draft", "record Draft(String name) {}");
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"POST /users\")",
        "  public String create(@Body List<Draft> drafts) { return \"\"; }");

    assertThat(Sources.compile(Sources.app(PACKAGE), draft, users)).succeededWithoutWarnings();
  }

  @Test
  void rawResponse() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  @SuppressWarnings(\"rawtypes\")",
        "  public Response list() { return Response.ok(\"\"); }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Users.list returns a raw Response. Declare the body type: Response<User>")
        .inFile(users)
        .onLineContaining("public Response list()");
  }

  @Test
  void wildcardResponseCountsAsRaw() {
    JavaFileObject users = Sources.handler(PACKAGE + ".Users",
        "  @Route(\"GET /users\")",
        "  public Response<?> list() { return Response.ok(\"\"); }");

    Compilation compilation = Sources.compile(Sources.app(PACKAGE), users);

    assertThat(compilation)
        .hadErrorContaining("Users.list returns a raw Response.")
        .inFile(users)
        .onLineContaining("public Response<?> list()");
  }
}
