package dev.lift.processor.json.writing;

import com.squareup.javapoet.ClassName;
import dev.lift.processor.json.model.ScalarKind;

/** The runtime and jackson-core types generated codecs refer to, by name. */
final class JsonRuntime {
  static final String PACKAGE = "dev.lift.runtime.json";
  static final ClassName JSON_CODEC = ClassName.get(PACKAGE, "JsonCodec");
  /** Reads and writes one value ({@code Json.readInt}, {@code Json.writeUuid}...). */
  static final ClassName JSON = ClassName.get(PACKAGE, "Json");
  /** The same for the less common scalars ({@code JsonScalars.readShort}, {@code JsonScalars.writeInstant}...). */
  static final ClassName JSON_SCALARS = ClassName.get(PACKAGE, "JsonScalars");
  static final ClassName BODY_ERRORS = ClassName.get(PACKAGE, "BodyErrors");
  static final ClassName VIOLATIONS = ClassName.get(PACKAGE, "Violations");
  static final ClassName CONSTRAINTS = ClassName.get(PACKAGE, "Constraints");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.lift.processor.LiftProcessor";

  /** The class whose {@code read*} and {@code write*} methods handle {@code kind}. */
  static ClassName helpers(ScalarKind kind) {
    return kind.inJson() ? JSON : JSON_SCALARS;
  }

  private JsonRuntime() {}
}
