package dev.lift.processor.reading;

import dev.lift.processor.base.Annotations;
import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.BodyType;
import dev.lift.processor.model.EventBinding;
import dev.lift.processor.model.EventBinding.Kind;
import dev.lift.processor.model.EventMethod;
import dev.lift.processor.model.EventMethod.EventParameter;
import dev.lift.processor.model.MiddlewareUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads event handler methods ({@code @Sqs}, {@code @EventBridge}, {@code @Schedule}, {@code @S3},
 * {@code @DynamoDbStream}, {@code @Sns}, {@code @WebSocket}) and gives each application those of
 * its packages. Values that can match nothing and parameters that cannot be bound are reported
 * here, on the annotation value or the parameter; rules across handlers are in validation.
 */
public final class EventReader {
  public static final String EVENTS_PACKAGE = "dev.lift.runtime.events";
  public static final String EVENT_EXCHANGE = EVENTS_PACKAGE + ".EventExchange";

  private final Reporter reporter;
  private final TypeReader types;
  private final Elements elements;

  public EventReader(Reporter reporter, TypeReader types) {
    this.reporter = reporter;
    this.types = types;
    this.elements = types.env().getElementUtils();
  }

  /** The qualified names of the event annotations. */
  public static List<String> annotations() {
    List<String> names = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      names.add(kind.qualifiedAnnotation());
    }
    return names;
  }

  /** The event methods of {@code type}, in declaration order. */
  public static List<ExecutableElement> eventMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (annotations().stream().anyMatch(a -> Annotations.find(method, a).isPresent())) {
        methods.add(method);
      }
    }
    return methods;
  }

  /** Whether any event method of these classes uses a type that does not resolve (yet). */
  public List<ExecutableElement> unresolved(List<TypeElement> classes) {
    List<ExecutableElement> unresolved = new ArrayList<>();
    for (TypeElement type : classes) {
      for (ExecutableElement method : eventMethods(type)) {
        boolean error = types.hasErrors(method.getReturnType());
        for (VariableElement parameter : method.getParameters()) {
          error |= types.hasErrors(parameter.asType());
        }
        if (error) {
          unresolved.add(method);
        }
      }
    }
    return unresolved;
  }

  /** The applications with the event handlers of their packages added. */
  public List<Application> attach(List<Application> applications, List<TypeElement> classes) {
    Map<Application, List<EventMethod>> byApplication = new LinkedHashMap<>();
    List<TypeElement> sorted = new ArrayList<>(classes);
    sorted.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    for (TypeElement type : sorted) {
      String pkg = elements.getPackageOf(type).getQualifiedName().toString();
      Optional<Application> owner = owner(pkg, applications);
      if (owner.isEmpty()) {
        reporter.error(Messages.noApplicationForEvents(type.getQualifiedName().toString(), pkg), type);
        continue;
      }
      for (ExecutableElement method : eventMethods(type)) {
        read(method, owner.get().middleware()).ifPresent(event -> byApplication.computeIfAbsent(owner.get(), k -> new ArrayList<>()).add(event));
      }
    }
    List<Application> result = new ArrayList<>();
    for (Application application : applications) {
      result.add(application.withEvents(byApplication.getOrDefault(application, List.of())));
    }
    return result;
  }

  private Optional<Application> owner(String pkg, List<Application> applications) {
    Application best = null;
    int bestLength = -1;
    for (Application application : applications) {
      String home = elements.getPackageOf(application.element()).getQualifiedName().toString();
      boolean covers = home.isEmpty() || pkg.equals(home) || pkg.startsWith(home + ".");
      if (covers && home.length() > bestLength) {
        best = application;
        bestLength = home.length();
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<EventMethod> read(ExecutableElement method, List<MiddlewareUse> applicationMiddleware) {
    String display = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    List<AnnotationMirror> found = new ArrayList<>();
    Kind kind = null;
    for (Kind candidate : Kind.values()) {
      Optional<AnnotationMirror> mirror = Annotations.find(method, candidate.qualifiedAnnotation());
      if (mirror.isPresent()) {
        found.add(mirror.get());
        kind = candidate;
      }
    }
    if (found.size() > 1 || Annotations.find(method, Annotations.ROUTE).isPresent()) {
      reporter.error(Messages.severalEventBindings(display), method, found.get(0));
      return Optional.empty();
    }
    AnnotationMirror annotation = found.get(0);
    Optional<EventBinding> binding = binding(kind, method, annotation);
    List<EventParameter> parameters = new ArrayList<>();
    boolean ok = binding.isPresent();
    int bodies = 0;
    for (VariableElement parameter : method.getParameters()) {
      Optional<EventParameter> bound = parameter(kind, parameter);
      ok &= bound.isPresent();
      if (bound.isPresent()) {
        parameters.add(bound.get());
        if (bound.get().source() == EventParameter.Source.BODY && ++bodies == 2) {
          reporter.error(Messages.twoBodies(display), parameter);
          ok = false;
        }
      }
    }
    Optional<BodyType> returns = returns(kind, method, display);
    if (!ok || returns.isEmpty()) {
      return Optional.empty();
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    boolean application = Annotations.find(owner, Annotations.APPLICATION).isPresent();
    List<MiddlewareUse> classMiddleware =
        application ? List.of() : MiddlewareReader.read(owner, MiddlewareUse.Scope.CLASS, elements);
    List<MiddlewareUse> own = MiddlewareReader.read(method, MiddlewareUse.Scope.ROUTE, elements);
    List<MiddlewareUse> layers = new ArrayList<>();
    for (List<MiddlewareUse> scope : List.of(applicationMiddleware, classMiddleware, own)) {
      for (MiddlewareUse use : scope) {
        if (isEventMiddleware(use.type())) {
          layers.add(use);
        }
      }
    }
    return Optional.of(new EventMethod(method, annotation, binding.get(), parameters, returns.get(),
        method.getModifiers().contains(Modifier.STATIC), classMiddleware, own, layers));
  }

  private boolean isEventMiddleware(TypeElement type) {
    TypeElement middleware = elements.getTypeElement(EVENTS_PACKAGE + ".EventMiddleware");
    javax.lang.model.util.Types typeUtils = types.env().getTypeUtils();
    return middleware != null && typeUtils.isAssignable(type.asType(), typeUtils.erasure(middleware.asType()));
  }

  private Optional<EventBinding> binding(Kind kind, ExecutableElement method, AnnotationMirror annotation) {
    String member = kind == Kind.EVENTBRIDGE ? "source" : kind == Kind.S3 ? "bucket" : "value";
    AnnotationValue value = Annotations.explicitValue(annotation, member).orElse(null);
    String text = value == null ? "" : String.valueOf(value.getValue());
    try {
      switch (kind) {
        case SQS:
          EventKeys.Key queue = EventKeys.sqs(text);
          return Optional.of(EventBinding.of(kind, queue.name(), queue.arn()));
        case SNS:
          EventKeys.Key topic = EventKeys.sns(text);
          return Optional.of(EventBinding.of(kind, topic.name(), topic.arn()));
        case SCHEDULE:
          EventKeys.Key rule = EventKeys.schedule(text);
          return Optional.of(EventBinding.of(kind, rule.name(), rule.arn()));
        case DYNAMODB_STREAM:
          boolean report = Annotations.explicitValue(annotation, "reportBatchItemFailures")
              .map(v -> Boolean.TRUE.equals(v.getValue())).orElse(false);
          return Optional.of(new EventBinding(kind, EventKeys.table(text).name(), Optional.empty(), "", "", "",
              List.of(), report));
        case WEBSOCKET:
          return Optional.of(EventBinding.of(kind, EventKeys.routeKey(text), Optional.empty()));
        case EVENTBRIDGE:
          return Optional.of(new EventBinding(kind, EventKeys.source(text), Optional.empty(),
              Annotations.stringValue(annotation, "detailType"), "", "", List.of(), false));
        default:
          return s3(method, annotation, EventKeys.bucket(text));
      }
    } catch (EventKeys.InvalidKeyException e) {
      if (value == null) {
        reporter.error(e.getMessage(), method, annotation);
      } else {
        reporter.error(e.getMessage(), method, annotation, value);
      }
      return Optional.empty();
    }
  }

  private Optional<EventBinding> s3(ExecutableElement method, AnnotationMirror annotation, String bucket) {
    List<String> events = new ArrayList<>();
    boolean ok = true;
    Optional<AnnotationValue> listed = Annotations.explicitValue(annotation, "events");
    if (listed.isPresent()) {
      Object raw = listed.get().getValue();
      List<?> values = raw instanceof List ? (List<?>) raw : List.of(listed.get());
      for (Object literal : values) {
        AnnotationValue eventValue = (AnnotationValue) literal;
        try {
          events.add(EventKeys.s3Event(String.valueOf(eventValue.getValue())));
        } catch (EventKeys.InvalidKeyException e) {
          reporter.error(e.getMessage(), method, annotation, eventValue);
          ok = false;
        }
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new EventBinding(Kind.S3, bucket, Optional.empty(), "",
        Annotations.stringValue(annotation, "prefix"), Annotations.stringValue(annotation, "suffix"), events,
        false));
  }

  private Optional<EventParameter> parameter(Kind kind, VariableElement parameter) {
    String name = parameter.getSimpleName().toString();
    TypeMirror type = parameter.asType();
    Optional<AnnotationMirror> body = Annotations.find(parameter, Annotations.BODY);
    if (body.isPresent()) {
      if (kind.bodyDescription().isEmpty()) {
        reporter.error(Messages.eventHasNoBody(name, kind.annotation(), kind.eventType()), parameter, body.get());
        return Optional.empty();
      }
      BodyType form = types.requestBody(type);
      if (types.hasTypeVariables(type) || form.form() == BodyType.Form.BINARY || form.form() == BodyType.Form.EMPTY) {
        reporter.error(Messages.eventBodyNotDecodable(name, type.toString()), parameter, body.get());
        return Optional.empty();
      }
      return Optional.of(new EventParameter(parameter, EventParameter.Source.BODY, Optional.of(form)));
    }
    if (types.isNamed(type, EVENTS_PACKAGE + "." + kind.eventType())) {
      return Optional.of(new EventParameter(parameter, EventParameter.Source.EVENT, Optional.empty()));
    }
    if (types.isNamed(type, TypeReader.CONTEXT)) {
      return Optional.of(new EventParameter(parameter, EventParameter.Source.CONTEXT, Optional.empty()));
    }
    if (types.isNamed(type, EVENT_EXCHANGE)) {
      return Optional.of(new EventParameter(parameter, EventParameter.Source.EXCHANGE, Optional.empty()));
    }
    reporter.error(Messages.eventParameterNotBindable(name, type.toString(), kind.annotation(), kind.eventType(),
        kind.bodyDescription().isPresent()), parameter);
    return Optional.empty();
  }

  private Optional<BodyType> returns(Kind kind, ExecutableElement method, String display) {
    TypeMirror type = method.getReturnType();
    if (kind != Kind.WEBSOCKET) {
      if (type.getKind() != TypeKind.VOID) {
        reporter.error(Messages.eventHandlerReturnsValue(display, kind.annotation(), type.toString()), method);
        return Optional.empty();
      }
      return Optional.of(types.bodyOf(type));
    }
    BodyType body = types.bodyOf(type);
    if (types.hasTypeVariables(type) || body.form() == BodyType.Form.BINARY) {
      reporter.error(Messages.eventBodyNotDecodable(display, type.toString()), method);
      return Optional.empty();
    }
    return Optional.of(body);
  }

  /** For callers that only have an element: whether it carries an event annotation. */
  public static boolean isEventMethod(Element element) {
    return annotations().stream().anyMatch(a -> Annotations.find(element, a).isPresent());
  }
}
