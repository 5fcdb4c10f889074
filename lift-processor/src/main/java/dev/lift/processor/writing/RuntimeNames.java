package dev.lift.processor.writing;

import com.squareup.javapoet.ClassName;

/** The runtime types generated code refers to, by name: the processor does not load the runtime. */
final class RuntimeNames {
  static final ClassName REQUEST_STREAM_HANDLER =
      ClassName.get("com.amazonaws.services.lambda.runtime", "RequestStreamHandler");
  static final ClassName CONTEXT = ClassName.get("com.amazonaws.services.lambda.runtime", "Context");
  static final ClassName LIFT_RUNTIME = ClassName.get("dev.lift.runtime", "LiftRuntime");
  static final ClassName ROUTING = ClassName.get("dev.lift.runtime", "Routing");
  static final ClassName REQUEST = ClassName.get("dev.lift.runtime.http", "Request");
  static final ClassName EXCHANGE = ClassName.get("dev.lift.runtime.http", "Exchange");
  static final ClassName RECOVERY = ClassName.get("dev.lift.runtime.error", "Recovery");
  static final ClassName HTTP_METHOD = ClassName.get("dev.lift.runtime.http", "HttpMethod");
  static final ClassName WIRE_RESPONSE = ClassName.get("dev.lift.runtime.http", "WireResponse");
  static final ClassName PARAMS = ClassName.get("dev.lift.runtime.bind", "Params");
  static final ClassName BODIES = ClassName.get("dev.lift.runtime.bind", "Bodies");
  static final ClassName JSON = ClassName.get("dev.lift.runtime.json", "Json");
  static final ClassName JSON_CODEC = ClassName.get("dev.lift.runtime.json", "JsonCodec");
  static final ClassName DATABIND_CODEC = ClassName.get("dev.lift.json.databind", "DatabindCodec");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeNames() {}
}
