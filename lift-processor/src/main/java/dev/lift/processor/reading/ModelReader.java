package dev.lift.processor.reading;

import static dev.lift.processor.base.Annotations.BODY;
import static dev.lift.processor.base.Annotations.COOKIE_PARAM;
import static dev.lift.processor.base.Annotations.HEADER_PARAM;
import static dev.lift.processor.base.Annotations.PATH_PARAM;
import static dev.lift.processor.base.Annotations.QUERY_PARAM;
import static dev.lift.processor.base.Annotations.ROUTE;

import com.squareup.javapoet.ClassName;
import dev.lift.processor.base.Annotations;
import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.BodyType;
import dev.lift.processor.model.Handler;
import dev.lift.processor.model.Hook;
import dev.lift.processor.model.MiddlewareUse;
import dev.lift.processor.model.Parameter;
import dev.lift.processor.model.Provider;
import dev.lift.processor.model.RecoverMethod;
import dev.lift.processor.model.ReturnShape;
import dev.lift.processor.model.RouteMethod;
import dev.lift.processor.model.RoutePattern;
import dev.lift.processor.model.Segment;
import dev.lift.processor.model.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @LiftApplication} classes and {@code @Route} methods into the model, reporting
 * what cannot be read (malformed routes, unbindable parameters). Rules that look across the model
 * are in the validation package.
 */
public final class ModelReader {
  private static final List<String> BINDINGS = List.of(PATH_PARAM, QUERY_PARAM, HEADER_PARAM, COOKIE_PARAM, BODY);

  private final Reporter reporter;
  private final TypeReader types;
  private final Elements elements;

  public ModelReader(Reporter reporter, TypeReader types) {
    this.reporter = reporter;
    this.types = types;
    this.elements = types.env().getElementUtils();
  }

  /** Whether any route method of these handlers uses a type that does not resolve (yet). */
  /**
   * The methods and constructors the generated code calls whose signatures use types that do not
   * resolve yet (another processor may generate them in a later round): route methods and the
   * constructors of handlers, and the {@code @PreWarm} providers and hooks of wiring classes with
   * the constructors of their owners.
   */
  public List<ExecutableElement> unresolved(List<TypeElement> handlers, List<TypeElement> wiring) {
    List<ExecutableElement> calls = new ArrayList<>();
    for (TypeElement handler : handlers) {
      calls.addAll(routeMethods(handler));
      WiringReader.constructor(handler).ifPresent(calls::add);
    }
    for (TypeElement type : wiring) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (Annotations.find(method, Annotations.PRE_WARM).isPresent()
            || Annotations.find(method, Annotations.BEFORE_CHECKPOINT).isPresent()
            || Annotations.find(method, Annotations.AFTER_RESTORE).isPresent()) {
          calls.add(method);
        }
      }
      WiringReader.constructor(type).ifPresent(calls::add);
    }
    List<ExecutableElement> unresolved = new ArrayList<>();
    for (ExecutableElement call : calls) {
      boolean error = types.hasErrors(call.getReturnType());
      for (VariableElement parameter : call.getParameters()) {
        error |= types.hasErrors(parameter.asType());
      }
      if (error && !unresolved.contains(call)) {
        unresolved.add(call);
      }
    }
    return unresolved;
  }

  /**
   * Assigns each handler to the nearest application by package and reads them all.
   *
   * @param applications classes annotated {@code @LiftApplication}
   * @param handlers classes declaring {@code @Route} methods
   * @param wiring classes declaring {@code @PreWarm}, {@code @BeforeCheckpoint} or {@code @AfterRestore}
   *     methods
   */
  public List<Application> read(List<TypeElement> applications, List<TypeElement> handlers,
      List<TypeElement> wiring) {
    Map<String, TypeElement> byPackage = new TreeMap<>();
    for (TypeElement application : sortedByName(applications)) {
      String pkg = packageOf(application);
      TypeElement previous = byPackage.putIfAbsent(pkg, application);
      if (previous != null) {
        reporter.error(
            Messages.twoApplications(pkg, previous.getQualifiedName().toString(),
                application.getQualifiedName().toString()),
            application, Annotations.find(application, Annotations.APPLICATION).orElseThrow());
      }
    }
    Map<TypeElement, List<Handler>> handlersByApplication = new LinkedHashMap<>();
    for (TypeElement handler : sortedByName(handlers)) {
      Optional<TypeElement> owner = owner(packageOf(handler), byPackage);
      if (owner.isEmpty()) {
        reporter.error(Messages.noApplication(handler.getQualifiedName().toString(), packageOf(handler)), handler);
        continue;
      }
      handlersByApplication.computeIfAbsent(owner.get(), k -> new ArrayList<>()).add(readHandler(handler));
    }
    for (TypeElement application : byPackage.values()) {
      AnnotationMirror mirror = Annotations.find(application, Annotations.APPLICATION).orElseThrow();
      for (Map.Entry<TypeElement, AnnotationValue> included : included(application).entrySet()) {
        reporter.included(included.getKey(), application, mirror, included.getValue());
        handlersByApplication.computeIfAbsent(application, k -> new ArrayList<>())
            .add(readHandler(included.getKey()));
      }
    }
    Map<TypeElement, List<Provider>> providers = new LinkedHashMap<>();
    Map<TypeElement, List<Hook>> hooks = new LinkedHashMap<>();
    for (TypeElement type : sortedByName(wiring)) {
      Optional<TypeElement> owner = owner(packageOf(type), byPackage);
      if (owner.isEmpty() && !byPackage.isEmpty()) {
        // Without any application in the compilation this is a library of resources: nothing to say.
        reporter.warning(Messages.wiringOutsideApplications(type.getQualifiedName().toString(), packageOf(type)), type);
      }
      owner.ifPresent(application -> {
        providers.computeIfAbsent(application, k -> new ArrayList<>()).addAll(WiringReader.providers(type));
        hooks.computeIfAbsent(application, k -> new ArrayList<>()).addAll(WiringReader.hooks(type));
      });
    }
    List<Application> result = new ArrayList<>();
    for (TypeElement application : byPackage.values()) {
      List<Handler> owned = handlersByApplication.getOrDefault(application, List.of());
      entryClass(application).ifPresent(entry -> result.add(new Application(application, entry, owned,
          MiddlewareReader.read(application, MiddlewareUse.Scope.APPLICATION, elements),
          MiddlewareReader.recovers(application),
          providers.getOrDefault(application, List.of()),
          hooks.getOrDefault(application, List.of()))));
    }
    return result;
  }

  /** Handler classes from libraries named in {@code @LiftApplication(include = ...)}. */
  /** The classes named in {@code include}, each with its class literal (where diagnostics about it go). */
  private static Map<TypeElement, AnnotationValue> included(TypeElement application) {
    Map<TypeElement, AnnotationValue> included = new LinkedHashMap<>();
    AnnotationMirror mirror = Annotations.find(application, Annotations.APPLICATION).orElseThrow();
    Annotations.explicitValue(mirror, "include").ifPresent(value -> {
      Object raw = value.getValue();
      List<?> literals = raw instanceof List ? (List<?>) raw : List.of(value);
      for (Object literal : literals) {
        Object type = ((AnnotationValue) literal).getValue();
        if (type instanceof DeclaredType) {
          included.putIfAbsent((TypeElement) ((DeclaredType) type).asElement(), (AnnotationValue) literal);
        }
      }
    });
    return included;
  }

  private Optional<ClassName> entryClass(TypeElement application) {
    AnnotationMirror mirror = Annotations.find(application, Annotations.APPLICATION).orElseThrow();
    String name = Annotations.stringValue(mirror, "handlerName");
    if (name.isEmpty()) {
      name = "Lift" + application.getSimpleName();
    } else if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      reporter.error(Messages.invalidHandlerName(name), application, mirror,
          Annotations.explicitValue(mirror, "handlerName").orElseThrow());
      return Optional.empty();
    }
    return Optional.of(ClassName.get(packageOf(application), name));
  }

  private static Optional<TypeElement> owner(String pkg, Map<String, TypeElement> byPackage) {
    for (String candidate = pkg; ; candidate = parentPackage(candidate)) {
      TypeElement application = byPackage.get(candidate);
      if (application != null) {
        return Optional.of(application);
      }
      if (candidate.isEmpty()) {
        return Optional.empty();
      }
    }
  }

  private static String parentPackage(String pkg) {
    int dot = pkg.lastIndexOf('.');
    return dot < 0 ? "" : pkg.substring(0, dot);
  }

  private String packageOf(TypeElement type) {
    return elements.getPackageOf(type).getQualifiedName().toString();
  }

  private Handler readHandler(TypeElement handler) {
    List<RouteMethod> routes = new ArrayList<>();
    for (ExecutableElement method : routeMethods(handler)) {
      readRoute(method).ifPresent(routes::add);
    }
    // On the application class itself, @Middleware and @Recover are application-wide, not its class scope.
    boolean application = Annotations.find(handler, Annotations.APPLICATION).isPresent();
    List<RecoverMethod> recovers = application ? List.of() : MiddlewareReader.recovers(handler);
    boolean needsInstance = routes.stream().anyMatch(r -> !r.isStatic())
        || recovers.stream().anyMatch(r -> !r.isStatic());
    return new Handler(handler, routes, needsInstance,
        application ? List.of() : MiddlewareReader.read(handler, MiddlewareUse.Scope.CLASS, elements), recovers);
  }

  static List<ExecutableElement> routeMethods(TypeElement handler) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(handler.getEnclosedElements())) {
      if (Annotations.find(method, ROUTE).isPresent()) {
        methods.add(method);
      }
    }
    return methods;
  }

  private Optional<RouteMethod> readRoute(ExecutableElement method) {
    AnnotationMirror route = Annotations.find(method, ROUTE).orElseThrow();
    AnnotationValue value = Annotations.explicitValue(route, "value").orElseThrow();
    RoutePattern pattern;
    try {
      pattern = RouteParser.parse(String.valueOf(value.getValue()));
    } catch (RouteParser.RouteSyntaxException e) {
      reporter.error(e.getMessage(), method, route, value);
      return Optional.empty();
    }
    String display = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    List<Parameter> parameters = new ArrayList<>();
    boolean ok = true;
    int bodies = 0;
    for (VariableElement parameter : method.getParameters()) {
      Optional<Parameter> bound = readParameter(parameter, pattern);
      ok &= bound.isPresent();
      bound.ifPresent(parameters::add);
      if (bound.isPresent() && bound.get().source() == Parameter.Source.BODY && ++bodies == 2) {
        reporter.error(Messages.twoBodies(display), parameter);
        ok = false;
      }
    }
    Optional<ReturnShape> returns = readReturn(method, display);
    if (!ok || returns.isEmpty()) {
      return Optional.empty();
    }
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    return Optional.of(new RouteMethod(method, route, pattern, parameters, returns.get(), isStatic,
        MiddlewareReader.read(method, MiddlewareUse.Scope.ROUTE, elements)));
  }

  private Optional<ReturnShape> readReturn(ExecutableElement method, String display) {
    TypeMirror type = method.getReturnType();
    if (types.hasTypeVariables(type)) {
      reporter.error(Messages.typeVariable(display, type.toString()), method);
      return Optional.empty();
    }
    if (types.isNamed(type, TypeReader.RESPONSE)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      if (arguments.size() != 1 || arguments.get(0).getKind() == javax.lang.model.type.TypeKind.WILDCARD) {
        reporter.error(Messages.rawResponse(display), method);
        return Optional.empty();
      }
      return Optional.of(new ReturnShape(true, types.bodyOf(arguments.get(0))));
    }
    return Optional.of(new ReturnShape(false, types.bodyOf(type)));
  }

  /** A parameter whose type is marked {@code @ExchangeValue}: bound by its static method. */
  private Optional<Parameter> exchangeValue(VariableElement parameter, TypeElement type, AnnotationMirror mirror) {
    String method = Annotations.stringValue(mirror, "method");
    if (method.isEmpty()) {
      method = "from";
    }
    for (ExecutableElement candidate : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (candidate.getSimpleName().contentEquals(method)
          && candidate.getModifiers().containsAll(List.of(Modifier.PUBLIC, Modifier.STATIC))
          && candidate.getParameters().size() == 1
          && types.isNamed(candidate.getParameters().get(0).asType(), TypeReader.EXCHANGE)
          && types.env().getTypeUtils().isAssignable(candidate.getReturnType(), parameter.asType())) {
        return Optional.of(new Parameter(parameter, Parameter.Source.EXCHANGE_VALUE, method, Optional.empty(),
            Optional.empty(), -1, false));
      }
    }
    reporter.error(Messages.exchangeValueMethod(type.getQualifiedName().toString(), method), parameter);
    return Optional.empty();
  }

  private Optional<Parameter> readParameter(VariableElement parameter, RoutePattern pattern) {
    String javaName = parameter.getSimpleName().toString();
    List<AnnotationMirror> bindings = new ArrayList<>();
    for (String binding : BINDINGS) {
      Annotations.find(parameter, binding).ifPresent(bindings::add);
    }
    if (bindings.size() > 1) {
      reporter.error(Messages.severalBindings(javaName), parameter);
      return Optional.empty();
    }
    TypeMirror type = parameter.asType();
    if (bindings.isEmpty()) {
      if (types.isNamed(type, TypeReader.REQUEST)) {
        return Optional.of(simple(parameter, Parameter.Source.REQUEST));
      }
      if (types.isNamed(type, TypeReader.CONTEXT)) {
        return Optional.of(simple(parameter, Parameter.Source.CONTEXT));
      }
      if (types.isNamed(type, TypeReader.EXCHANGE)) {
        return Optional.of(simple(parameter, Parameter.Source.EXCHANGE));
      }
      Optional<AnnotationMirror> exchangeValue = type.getKind() == javax.lang.model.type.TypeKind.DECLARED
          ? Annotations.find(((DeclaredType) type).asElement(), Annotations.EXCHANGE_VALUE)
          : Optional.empty();
      if (exchangeValue.isPresent()) {
        return exchangeValue(parameter, (TypeElement) ((DeclaredType) type).asElement(), exchangeValue.get());
      }
      reporter.error(Messages.unboundParameter(javaName, type.toString()), parameter);
      return Optional.empty();
    }
    AnnotationMirror binding = bindings.get(0);
    String annotation = ((TypeElement) binding.getAnnotationType().asElement()).getQualifiedName().toString();
    if (annotation.equals(BODY)) {
      if (types.hasTypeVariables(type)) {
        reporter.error(Messages.typeVariable(displayName(parameter), type.toString()), parameter, binding);
        return Optional.empty();
      }
      BodyType body = types.requestBody(type);
      return Optional.of(new Parameter(parameter, Parameter.Source.BODY, "body", Optional.empty(),
          Optional.of(body), -1, false));
    }
    String name = Annotations.stringValue(binding, "value");
    if (name.isEmpty()) {
      name = javaName;
    }
    Parameter.Source source = sourceOf(annotation);
    Optional<ValueType> value = types.valueType(type);
    if (value.isEmpty()) {
      reporter.error(Messages.unconvertibleType(javaName, type.toString(), source.description()), parameter, binding);
      return Optional.empty();
    }
    if (source == Parameter.Source.COOKIE && value.get().container() == ValueType.Container.LIST) {
      reporter.error(Messages.cookieList(javaName), parameter, binding);
      return Optional.empty();
    }
    int index = -1;
    boolean greedy = false;
    if (source == Parameter.Source.PATH) {
      if (value.get().container() != ValueType.Container.SINGLE) {
        reporter.error(Messages.pathParamContainer(javaName), parameter, binding);
        return Optional.empty();
      }
      Optional<Integer> found = pattern.indexOfVariable(name);
      if (found.isEmpty()) {
        reporter.error(Messages.unknownPathVariable(name, pattern.toString(), variablesOf(pattern)), parameter, binding);
        return Optional.empty();
      }
      index = found.get();
      greedy = pattern.segments().get(index).kind() == Segment.Kind.GREEDY;
    }
    return Optional.of(new Parameter(parameter, source, name, value, Optional.empty(), index, greedy));
  }

  /** {@code UserRoutes.get}, for the method declaring {@code parameter}. */
  private static String displayName(VariableElement parameter) {
    Element method = parameter.getEnclosingElement();
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
  }

  private static String variablesOf(RoutePattern pattern) {
    List<String> names = new ArrayList<>();
    for (Segment segment : pattern.segments()) {
      if (segment.isVariable()) {
        names.add(segment.toString());
      }
    }
    return String.join(", ", names);
  }

  private static Parameter simple(VariableElement parameter, Parameter.Source source) {
    return new Parameter(parameter, source, "", Optional.empty(), Optional.empty(), -1, false);
  }

  private static Parameter.Source sourceOf(String annotation) {
    switch (annotation) {
      case PATH_PARAM: return Parameter.Source.PATH;
      case QUERY_PARAM: return Parameter.Source.QUERY;
      case HEADER_PARAM: return Parameter.Source.HEADER;
      default: return Parameter.Source.COOKIE;
    }
  }

  private static List<TypeElement> sortedByName(List<TypeElement> types) {
    List<TypeElement> sorted = new ArrayList<>(types);
    sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    return sorted;
  }
}
