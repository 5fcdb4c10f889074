package dev.lift.processor.json.reading;

import com.squareup.javapoet.TypeName;
import dev.lift.processor.base.Messages;
import dev.lift.processor.json.model.CodecNames;
import dev.lift.processor.json.model.Constraint;
import dev.lift.processor.json.model.EnumModel;
import dev.lift.processor.json.model.JsonType;
import dev.lift.processor.json.model.JsonType.Container;
import dev.lift.processor.json.model.JsonType.ContainerKind;
import dev.lift.processor.json.model.JsonType.Named;
import dev.lift.processor.json.model.JsonType.Scalar;
import dev.lift.processor.json.model.JsonType.Slot;
import dev.lift.processor.json.model.ObjectModel;
import dev.lift.processor.json.model.Problem;
import dev.lift.processor.json.model.ScalarKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads body types into the codec model: what JSON each Java type is, and for records, classes
 * and enums, their properties or constants. Models are read once per type and kept, so a type
 * reached from several bodies is one model; recursive types are fine.
 */
public final class JsonTypeReader {
  private static final Map<String, ScalarKind> SCALARS = Map.ofEntries(
      Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
      Map.entry("java.lang.Byte", ScalarKind.BYTE),
      Map.entry("java.lang.Short", ScalarKind.SHORT),
      Map.entry("java.lang.Integer", ScalarKind.INT),
      Map.entry("java.lang.Long", ScalarKind.LONG),
      Map.entry("java.lang.Float", ScalarKind.FLOAT),
      Map.entry("java.lang.Double", ScalarKind.DOUBLE),
      Map.entry("java.lang.Character", ScalarKind.CHAR),
      Map.entry("java.lang.String", ScalarKind.STRING),
      Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
      Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
      Map.entry("java.util.UUID", ScalarKind.UUID),
      Map.entry("java.time.Instant", ScalarKind.INSTANT),
      Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
      Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
      Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
      Map.entry("java.time.Duration", ScalarKind.DURATION));

  private static final Map<String, ContainerKind> CONTAINERS = Map.of(
      "java.util.List", ContainerKind.LIST,
      "java.util.Collection", ContainerKind.LIST,
      "java.util.Set", ContainerKind.SET,
      "java.util.Map", ContainerKind.MAP,
      "java.util.Optional", ContainerKind.OPTIONAL);

  private final PropertyReader properties;
  private final Map<String, ObjectModel> objects = new HashMap<>();
  private final Map<String, EnumModel> enums = new HashMap<>();
  private final Set<String> reading = new HashSet<>();

  public JsonTypeReader(ProcessingEnvironment env) {
    this.properties = new PropertyReader(env, this);
  }

  /**
   * A body type as the generated code would see it, and every reason it cannot have a generated
   * codec: its own and those of every record, class or enum it reaches. A body is checked as if
   * its parameter said {@code @Valid}: its constraints, and those of its elements.
   */
  public Reading read(TypeMirror bodyType) {
    List<String> whys = new ArrayList<>();
    Optional<Slot> slot = slot(bodyType, List.of(), null, true, whys);
    List<Problem> problems = new ArrayList<>();
    whys.forEach(why -> problems.add(new Problem(why)));
    slot.ifPresent(s -> collectProblems(s.type(), new HashSet<>(), problems));
    return new Reading(slot, problems);
  }

  /** The model of a record or class reached by a body type; read it with {@link #read} first. */
  public ObjectModel object(TypeElement type) {
    return objects.get(type.getQualifiedName().toString());
  }

  public EnumModel enumModel(TypeElement type) {
    return enums.get(type.getQualifiedName().toString());
  }

  /**
   * The slot of a value: its JSON type and the constraints written on it (declaration annotations
   * and type-use annotations on {@code type}). Reasons it cannot be read go to {@code whys}.
   *
   * @param cascade whether an enclosing {@code @Valid} (on a container) reaches this value
   */
  Optional<Slot> slot(TypeMirror type, List<Mirrors.Placed> declared, Element at, boolean cascade, List<String> whys) {
    return slot(type, declared, Set.of(), at, cascade, whys);
  }

  /** @param ignored type-use annotations that belong to an enclosing declaration (see {@link #array}) */
  private Optional<Slot> slot(TypeMirror type, List<Mirrors.Placed> declared, Set<String> ignored, Element at,
      boolean cascade, List<String> whys) {
    List<Mirrors.Placed> annotations = new ArrayList<>(declared);
    for (Mirrors.Placed typeUse : Mirrors.collect(List.of(), type.getAnnotationMirrors(), at)) {
      String name = Mirrors.name(typeUse.mirror());
      if (!ignored.contains(name) && Mirrors.find(annotations, name).isEmpty()) {
        annotations.add(typeUse);
      }
    }
    Set<String> declaredNames = new HashSet<>();
    annotations.forEach(a -> declaredNames.add(Mirrors.name(a.mirror())));
    List<Constraint> constraints = ConstraintReader.read(annotations);
    boolean cascades = cascade || ConstraintReader.isValid(annotations);
    return jsonType(type, declaredNames, at, cascades, whys).map(t -> new Slot(t, constraints, cascades));
  }

  private Optional<JsonType> jsonType(TypeMirror type, Set<String> declared, Element at, boolean cascade,
      List<String> whys) {
    switch (type.getKind()) {
      case BOOLEAN: return scalar(type, ScalarKind.BOOLEAN, true);
      case BYTE: return scalar(type, ScalarKind.BYTE, true);
      case SHORT: return scalar(type, ScalarKind.SHORT, true);
      case INT: return scalar(type, ScalarKind.INT, true);
      case LONG: return scalar(type, ScalarKind.LONG, true);
      case FLOAT: return scalar(type, ScalarKind.FLOAT, true);
      case DOUBLE: return scalar(type, ScalarKind.DOUBLE, true);
      case CHAR: return scalar(type, ScalarKind.CHAR, true);
      case ARRAY: return array((ArrayType) type, declared, at, cascade, whys);
      case DECLARED: return declared((DeclaredType) type, at, cascade, whys);
      case TYPEVAR:
      case WILDCARD:
        whys.add(Messages.jsonUnresolvedType(display(type)));
        return Optional.empty();
      default:
        whys.add(Messages.jsonUnsupportedType(display(type)));
        return Optional.empty();
    }
  }

  private static Optional<JsonType> scalar(TypeMirror type, ScalarKind kind, boolean primitive) {
    return Optional.of(new Scalar(type, kind, primitive));
  }

  /**
   * In {@code @NotEmpty long[] scores} the annotation is both a declaration annotation (of the
   * array) and, by Java's syntax, a type-use annotation of {@code long}; it means the array, as
   * Bean Validation reads it, so the element ignores annotations its declaration already has.
   */
  private Optional<JsonType> array(ArrayType type, Set<String> declared, Element at, boolean cascade,
      List<String> whys) {
    TypeMirror component = type.getComponentType();
    if (component.getKind() == TypeKind.BYTE) {
      return scalar(type, ScalarKind.BASE64, false);
    }
    if (component.getKind() == TypeKind.CHAR) {
      whys.add(Messages.jsonCharArray());
      return Optional.empty();
    }
    if (component.getKind() == TypeKind.TYPEVAR
        || (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty())) {
      whys.add(Messages.jsonGenericArray(display(type)));
      return Optional.empty();
    }
    return slot(component, List.of(), declared, at, cascade, whys).map(e -> new Container(type, ContainerKind.ARRAY, e));
  }

  private Optional<JsonType> declared(DeclaredType type, Element at, boolean cascade, List<String> whys) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    ScalarKind scalar = SCALARS.get(name);
    if (scalar != null) {
      return scalar(type, scalar, false);
    }
    ContainerKind container = CONTAINERS.get(name);
    if (container != null) {
      return container(type, container, at, cascade, whys);
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      whys.add(Messages.jsonUnsupportedType(display(type)));
      return Optional.empty();
    }
    switch (element.getKind()) {
      case ENUM:
        readEnum(element);
        return Optional.of(new Named(type, element, true));
      case RECORD:
      case CLASS:
        if (element.getModifiers().contains(Modifier.ABSTRACT)) {
          whys.add(Messages.jsonAbstract(display(type)));
          return Optional.empty();
        }
        readObject(element);
        return Optional.of(new Named(type, element, false));
      default:
        whys.add(Messages.jsonAbstract(display(type)));
        return Optional.empty();
    }
  }

  private Optional<JsonType> container(
      DeclaredType type, ContainerKind kind, Element at, boolean cascade, List<String> whys) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.isEmpty()) {
      whys.add(Messages.jsonUnresolvedType(display(type)));
      return Optional.empty();
    }
    if (kind == ContainerKind.MAP) {
      TypeMirror key = arguments.get(0);
      if (!(key.getKind() == TypeKind.DECLARED
          && ((TypeElement) ((DeclaredType) key).asElement()).getQualifiedName().contentEquals("java.lang.String"))) {
        whys.add(Messages.jsonMapKeys(display(type)));
        return Optional.empty();
      }
    }
    TypeMirror element = arguments.get(arguments.size() - 1);
    return slot(element, List.of(), at, cascade, whys).map(e -> new Container(type, kind, e));
  }

  private void readObject(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (objects.containsKey(name) || !reading.add(name)) {
      return;
    }
    objects.put(name, properties.read(type, CodecNames.codecClass(type)));
    reading.remove(name);
  }

  private void readEnum(TypeElement type) {
    enums.computeIfAbsent(type.getQualifiedName().toString(), n -> properties.readEnum(type, CodecNames.codecClass(type)));
  }

  /** Every problem of the named types reachable from {@code type}, each type visited once. */
  private void collectProblems(JsonType type, Set<String> visited, List<Problem> problems) {
    if (type instanceof Container container) {
      collectProblems(container.element().type(), visited, problems);
    } else if (type instanceof Named named) {
      String name = named.element().getQualifiedName().toString();
      if (!visited.add(name)) {
        return;
      }
      if (named.isEnum()) {
        problems.addAll(enums.get(name).problems());
        return;
      }
      ObjectModel model = objects.get(name);
      problems.addAll(model.problems());
      model.properties().forEach(p -> collectProblems(p.type(), visited, problems));
    }
  }

  /** A type as a reader writes it, without type-use annotations: {@code java.util.List<com.example.Item>}. */
  static String display(TypeMirror type) {
    try {
      return TypeName.get(type).toString();
    } catch (IllegalArgumentException e) {
      return type.toString();
    }
  }

  /**
   * A body type read into the model.
   *
   * @param slot the type, when its own shape is readable (it may still reach types with problems)
   * @param problems every reason the body type cannot have a generated codec; empty when it can
   */
  public record Reading(Optional<Slot> slot, List<Problem> problems) {
    public Reading {
      problems = List.copyOf(problems);
    }

    public boolean supported() {
      return slot.isPresent() && problems.isEmpty();
    }
  }

  /** The generated codec class of a record, class or enum. */
  public com.squareup.javapoet.ClassName codecClass(Named named) {
    return CodecNames.codecClass(named.element());
  }
}
