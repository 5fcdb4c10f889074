package dev.lift.processor.writing;

import static dev.lift.processor.writing.RuntimeNames.BODIES;
import static dev.lift.processor.writing.RuntimeNames.JSON;
import static dev.lift.processor.writing.RuntimeNames.CONTEXT;
import static dev.lift.processor.writing.RuntimeNames.EXCHANGE;
import static dev.lift.processor.writing.RuntimeNames.GENERATED;
import static dev.lift.processor.writing.RuntimeNames.LIFT_RUNTIME;
import static dev.lift.processor.writing.RuntimeNames.PARAMS;
import static dev.lift.processor.writing.RuntimeNames.RECOVERY;
import static dev.lift.processor.writing.RuntimeNames.REQUEST;
import static dev.lift.processor.writing.RuntimeNames.REQUEST_STREAM_HANDLER;
import static dev.lift.processor.writing.RuntimeNames.ROUTING;
import static dev.lift.processor.writing.RuntimeNames.WIRE_RESPONSE;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.lift.processor.json.JsonCodecs;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.BodyType;
import dev.lift.processor.model.Handler;
import dev.lift.processor.model.MiddlewareUse;
import dev.lift.processor.model.Parameter;
import dev.lift.processor.model.RouteMethod;
import dev.lift.processor.model.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Writes an application's entry class: a {@code RequestStreamHandler} whose {@code dispatch}
 * matches the request with generated code (a switch per path depth), binds the route method's
 * parameters, calls it and encodes the result.
 */
public final class EntryClassWriter {
  static final String PROCESSOR = "dev.lift.processor.LiftProcessor";

  private final Application application;
  private final Elements elements;
  private final List<RouteMethod> routes;
  private final NameAllocator classNames = new NameAllocator();
  /** Fields of the instances the init creates: handlers, middleware, owners of providers. */
  private final Map<TypeElement, String> instanceFields = new LinkedHashMap<>();
  private final Map<RouteMethod, String> routeMethodNames = new LinkedHashMap<>();
  private final Map<TypeElement, CodeBlock> scopeRecovery = new LinkedHashMap<>();
  /** Fields of middleware applied by binding annotations, by {@code MiddlewareUse.instanceKey()}. */
  private final Map<String, String> boundFields = new LinkedHashMap<>();
  private final LayerWriter layers = new LayerWriter(instanceFields, boundFields);
  private final CodecWriter codecs;
  /** The event side of the entry class, when the application has event handlers. */
  private final EventDispatchWriter events;
  /** The application-level recovery call, once {@link #writeRecovery} has run. */
  private CodeBlock applicationRecovery;

  private static final CodeBlock RECOVER_ROUTE = CodeBlock.of("recover(route, exchange, error)");

  public EntryClassWriter(Application application, JsonCodecs json, Elements elements) {
    this.application = application;
    this.elements = elements;
    List<RouteMethod> sorted = new ArrayList<>(application.routes());
    sorted.sort(Comparator.comparing((RouteMethod r) -> r.pattern().path()).thenComparing(r -> r.pattern().method()));
    this.routes = List.copyOf(sorted);
    // Parameter and local names too: a field of that name would be hidden by them; and the methods
    // the entry class inherits from LiftRuntime.
    for (String reserved : List.of("runtime", "handleRequest", "handle", "started", "dispatch", "match", "route",
        "routePattern", "recover", "primeRouting", "beforeCheckpoint", "afterRestore", "readBody", "writeBody",
        "Codecs", "request", "context",
        "exchange", "response", "error", "step")) {
      classNames.newName(reserved, reserved);
    }
    this.codecs = new CodecWriter(application.entryClass().nestedClass("Codecs"), json, jsonBodyTypes(routes), classNames);
    this.events = application.events().isEmpty()
        ? null
        : new EventDispatchWriter(application, classNames, instanceFields, boundFields, codecs);
  }

  /** The JSON body types the routes read and write, in route order. */
  private static List<TypeMirror> jsonBodyTypes(List<RouteMethod> routes) {
    List<TypeMirror> types = new ArrayList<>();
    for (RouteMethod route : routes) {
      for (Parameter parameter : route.parameters()) {
        if (parameter.source() == Parameter.Source.BODY && parameter.body().orElseThrow().form() == BodyType.Form.JSON) {
          types.add(parameter.body().orElseThrow().type());
        }
      }
      if (route.returns().body().form() == BodyType.Form.JSON) {
        types.add(route.returns().body().type());
      }
    }
    return types;
  }

  public JavaFile write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(application.entryClass())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(LIFT_RUNTIME)
        .addSuperinterface(REQUEST_STREAM_HANDLER)
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
        .addJavadoc(classJavadoc())
        .addOriginatingElement(application.element());
    for (Handler handler : application.handlers()) {
      type.addOriginatingElement(handler.element());
    }
    application.events().forEach(event -> type.addOriginatingElement(event.owner()));
    AnnotationLiterals literals = new AnnotationLiterals(elements, classNames, application.entryClass());
    MethodSpec constructor = new InitWriter(application, classNames, instanceFields, boundFields, literals).write(type);
    if (events != null) {
      events.writeFields(type);
    }
    type.addMethod(constructor);
    type.addMethod(handleRequest(events != null));
    type.addMethod(dispatch());
    routeSwitch().forEach(type::addMethod);
    routePatterns().forEach(type::addMethod);
    new MatcherWriter(routes).write(type);
    writeRecovery(type);
    for (RouteMethod route : routes) {
      routeMethod(route).forEach(type::addMethod);
    }
    if (events != null) {
      events.writeMethods(type);
    }
    codecs.writeEntryMembers(type);
    codecs.write().ifPresent(type::addType);
    literals.write().forEach(type::addType);
    return JavaFile.builder(application.entryClass().packageName(), type.build())
        .addFileComment("Generated by Lift from $L. Do not edit: change the annotated sources instead.",
            application.element().getQualifiedName())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private CodeBlock classJavadoc() {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Lambda entry point of {@link $T}. Configure the function's handler as\n", application.element())
        .add("{@code $L::handleRequest}.\n\n", application.entryClass().canonicalName())
        .add("<pre>\nRoute table ($L routes):\n", routes.size());
    int width = routes.stream().mapToInt(r -> r.pattern().path().length()).max().orElse(0);
    for (int i = 0; i < routes.size(); i++) {
      RouteMethod route = routes.get(i);
      doc.add("  $L $L $L\n", pad(String.valueOf(i), 3), pad(route.pattern().method(), 7) + " "
          + Comments.safe(pad(route.pattern().path(), width)), target(route));
    }
    doc.add("</pre>\n");
    if (events != null) {
      doc.add(events.javadoc());
    }
    return doc.build();
  }

  /**
   * Serves the event as an HTTP event ({@code LiftRuntime.handle}, the entry class's superclass),
   * or hands it to {@code events}, which also serves HTTP.
   */
  private static MethodSpec handleRequest(boolean events) {
    return MethodSpec.methodBuilder("handleRequest")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(InputStream.class, "input")
        .addParameter(OutputStream.class, "output")
        .addParameter(CONTEXT, "context")
        .addException(IOException.class)
        .addStatement("$Lhandle(input, output, context)", events ? "events." : "")
        .build();
  }

  /** Matches, then runs the application's middleware around the matched route (or the 404/405). */
  private MethodSpec dispatch() {
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T request = exchange.request()", REQUEST)
        .addStatement("int route = match(request.methodCode(), request)");
    if (answersUnmatchedDirectly()) {
      body.beginControlFlow("if (route < 0)")
          .add("// No route: 404, or 405 when the path matched under other methods. No middleware or\n")
          .add("// @Recover of the application could see the error, so it is answered without throwing.\n")
          .addStatement("return $T.unmatchedResponse(exchange, route)", ROUTING)
          .endControlFlow();
    }
    body.addStatement("exchange.matched(this, route)")
        .addStatement("$T response", WIRE_RESPONSE)
        .beginControlFlow("try");
    if (!application.middleware().isEmpty()) {
      body.add("// Application middleware: $L\n", LayerWriter.describe(application.middleware()));
    }
    layers.write(body, application.middleware(), CodeBlock.builder()
        .addStatement("response = route(route, $Lrequest)", anyNeedsExchange(0, routes.size()) ? "exchange, " : "")
        .build(), RECOVER_ROUTE);
    body.nextControlFlow("catch ($T error)", Throwable.class)
        .addStatement("response = $L", RECOVER_ROUTE)
        .endControlFlow()
        .addStatement("return response");
    return MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(WIRE_RESPONSE)
        .addParameter(EXCHANGE, "exchange")
        .addCode(body.build())
        .build();
  }

  /**
   * Applications without middleware or {@code @Recover} methods of their own answer a request no
   * route matches before the route switch, without an exception: nothing could observe one.
   */
  private boolean answersUnmatchedDirectly() {
    return application.middleware().isEmpty() && application.recovers().isEmpty();
  }

  /**
   * Whether a route's method needs the exchange: for its middleware, or for a parameter that is the
   * exchange or the Lambda context. Routes that do not get only the request, so that on their path
   * the exchange is never handed to a method too large to inline, and the JIT's escape analysis can
   * drop its allocation.
   */
  private boolean needsExchange(RouteMethod route) {
    if (!application.handlerOf(route).middleware().isEmpty() || !route.middleware().isEmpty()) {
      return true;
    }
    for (Parameter parameter : route.parameters()) {
      if (parameter.source() == Parameter.Source.CONTEXT || parameter.source() == Parameter.Source.EXCHANGE
          || parameter.source() == Parameter.Source.EXCHANGE_VALUE) {
        return true;
      }
    }
    return false;
  }

  /** Whether any route numbered {@code from} (inclusive) to {@code to} (exclusive) needs the exchange. */
  private boolean anyNeedsExchange(int from, int to) {
    for (int i = from; i < to; i++) {
      if (needsExchange(routes.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * HotSpot compiles no method over 8,000 bytes of bytecode, so a route switch of a large table is
   * split into methods of {@value #ROUTES_PER_METHOD} cases behind a switch on the block number.
   */
  private static final int ROUTES_PER_METHOD = 128;

  /** The switch from route number to route method; each case says what the route runs. */
  private List<MethodSpec> routeSwitch() {
    List<CodeBlock> cases = new ArrayList<>();
    for (int i = 0; i < routes.size(); i++) {
      RouteMethod route = routes.get(i);
      String name = classNames.newName(routeMethodName(route), route);
      routeMethodNames.put(route, name);
      cases.add(CodeBlock.builder()
          .add("case $L: // $L\n", i, Comments.safe(route.pattern().toString())).indent()
          .add("// runs: $L\n", Comments.safe(runs(route)))
          .addStatement("return $L($Lrequest)", name, needsExchange(route) ? "exchange, " : "").unindent().build());
    }
    CodeBlock unmatched = answersUnmatchedDirectly()
        ? CodeBlock.builder()
            .add("// Not reached: dispatch answers requests no route matches.\n")
            .addStatement("throw $T.unmatched(request, route)", ROUTING).build()
        : CodeBlock.builder()
            .add("// No route: 404, or 405 when the path matched under other methods.\n")
            .addStatement("throw $T.unmatched(request, route)", ROUTING).build();
    return switchMethods(cases, unmatched, "route", new Signature() {
      @Override
      public MethodSpec.Builder of(int from, int to) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("template")
            .addModifiers(Modifier.PRIVATE)
            .returns(WIRE_RESPONSE)
            .addParameter(int.class, "route");
        if (anyNeedsExchange(from, to)) {
          method.addParameter(EXCHANGE, "exchange");
        }
        return method.addParameter(REQUEST, "request").addException(Exception.class);
      }

      @Override
      public String arguments(int from, int to) {
        return anyNeedsExchange(from, to) ? "exchange, request" : "request";
      }
    });
  }

  /** The signature and call arguments of a switch method over the routes {@code from} to {@code to}. */
  private interface Signature {
    MethodSpec.Builder of(int from, int to);

    String arguments(int from, int to);
  }

  /**
   * Route number to its pattern, for {@code exchange.route()}: a switch of constants, nothing built
   * at start, and looked up only when someone asks (the dispatcher records the number).
   */
  private List<MethodSpec> routePatterns() {
    List<CodeBlock> cases = new ArrayList<>();
    for (int i = 0; i < routes.size(); i++) {
      cases.add(CodeBlock.builder().add("case $L:\n", i).indent()
          .addStatement("return $S", routes.get(i).pattern().toString()).unindent().build());
    }
    List<MethodSpec> methods = switchMethods(cases, CodeBlock.builder().addStatement("return null").build(),
        "routePattern", new Signature() {
          @Override
          public MethodSpec.Builder of(int from, int to) {
            return MethodSpec.methodBuilder("template")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(int.class, "route");
          }

          @Override
          public String arguments(int from, int to) {
            return "";
          }
        });
    // The first is the entry point: the override of LiftRuntime.routePattern.
    MethodSpec entry = methods.get(0);
    methods.set(0, MethodSpec.methodBuilder(entry.name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(entry.returnType)
        .addParameters(entry.parameters)
        .addCode(entry.code)
        .build());
    return methods;
  }

  /**
   * {@code switch (route)} over {@code cases}, in one method named {@code name} or, for large
   * tables, one per block of {@link #ROUTES_PER_METHOD} routes behind {@code name}.
   */
  private List<MethodSpec> switchMethods(List<CodeBlock> cases, CodeBlock otherwise, String name, Signature signature) {
    List<MethodSpec> methods = new ArrayList<>();
    if (cases.size() <= ROUTES_PER_METHOD) {
      methods.add(rename(signature.of(0, cases.size()), name).addCode(switchOver(cases, otherwise)).build());
      return methods;
    }
    CodeBlock.Builder blocks = CodeBlock.builder().beginControlFlow("switch (route / $L)", ROUTES_PER_METHOD);
    for (int block = 0; block * ROUTES_PER_METHOD < cases.size(); block++) {
      String blockName = classNames.newName(name + "Block" + block, name + "$block" + block);
      int from = block * ROUTES_PER_METHOD;
      int to = Math.min(cases.size(), (block + 1) * ROUTES_PER_METHOD);
      String arguments = signature.arguments(from, to);
      blocks.add("case $L:\n", block).indent()
          .addStatement("return $L(route$L)", blockName, arguments.isEmpty() ? "" : ", " + arguments).unindent();
      methods.add(rename(signature.of(from, to), blockName).addCode(switchOver(cases.subList(from, to), otherwise))
          .build());
    }
    blocks.add("default:\n").indent().add(otherwise).unindent().endControlFlow();
    methods.add(0, rename(signature.of(0, cases.size()), name).addCode(blocks.build()).build());
    return methods;
  }

  private static MethodSpec.Builder rename(MethodSpec.Builder builder, String name) {
    MethodSpec template = builder.build();
    return MethodSpec.methodBuilder(name).addModifiers(template.modifiers)
        .returns(template.returnType).addParameters(template.parameters).addExceptions(template.exceptions);
  }

  private static CodeBlock switchOver(List<CodeBlock> cases, CodeBlock otherwise) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (route)");
    cases.forEach(body::add);
    return body.add("default:\n").indent().add(otherwise).unindent().endControlFlow().build();
  }

  /**
   * {@code recover(route, exchange, error)} picks the route's scope; one method per scope with
   * {@code @Recover} methods, the application's last.
   */
  private void writeRecovery(TypeSpec.Builder type) {
    RecoveryWriter writer = new RecoveryWriter(instanceFields);
    CodeBlock standard = CodeBlock.of("$T.standard(exchange, error)", RECOVERY);
    CodeBlock applicationLevel = standard;
    if (!application.recovers().isEmpty()) {
      type.addMethod(writer.write("recoverApplication", "every route", application.recovers(), standard));
      applicationLevel = CodeBlock.of("recoverApplication(exchange, error)");
    }
    CodeBlock.Builder body = CodeBlock.builder();
    boolean anyClassScope = false;
    for (Handler handler : application.handlers()) {
      if (handler.recovers().isEmpty()) {
        continue;
      }
      anyClassScope = true;
      String name = classNames.newName("recover" + handler.element().getSimpleName(), handler);
      scopeRecovery.put(handler.element(), CodeBlock.of("$L(exchange, error)", name));
      type.addMethod(writer.write(name, "the routes of {@link " + handler.element().getSimpleName() + "}",
          handler.recovers(), applicationLevel));
      List<String> cases = new ArrayList<>();
      for (int i = 0; i < routes.size(); i++) {
        if (handler.routes().contains(routes.get(i))) {
          cases.add("case " + i + ":");
        }
      }
      if (!cases.isEmpty()) {
        body.add("$L // $L\n", String.join(" ", cases), handler.element().getSimpleName()).indent()
            .addStatement("return $L(exchange, error)", name).unindent();
      }
    }
    this.applicationRecovery = applicationLevel;
    CodeBlock.Builder method = CodeBlock.builder();
    if (anyClassScope) {
      method.beginControlFlow("switch (route)").add(body.build())
          .add("default:\n").indent().addStatement("return $L", applicationLevel).unindent()
          .endControlFlow();
    } else {
      method.addStatement("return $L", applicationLevel);
    }
    type.addMethod(MethodSpec.methodBuilder("recover")
        .addJavadoc("Turns an exception of the given route (or of matching: -1 and below) into a response.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(WIRE_RESPONSE)
        .addParameter(int.class, "route")
        .addParameter(EXCHANGE, "exchange")
        .addParameter(Throwable.class, "error")
        .addCode(method.build())
        .build());
  }

  /** {@code RequestIdMiddleware > AuthMiddleware > UserRoutes.get}: what a route runs, in order. */
  private String runs(RouteMethod route) {
    List<MiddlewareUse> sequence = application.middlewareOf(route);
    return sequence.isEmpty() ? target(route) : LayerWriter.describe(sequence) + " > " + target(route);
  }

  /**
   * The route's method: with class or route middleware, the layers around a second method that
   * binds, calls and encodes; without, that binding code itself.
   */
  private List<MethodSpec> routeMethod(RouteMethod route) {
    List<MiddlewareUse> own = new ArrayList<>(application.handlerOf(route).middleware());
    own.addAll(route.middleware());
    String name = routeMethodNames.get(route);
    if (own.isEmpty()) {
      return List.of(routeMethodBuilder(name, route).addCode(call(route)).build());
    }
    String callName = classNames.newName("call" + capitalize(name), name + "$call");
    CodeBlock.Builder body = CodeBlock.builder()
        .add("// $L middleware: $L\n", route.middleware().isEmpty() ? "Class"
                : route.middleware().size() == own.size() ? "Route" : "Class and route",
            LayerWriter.describe(own))
        .addStatement("$T response", WIRE_RESPONSE);
    CodeBlock recover = scopeRecovery.getOrDefault((TypeElement) route.element().getEnclosingElement(),
        applicationRecovery);
    layers.write(body, own, CodeBlock.builder().addStatement("response = $L(exchange, request)", callName).build(),
        recover);
    body.addStatement("return response");
    return List.of(
        routeMethodBuilder(name, route).addCode(body.build()).build(),
        routeMethodBuilder(callName, route).addCode(call(route)).build());
  }

  private MethodSpec.Builder routeMethodBuilder(String name, RouteMethod route) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc("$L: {@link $T#$L}.\n", Comments.safe(route.pattern().toString()),
            route.element().getEnclosingElement(), route.element().getSimpleName())
        .addModifiers(Modifier.PRIVATE)
        .returns(WIRE_RESPONSE);
    if (needsExchange(route)) {
      method.addParameter(EXCHANGE, "exchange");
    }
    return method.addParameter(REQUEST, "request").addException(Exception.class);
  }

  /** Binds the parameters, calls the route method and encodes its result. */
  private CodeBlock call(RouteMethod route) {
    NameAllocator locals = new NameAllocator();
    for (String taken : namesLocalsMustNotHide(route)) {
      locals.newName(taken, taken);
    }
    CodeBlock.Builder body = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (Parameter parameter : route.parameters()) {
      switch (parameter.source()) {
        case REQUEST:
          arguments.add(CodeBlock.of("request"));
          break;
        case CONTEXT:
          arguments.add(CodeBlock.of("exchange.context()"));
          break;
        case EXCHANGE:
          arguments.add(CodeBlock.of("exchange"));
          break;
        case EXCHANGE_VALUE:
          arguments.add(CodeBlock.of("$T.$L(exchange)",
              TypeName.get(parameter.element().asType()), parameter.name()));
          break;
        default:
          String local = locals.newName(parameter.javaName(), parameter);
          body.addStatement("$T $L = $L", TypeName.get(parameter.element().asType()), local, bind(parameter));
          arguments.add(CodeBlock.of("$L", local));
      }
    }
    CodeBlock call = CodeBlock.of("$L.$L($L)", receiver(route), route.element().getSimpleName(),
        CodeBlock.join(arguments, ", "));
    return body.add(encode(route, call)).build();
  }

  /**
   * The method's parameters and what its body refers to by simple name: a local named {@code users}
   * would hide the handler field {@code users} that the call goes through.
   */
  private Set<String> namesLocalsMustNotHide(RouteMethod route) {
    Set<String> names = new LinkedHashSet<>(List.of("request", "context", "exchange", "Codecs"));
    names.addAll(instanceFields.values());
    names.addAll(boundFields.values());
    names.add(ClassName.get((TypeElement) route.element().getEnclosingElement()).simpleNames().get(0));
    for (ClassName runtimeType : List.of(PARAMS, BODIES, WIRE_RESPONSE, JSON)) {
      names.add(runtimeType.simpleName());
    }
    return names;
  }

  private CodeBlock receiver(RouteMethod route) {
    TypeElement owner = (TypeElement) route.element().getEnclosingElement();
    return route.isStatic() ? CodeBlock.of("$T", owner) : CodeBlock.of("$L", instanceFields.get(owner));
  }

  private CodeBlock bind(Parameter parameter) {
    if (parameter.source() == Parameter.Source.BODY) {
      return bindBody(parameter.body().orElseThrow());
    }
    return new BindingWriter(parameter).expression();
  }

  private CodeBlock bindBody(BodyType body) {
    String suffix = body.optional() ? "optional" : "";
    switch (body.form()) {
      // Required bodies without Bodies, and JSON through Json, which the codecs load anyway: each
      // class a cold start loads costs it about 0.3 ms.
      case TEXT:
        return body.optional() ? CodeBlock.of("$T.optionalText(request)", BODIES) : CodeBlock.of("request.bodyText()");
      case BINARY:
        return body.optional() ? CodeBlock.of("$T.optionalBytes(request)", BODIES) : CodeBlock.of("request.body()");
      default:
        return CodeBlock.of("$T.$L(request, $L)", JSON, suffix.isEmpty() ? "body" : "optionalBody",
            codecs.readArguments(body.type()));
    }
  }

  private CodeBlock encode(RouteMethod route, CodeBlock call) {
    BodyType body = route.returns().body();
    boolean wrapped = route.returns().wrapped();
    switch (body.form()) {
      case EMPTY:
        return wrapped
            ? CodeBlock.builder().addStatement("return $T.withoutBody($L)", WIRE_RESPONSE, call).build()
            : CodeBlock.builder().addStatement("$L", call).addStatement("return $T.noContent()", WIRE_RESPONSE).build();
      case TEXT:
        return CodeBlock.builder().addStatement("return $T.$L($L)", WIRE_RESPONSE, wrapped ? "ofText" : "text", call).build();
      case BINARY:
        return CodeBlock.builder().addStatement("return $T.$L($L)", WIRE_RESPONSE, wrapped ? "ofBinary" : "binary", call).build();
      default:
        return CodeBlock.builder().addStatement("return $T.$L($L, $L)", WIRE_RESPONSE, wrapped ? "of" : "json", call,
            codecs.writeArguments(body.type())).build();
    }
  }

  static String target(RouteMethod route) {
    return route.displayName();
  }

  /** {@code GET /users/{id}} becomes {@code getUsersId}; {@code GET /} becomes {@code getRoot}. */
  private static String routeMethodName(RouteMethod route) {
    StringBuilder name = new StringBuilder(route.pattern().method().toLowerCase(Locale.ROOT));
    if (route.pattern().segments().isEmpty()) {
      name.append("Root");
    }
    for (Segment segment : route.pattern().segments()) {
      name.append(camel(segment.text()));
    }
    return name.toString();
  }

  static String camel(String text) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 0x80) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    return out.toString();
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.toString();
  }
}
