package dev.lift.processor.json.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An enum, its constants and the JSON string of each ({@code @JsonProperty}, else the name).
 *
 * @param problems why the enum cannot have a generated codec; empty when it can
 */
public record EnumModel(TypeElement element, ClassName codec, List<Constant> constants, List<Problem> problems) {
  public EnumModel {
    constants = List.copyOf(constants);
    problems = List.copyOf(problems);
  }

  public record Constant(String javaName, String jsonName) {}
}
