package dev.lift.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the event side of an entry class: it implements {@code EventDispatcher}, whose methods
 * switch on the queue, bucket, table, topic, rule, source or route key and call one generated method
 * per handler; that method runs the handler's event middleware straight-line around binding the
 * parameters and calling it. Nothing is looked up at run time.
 */
final class EventDispatchWriter {
  static final String PACKAGE = "dev.lift.runtime.events";
  static final ClassName EVENT_DISPATCHER = ClassName.get(PACKAGE, "EventDispatcher");
  static final ClassName EVENT_RUNTIME = ClassName.get(PACKAGE, "EventRuntime");
  static final ClassName EVENT_KIND = ClassName.get(PACKAGE, "EventKind");
  static final ClassName EVENT_EXCHANGE = ClassName.get(PACKAGE, "EventExchange");
  static final ClassName EVENT_BODIES = ClassName.get(PACKAGE, "EventBodies");
  static final ClassName WEB_SOCKET_RESPONSE = ClassName.get(PACKAGE, "WebSocketResponse");

  /** Parameter and local names of the generated methods: fields must not be hidden by them. */
  static final List<String> RESERVED = List.of("events", "handles", "sqs", "s3", "sns", "dynamoDb", "eventBridge",
      "webSocket", "message", "notification", "record", "event", "key", "rule", "EventBodies");

  private final Application application;
  private final NameAllocator classNames;
  private final Map<TypeElement, String> instanceFields;
  /** Fields of middleware applied by binding annotations, by {@code MiddlewareUse.instanceKey()}. */
  private final Map<String, String> boundFields;
  private final CodecWriter codecs;
  private final List<EventMethod> events;
  private final Map<EventMethod, String> methodNames = new LinkedHashMap<>();

  EventDispatchWriter(Application application, NameAllocator classNames, Map<TypeElement, String> instanceFields,
      Map<String, String> boundFields, CodecWriter codecs) {
    this.application = application;
    this.classNames = classNames;
    this.instanceFields = instanceFields;
    this.boundFields = boundFields;
    this.codecs = codecs;
    List<EventMethod> sorted = new ArrayList<>(application.events());
    sorted.sort(Comparator.comparing((EventMethod e) -> e.binding().kind())
        .thenComparing(e -> e.binding().key())
        .thenComparing(e -> -specificity(e.binding()))
        .thenComparing(e -> e.binding().describe()));
    this.events = List.copyOf(sorted);
    for (String reserved : RESERVED) {
      classNames.newName(reserved, reserved);
    }
  }

  /** The event table for the class's javadoc. */
  CodeBlock javadoc() {
    CodeBlock.Builder doc = CodeBlock.builder().add("<pre>\nEvent handlers ($L):\n", events.size());
    int width = events.stream().mapToInt(e -> e.binding().describe().length()).max().orElse(0);
    for (int i = 0; i < events.size(); i++) {
      EventMethod event = events.get(i);
      StringBuilder binding = new StringBuilder(event.binding().describe());
      while (binding.length() < width) {
        binding.append(' ');
      }
      // Numbered like the route table, and so that no line starts with '@', which javadoc reads as a tag.
      doc.add("  $L $L $L\n", pad(String.valueOf(i), 3), Comments.safe(binding.toString()), event.displayName());
    }
    return doc.add("</pre>\n").build();
  }

  /** The {@code EventDispatcher} interface and the {@code events} runtime field. */
  void writeFields(TypeSpec.Builder type) {
    type.addSuperinterface(EVENT_DISPATCHER);
    type.addField(FieldSpec.builder(EVENT_RUNTIME, "events", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T(this, this, $S)", EVENT_RUNTIME, application.entryClass().simpleName()).build());
  }

  void writeMethods(TypeSpec.Builder type) {
    for (EventMethod event : events) {
      String base = camelFirst(event.binding().kind()) + EntryClassWriter.camel(event.binding().key()
          + " " + event.binding().detailType() + " " + event.binding().prefix() + " " + event.binding().suffix());
      methodNames.put(event, classNames.newName(base, event));
    }
    type.addMethod(handles());
    Map<Kind, List<EventMethod>> byKind = new LinkedHashMap<>();
    for (EventMethod event : events) {
      Kind kind = event.binding().kind() == Kind.SCHEDULE ? Kind.EVENTBRIDGE : event.binding().kind();
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(event);
    }
    for (Map.Entry<Kind, List<EventMethod>> kind : byKind.entrySet()) {
      type.addMethod(dispatch(kind.getKey(), kind.getValue()));
    }
    for (EventMethod event : events) {
      type.addMethod(handlerMethod(event));
    }
  }

  // ---------------------------------------------------------------- dispatch

  private MethodSpec handles() {
    Set<String> kinds = new LinkedHashSet<>();
    for (EventMethod event : events) {
      kinds.add(runtimeKind(event.binding().kind()));
    }
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (kind)");
    for (String kind : kinds) {
      body.add("case $L:\n", kind);
    }
    body.indent().addStatement("return true").unindent()
        .add("default:\n").indent().addStatement("return false").unindent()
        .endControlFlow();
    return MethodSpec.methodBuilder("handles")
        .addJavadoc("The kinds of events this application has handlers for.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(EVENT_KIND, "kind")
        .addCode(body.build())
        .build();
  }

  private MethodSpec dispatch(Kind kind, List<EventMethod> handlers) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(dispatchName(kind))
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(eventType(kind), eventVariable(kind))
        .addParameter(EVENT_EXCHANGE, "exchange")
        .addException(Exception.class);
    if (kind == Kind.WEBSOCKET) {
      return method.returns(WEB_SOCKET_RESPONSE).addCode(webSocketDispatch(handlers)).build();
    }
    method.returns(boolean.class);
    CodeBlock.Builder body = CodeBlock.builder();
    if (kind == Kind.EVENTBRIDGE) {
      List<EventMethod> schedules = handlers.stream().filter(e -> e.binding().kind() == Kind.SCHEDULE).toList();
      List<EventMethod> sources = handlers.stream().filter(e -> e.binding().kind() == Kind.EVENTBRIDGE).toList();
      if (!schedules.isEmpty()) {
        body.add("// Scheduled rules first, by rule name.\n")
            .addStatement("String rule = event.scheduled() ? event.ruleName() : null")
            .beginControlFlow("if (rule != null)")
            .add(keySwitch("rule", schedules))
            .endControlFlow();
      }
      if (!sources.isEmpty()) {
        body.add("// By source, then detail-type.\n").add(keySwitch("event.source()", sources));
      }
      body.addStatement("return false");
    } else {
      body.addStatement("String key = $L", keyExpression(kind))
          .beginControlFlow("if (key == null)")
          .addStatement("return false")
          .endControlFlow()
          .add(keySwitch("key", handlers))
          .addStatement("return false");
    }
    return method.addCode(body.build()).build();
  }

  /** {@code switch (key)} with one case per key; within a case the most specific handler first. */
  private CodeBlock keySwitch(String key, List<EventMethod> handlers) {
    Map<String, List<EventMethod>> byKey = new TreeMap<>();
    for (EventMethod event : handlers) {
      byKey.computeIfAbsent(event.binding().key(), k -> new ArrayList<>()).add(event);
    }
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($L)", key);
    for (Map.Entry<String, List<EventMethod>> entry : byKey.entrySet()) {
      body.add("case $S:\n", entry.getKey()).indent();
      boolean unconditional = false;
      for (EventMethod event : entry.getValue()) {
        CodeBlock condition = condition(event);
        if (condition.isEmpty()) {
          body.add(call(event)).addStatement("return true");
          unconditional = true;
          break;
        }
        body.beginControlFlow("if ($L)", condition).add(call(event)).addStatement("return true").endControlFlow();
      }
      if (!unconditional) {
        body.addStatement("return false");
      }
      body.unindent();
    }
    return body.endControlFlow().build();
  }

  /** What else a record must satisfy beyond its key; empty when nothing. */
  private static CodeBlock condition(EventMethod event) {
    EventBinding binding = event.binding();
    List<CodeBlock> parts = new ArrayList<>();
    binding.arn().ifPresent(arn -> parts.add(CodeBlock.of("$S.equals($L)", arn, arnExpression(binding.kind()))));
    if (!binding.detailType().isEmpty()) {
      parts.add(CodeBlock.of("$S.equals(event.detailType())", binding.detailType()));
    }
    if (!binding.prefix().isEmpty()) {
      parts.add(CodeBlock.of("notification.key().startsWith($S)", binding.prefix()));
    }
    if (!binding.suffix().isEmpty()) {
      parts.add(CodeBlock.of("notification.key().endsWith($S)", binding.suffix()));
    }
    if (!binding.s3Events().isEmpty()) {
      List<CodeBlock> names = new ArrayList<>();
      for (String name : binding.s3Events()) {
        names.add(CodeBlock.of("notification.eventIs($S)", name));
      }
      parts.add(names.size() == 1 ? names.get(0) : CodeBlock.of("($L)", CodeBlock.join(names, " || ")));
    }
    return CodeBlock.join(parts, " && ");
  }

  /** The comment, the handler's name on the exchange, and the call of its generated method. */
  private CodeBlock call(EventMethod event) {
    CodeBlock.Builder call = CodeBlock.builder()
        .add("// $L\n", Comments.safe(event.binding().describe()))
        .add("// runs: $L\n", Comments.safe(runs(event)))
        .addStatement("exchange.handler($S)", event.displayName());
    if (event.binding().batchItemFailures()) {
      call.addStatement("exchange.reportBatchItemFailures(true)");
    }
    Kind kind = event.binding().kind() == Kind.SCHEDULE ? Kind.EVENTBRIDGE : event.binding().kind();
    if (kind != Kind.WEBSOCKET) {
      call.addStatement("$L(exchange, $L)", methodNames.get(event), eventVariable(kind));
    }
    return call.build();
  }

  private CodeBlock webSocketDispatch(List<EventMethod> handlers) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (request.routeKey())");
    EventMethod fallback = null;
    for (EventMethod event : handlers) {
      if (event.binding().key().equals("$default")) {
        fallback = event;
        continue;
      }
      body.add("case $S:\n", event.binding().key()).indent()
          .add(call(event))
          .addStatement("return $L(exchange, request)", methodNames.get(event))
          .unindent();
    }
    body.add("default:\n").indent();
    if (fallback == null) {
      body.add("// No $$default route: the runtime answers 404 with the error body.\n").addStatement("return null");
    } else {
      body.add("// $$default, and every route key without its own handler.\n").add(call(fallback))
          .addStatement("return $L(exchange, request)", methodNames.get(fallback));
    }
    return body.unindent().endControlFlow().build();
  }

  // ---------------------------------------------------------------- one method per handler

  private MethodSpec handlerMethod(EventMethod event) {
    Kind kind = event.binding().kind() == Kind.SCHEDULE ? Kind.EVENTBRIDGE : event.binding().kind();
    boolean webSocket = kind == Kind.WEBSOCKET;
    CodeBlock.Builder body = CodeBlock.builder();
    if (!event.layers().isEmpty()) {
      body.add("// Event middleware: $L\n", LayerWriter.describe(event.layers()));
    }
    if (webSocket) {
      body.addStatement("$T response", WEB_SOCKET_RESPONSE);
    }
    writeLayers(body, event.layers(), 0, invoke(event, kind));
    if (webSocket) {
      body.addStatement("return response");
    }
    return MethodSpec.methodBuilder(methodNames.get(event))
        .addJavadoc("{@code $L}: {@link $T#$L}.\n", Comments.safe(event.binding().describe()), event.owner(),
            event.element().getSimpleName())
        .addModifiers(Modifier.PRIVATE)
        .returns(webSocket ? WEB_SOCKET_RESPONSE : TypeName.VOID)
        .addParameter(EVENT_EXCHANGE, "exchange")
        .addParameter(eventType(kind), eventVariable(kind))
        .addException(Exception.class)
        .addCode(body.build())
        .build();
  }

  /** Each layer: before; then the inner layers, recording a failure on the way out; after in any case. */
  private void writeLayers(CodeBlock.Builder body, List<MiddlewareUse> layers, int index, CodeBlock inner) {
    if (index == layers.size()) {
      body.add(inner);
      return;
    }
    MiddlewareUse use = layers.get(index);
    String layer = use.isBound() ? boundFields.get(use.instanceKey()) : instanceFields.get(use.type());
    body.addStatement("$L.before(exchange)", layer).beginControlFlow("try");
    writeLayers(body, layers, index + 1, inner);
    body.nextControlFlow("catch ($T error)", Throwable.class)
        .addStatement("exchange.failed(error)")
        .addStatement("throw error")
        .nextControlFlow("finally")
        .addStatement("$L.after(exchange)", layer)
        .endControlFlow();
  }

  /** Binds the parameters and calls the handler; a WebSocket answer goes into {@code response}. */
  private CodeBlock invoke(EventMethod event, Kind kind) {
    NameAllocator locals = new NameAllocator();
    Set<String> taken = new LinkedHashSet<>(List.of("exchange", "response", "error", eventVariable(kind)));
    taken.addAll(RESERVED);
    taken.addAll(instanceFields.values());
    taken.addAll(boundFields.values());
    taken.add(ClassName.get(event.owner()).simpleNames().get(0));
    for (String name : taken) {
      locals.newName(name, name);
    }
    CodeBlock.Builder body = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (EventParameter parameter : event.parameters()) {
      switch (parameter.source()) {
        case EVENT:
          arguments.add(CodeBlock.of("$L", eventVariable(kind)));
          break;
        case CONTEXT:
          arguments.add(CodeBlock.of("exchange.context()"));
          break;
        case EXCHANGE:
          arguments.add(CodeBlock.of("exchange"));
          break;
        default:
          String local = locals.newName(parameter.element().getSimpleName().toString(), parameter);
          body.addStatement("$T $L = $L", TypeName.get(parameter.element().asType()), local,
              decodeBody(parameter.body().orElseThrow(), kind, event.binding().kind()));
          arguments.add(CodeBlock.of("$L", local));
      }
    }
    CodeBlock receiver = event.isStatic()
        ? CodeBlock.of("$T", ClassName.get(event.owner()))
        : CodeBlock.of("$L", instanceFields.get(event.owner()));
    CodeBlock call = CodeBlock.of("$L.$L($L)", receiver, event.element().getSimpleName(),
        CodeBlock.join(arguments, ", "));
    if (kind != Kind.WEBSOCKET) {
      return body.addStatement("$L", call).build();
    }
    switch (event.returns().form()) {
      case EMPTY:
        return body.addStatement("$L", call).addStatement("response = $T.ok()", WEB_SOCKET_RESPONSE).build();
      case TEXT:
        return body.addStatement("response = $T.answerText($L)", EVENT_BODIES, call).build();
      default:
        return body.addStatement("response = $T.answerJson($L, $L)", EVENT_BODIES, call,
            codecs.reference(event.returns().type())).build();
    }
  }

  private CodeBlock decodeBody(BodyType body, Kind kind, Kind declared) {
    CodeBlock text = CodeBlock.of("$L", bodyExpression(kind));
    if (body.form() == BodyType.Form.TEXT) {
      return CodeBlock.of("$T.$L($L)", EVENT_BODIES, body.optional() ? "optionalText" : "text", text);
    }
    CodeBlock what = CodeBlock.of("$S + $L", declared.bodyDescription().orElseThrow(), itemExpression(kind));
    return CodeBlock.of("$T.$L($L, $L, $L)", EVENT_BODIES, body.optional() ? "optionalJson" : "json", text,
        codecs.reference(body.type()), what);
  }

  /** {@code AccessLogMiddleware > MetricsMiddleware > Orders.onMessage}. */
  private static String runs(EventMethod event) {
    return event.layers().isEmpty()
        ? event.displayName()
        : LayerWriter.describe(event.layers()) + " > " + event.displayName();
  }

  // ---------------------------------------------------------------- per kind

  private static String runtimeKind(Kind kind) {
    switch (kind) {
      case SCHEDULE:
      case EVENTBRIDGE:
        return "EVENTBRIDGE";
      case DYNAMODB_STREAM:
        return "DYNAMODB_STREAMS";
      default:
        return kind.name();
    }
  }

  private static String dispatchName(Kind kind) {
    switch (kind) {
      case SQS: return "sqs";
      case S3: return "s3";
      case SNS: return "sns";
      case DYNAMODB_STREAM: return "dynamoDb";
      case WEBSOCKET: return "webSocket";
      default: return "eventBridge";
    }
  }

  private static String camelFirst(Kind kind) {
    String name = kind.annotation();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static ClassName eventType(Kind kind) {
    return ClassName.get(PACKAGE, kind.eventType());
  }

  private static String eventVariable(Kind kind) {
    switch (kind) {
      case SQS:
      case SNS:
        return "message";
      case S3:
        return "notification";
      case DYNAMODB_STREAM:
        return "record";
      case WEBSOCKET:
        return "request";
      default:
        return "event";
    }
  }

  private static String keyExpression(Kind kind) {
    switch (kind) {
      case SQS: return "message.queueName()";
      case SNS: return "message.topicName()";
      case S3: return "notification.bucket()";
      default: return "record.tableName()";
    }
  }

  private static String arnExpression(Kind kind) {
    switch (kind) {
      case SQS: return "message.eventSourceArn()";
      case SNS: return "message.topicArn()";
      default: return "event.ruleArn()";
    }
  }

  private static String bodyExpression(Kind kind) {
    switch (kind) {
      case SQS: return "message.body()";
      case SNS: return "message.message()";
      case WEBSOCKET: return "request.body()";
      default: return "event.detail()";
    }
  }

  private static String itemExpression(Kind kind) {
    switch (kind) {
      case SQS:
      case SNS:
        return "message.messageId()";
      case WEBSOCKET:
        return "request.routeKey()";
      default:
        return "event.id()";
    }
  }

  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.toString();
  }

  /** How many constraints beyond the key: more specific handlers are tried first. */
  private static int specificity(EventBinding binding) {
    return binding.prefix().length() + binding.suffix().length() + (binding.s3Events().isEmpty() ? 0 : 1)
        + (binding.detailType().isEmpty() ? 0 : 1) + (binding.arn().isPresent() ? 1 : 0);
  }
}
