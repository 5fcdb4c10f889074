package dev.lift.processor.json.writing;

import static dev.lift.processor.json.writing.JsonRuntime.SERIALIZED_STRING;

import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.NameAllocator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The {@code SerializedString} constants of a codec class that its writes pass to
 * {@code writeFieldName}: one per JSON field name, shared by the codec's own properties and those of
 * the nested records it writes with helpers ({@code private static final SerializedString UNIT_PRICE}).
 */
final class NameConstants {
  private final NameAllocator fieldNames;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final List<FieldSpec> fields = new ArrayList<>();

  /** @param fieldNames the codec class's field names, so that constants never clash */
  NameConstants(NameAllocator fieldNames) {
    this.fieldNames = fieldNames;
  }

  /** The constant holding {@code jsonName}, declared the first time. */
  String of(String jsonName) {
    return names.computeIfAbsent(jsonName, name -> {
      String constant = fieldNames.newName(constantName(name), "json " + name);
      fields.add(FieldSpec.builder(SERIALIZED_STRING, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($S)", SERIALIZED_STRING, name).build());
      return constant;
    });
  }

  /** The constants declared so far, in the order first needed. */
  List<FieldSpec> fields() {
    return List.copyOf(fields);
  }

  /**
   * {@code unitPrice} becomes {@code UNIT_PRICE_FIELD}; names that do not start as identifiers do
   * become {@code FIELD_1ST}. Never the bare {@code OS} of field {@code os}: a field of that name
   * would hide a type {@code OS} that the same class names ({@code OS.LINUX}, {@code OS::valueOf}).
   */
  static String constantName(String jsonName) {
    String constant = jsonName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9_]", "_");
    return constant.isEmpty() || !Character.isJavaIdentifierStart(constant.charAt(0))
        ? "FIELD_" + constant
        : constant + "_FIELD";
  }
}
