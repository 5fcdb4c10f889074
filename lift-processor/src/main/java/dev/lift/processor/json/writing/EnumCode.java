package dev.lift.processor.json.writing;

import static dev.lift.processor.json.writing.JsonRuntime.BODY_ERRORS;
import static dev.lift.processor.json.writing.JsonRuntime.JSON;
import static dev.lift.processor.json.writing.JsonRuntime.JSON_TOKEN;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.lift.processor.json.model.EnumModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How an enum is read and written: a constant from its JSON string (its name, or its
 * {@code @JsonProperty}), exactly; any other string answers 400 listing the accepted ones. The one
 * source of the bodies of the enum's own codec class and of the helper methods that codecs holding
 * the enum write in themselves (see {@link ValueCode}), so both answer alike.
 */
final class EnumCode {
  /** Past this many constants, the 400 message stops listing them. */
  private static final int LISTED = 20;

  private final EnumModel model;
  private final ClassName type;

  EnumCode(EnumModel model) {
    this.model = model;
    this.type = ClassName.get(model.element());
  }

  ClassName type() {
    return type;
  }

  /** The body of a method that returns the constant {@code parser} is on, or null for JSON null. */
  CodeBlock read() {
    CodeBlock.Builder code = CodeBlock.builder()
        .beginControlFlow("if ($T.isNull(parser))", JSON).addStatement("return null").endControlFlow();
    if (!model.constants().isEmpty()) {
      code.beginControlFlow("if (parser.currentToken() == $T.VALUE_STRING)", JSON_TOKEN)
          .beginControlFlow("switch (parser.getText())");
      for (EnumModel.Constant constant : model.constants()) {
        code.add("case $S:\n", constant.jsonName()).indent()
            .addStatement("return $T.$L", type, constant.javaName()).unindent();
      }
      code.endControlFlow().endControlFlow();
    }
    return code.add("// Not a string, or not the string of a constant.\n")
        .addStatement("throw $T.mismatch(parser, $S)", BODY_ERRORS, expected())
        .build();
  }

  /** The body of a method that writes {@code value} to {@code generator}: its JSON string, or null. */
  CodeBlock write() {
    CodeBlock.Builder code = CodeBlock.builder()
        .beginControlFlow("if (value == null)")
        .addStatement("generator.writeNull()")
        .addStatement("return")
        .endControlFlow();
    List<EnumModel.Constant> renamed = model.constants().stream()
        .filter(c -> !c.javaName().equals(c.jsonName())).toList();
    if (renamed.isEmpty()) {
      return code.addStatement("generator.writeString(value.name())").build();
    }
    code.add("// A switch on the name: one on the enum would load a synthetic switch-map class.\n")
        .beginControlFlow("switch (value.name())");
    for (EnumModel.Constant constant : renamed) {
      code.add("case $S:\n", constant.javaName()).indent()
          .addStatement("generator.writeString($S)", constant.jsonName())
          .addStatement("break").unindent();
    }
    return code.add("default:\n").indent()
        .add("// Other constants (and any added later): the name, as jackson-databind writes it.\n")
        .addStatement("generator.writeString(value.name())").unindent()
        .endControlFlow()
        .build();
  }

  /** What the 400 message says the value should be. */
  private String expected() {
    String listed = model.constants().stream().limit(LISTED).map(c -> "\"" + c.jsonName() + "\"")
        .collect(Collectors.joining(", "));
    return model.constants().isEmpty() ? "no value (the enum has no constants)"
        : "one of " + listed + (model.constants().size() > LISTED ? ", ..." : "");
  }
}
