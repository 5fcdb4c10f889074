package dev.lift.processor.json.writing;

import dev.lift.processor.json.model.Constraint;
import dev.lift.processor.json.model.JsonType;
import dev.lift.processor.json.model.JsonType.Container;
import dev.lift.processor.json.model.JsonType.Named;
import dev.lift.processor.json.model.JsonType.Slot;
import dev.lift.processor.json.model.ObjectModel;
import dev.lift.processor.json.model.Property;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * Which values have anything to check: a slot does when it has a constraint, or when {@code @Valid}
 * reaches a type whose properties do. Codecs of types with nothing to check write no
 * {@code validate} method, and nothing calls into them.
 */
public final class CheckIndex {
  private final Function<TypeElement, ObjectModel> models;
  private final Map<String, Boolean> known = new HashMap<>();

  /** {@code models} gives the model of each record or class, as the reader read it. */
  public CheckIndex(Function<TypeElement, ObjectModel> models) {
    this.models = models;
  }

  public boolean hasChecks(TypeElement type) {
    return known.computeIfAbsent(type.getQualifiedName().toString(), n -> reaches(type, new HashSet<>()));
  }

  public boolean hasChecks(Slot slot) {
    return slotReaches(slot, new HashSet<>());
  }

  private boolean reaches(TypeElement type, Set<String> visited) {
    if (!visited.add(type.getQualifiedName().toString())) {
      return false;
    }
    ObjectModel model = models.apply(type);
    if (model == null) {
      return false; // an enum
    }
    for (Property property : model.properties()) {
      if (property.inConstructor() && slotReaches(property.slot(), visited)) {
        return true;
      }
    }
    return false;
  }

  private boolean slotReaches(Slot slot, Set<String> visited) {
    if (slot.constraints().stream().anyMatch(c -> c.kind() != Constraint.Kind.UNCHECKED)) {
      return true;
    }
    JsonType type = slot.type();
    if (type instanceof Container container) {
      return slotReaches(container.element(), visited);
    }
    return slot.cascade() && type instanceof Named named && !named.isEnum() && reaches(named.element(), visited);
  }
}
