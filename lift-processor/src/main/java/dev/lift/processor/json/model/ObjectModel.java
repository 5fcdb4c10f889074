package dev.lift.processor.json.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A record or class whose codec the processor can generate: how to read it (its constructor's
 * properties, in order) and what to write (those and any other getters).
 *
 * @param codec the generated codec class
 * @param properties every property, the constructor's first in parameter order
 * @param problems why the type itself cannot have a generated codec; empty when it can (the types
 *     of its properties are judged separately)
 */
public record ObjectModel(
    TypeElement element, ClassName codec, List<Property> properties, List<Problem> problems) {
  public ObjectModel {
    properties = List.copyOf(properties);
    problems = List.copyOf(problems);
  }

  public List<Property> constructorProperties() {
    return properties.stream().filter(Property::inConstructor).toList();
  }
}
