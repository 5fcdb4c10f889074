package dev.lift.processor.json.reading;

import com.squareup.javapoet.ClassName;
import dev.lift.processor.base.Messages;
import dev.lift.processor.json.model.EnumModel;
import dev.lift.processor.json.model.JsonType;
import dev.lift.processor.json.model.JsonType.Slot;
import dev.lift.processor.json.model.ObjectModel;
import dev.lift.processor.json.model.Problem;
import dev.lift.processor.json.model.Property;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the JSON properties of records and classes, and the constants of enums, the way
 * jackson-databind does for the cases generated codecs support: a record's components; a class's
 * constructor parameters, each returned by a getter of the same name; and, for writing only, any
 * other public getter ({@code getX()}, or {@code isX()} returning boolean).
 */
final class PropertyReader {
  private final Types types;
  private final Elements elements;
  private final JsonTypeReader typeReader;

  PropertyReader(ProcessingEnvironment env, JsonTypeReader typeReader) {
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
    this.typeReader = typeReader;
  }

  ObjectModel read(TypeElement type, ClassName codec) {
    String name = type.getQualifiedName().toString();
    List<Problem> problems = new ArrayList<>(typeProblems(type, codec.packageName()));
    List<Property> properties = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      recordProperties(type, properties, problems);
    } else {
      classProperties(type, properties, problems);
    }
    getterProperties(type, properties, problems);
    Set<String> names = new LinkedHashSet<>();
    for (Property property : properties) {
      if (!names.add(property.jsonName())) {
        problems.add(new Problem(Messages.jsonDuplicateName(name, property.jsonName())));
      }
      checkVisible(property.type(), codec.packageName(), problems);
    }
    return new ObjectModel(type, codec, properties, problems);
  }

  EnumModel readEnum(TypeElement type, ClassName codec) {
    List<Problem> problems = new ArrayList<>(typeProblems(type, codec.packageName()));
    List<EnumModel.Constant> constants = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        List<Mirrors.Placed> annotations = Mirrors.collect(List.of(member), List.of(), member);
        String jsonName = JacksonAnnotations.name(annotations).orElse(member.getSimpleName().toString());
        constants.add(new EnumModel.Constant(member.getSimpleName().toString(), jsonName));
        if (!names.add(jsonName)) {
          problems.add(new Problem(Messages.jsonDuplicateName(type.getQualifiedName().toString(), jsonName)));
        }
      } else {
        jacksonProblem(member, type, problems);
      }
    }
    return new EnumModel(type, codec, constants, problems);
  }

  /** What keeps a type from having a codec whatever its properties. */
  private List<Problem> typeProblems(TypeElement type, String packageName) {
    String name = type.getQualifiedName().toString();
    List<Problem> problems = new ArrayList<>();
    if (!type.getTypeParameters().isEmpty()) {
      problems.add(new Problem(Messages.jsonGeneric(name)));
    }
    if (type.getNestingKind() == NestingKind.MEMBER && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      problems.add(new Problem(Messages.jsonInnerClass(name)));
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS
        || !isVisibleFrom(type, packageName)) {
      problems.add(new Problem(Messages.jsonNotAccessible(name, packageName)));
    }
    JacksonAnnotations.unsupported(type).ifPresent(mirror ->
        problems.add(new Problem(Messages.jsonJacksonAnnotation(name, Mirrors.simpleName(mirror)))));
    return problems;
  }

  private void recordProperties(TypeElement type, List<Property> properties, List<Problem> problems) {
    Optional<ExecutableElement> canonical = canonicalConstructor(type);
    List<? extends RecordComponentElement> components = type.getRecordComponents();
    for (int i = 0; i < components.size(); i++) {
      RecordComponentElement component = components.get(i);
      String javaName = component.getSimpleName().toString();
      // The private field first: javac copies the component's annotations to it and reports on
      // it at the component's place in the source (the component itself has no position in javac 17).
      Optional<VariableElement> field = field(type, javaName);
      List<Element> places = new ArrayList<>();
      field.ifPresent(places::add);
      places.add(component);
      Optional.ofNullable(component.getAccessor()).ifPresent(places::add);
      int index = i;
      canonical.ifPresent(c -> places.add(c.getParameters().get(index)));
      property(type, javaName, javaName, component.asType(), places, field.<Element>map(f -> f).orElse(component),
          true, problems).ifPresent(properties::add);
      places.forEach(place -> jacksonProblem(place, type, problems));
    }
  }

  private void classProperties(TypeElement type, List<Property> properties, List<Problem> problems) {
    String name = type.getQualifiedName().toString();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.PUBLIC) && !field.getModifiers().contains(Modifier.STATIC)) {
        problems.add(new Problem(Messages.jsonPublicField(name, field.getSimpleName().toString())));
      }
    }
    List<ExecutableElement> candidates = new ArrayList<>();
    Optional<ExecutableElement> creator = Optional.empty();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      if (JacksonAnnotations.isCreator(constructor)) {
        creator = Optional.of(constructor);
      } else if (!constructor.getParameters().isEmpty()
          && constructor.getParameters().stream().allMatch(p -> getter(type, p).isPresent())) {
        candidates.add(constructor);
      }
    }
    ExecutableElement constructor;
    if (creator.isPresent()) {
      constructor = creator.get();
    } else if (candidates.size() == 1) {
      constructor = candidates.get(0);
    } else {
      problems.add(new Problem(candidates.isEmpty() ? Messages.jsonNoConstructor(name) : Messages.jsonSeveralConstructors(name)));
      return;
    }
    for (VariableElement parameter : constructor.getParameters()) {
      String javaName = parameter.getSimpleName().toString();
      Optional<ExecutableElement> getter = getter(type, parameter);
      if (getter.isEmpty()) {
        problems.add(new Problem(Messages.jsonCreatorWithoutGetter(name, javaName)));
        continue;
      }
      List<Element> places = new ArrayList<>(List.of(parameter, getter.get()));
      field(type, javaName).ifPresent(places::add);
      property(type, javaName, getter.get().getSimpleName().toString(), parameter.asType(), places, parameter, true,
          problems)
          .ifPresent(properties::add);
      places.forEach(place -> jacksonProblem(place, type, problems));
    }
  }

  /** Public getters that no constructor property covers: written, as jackson-databind writes them. */
  private void getterProperties(TypeElement type, List<Property> properties, List<Problem> problems) {
    Set<String> covered = new LinkedHashSet<>();
    properties.forEach(p -> covered.add(p.accessor()));
    properties.forEach(p -> covered.add(p.javaName()));
    for (TypeElement owner = type; owner != null; owner = superclass(owner)) {
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        Optional<String> propertyName = getterProperty(method);
        if (propertyName.isEmpty() || covered.contains(method.getSimpleName().toString())
            || covered.contains(propertyName.get())) {
          continue;
        }
        covered.add(method.getSimpleName().toString());
        covered.add(propertyName.get());
        List<Element> places = new ArrayList<>(List.of(method));
        jacksonProblem(method, type, problems);
        property(type, propertyName.get(), method.getSimpleName().toString(), method.getReturnType(), places, method,
            false, problems)
            .ifPresent(properties::add);
      }
    }
  }

  /** One property; a type the codec cannot handle becomes a problem of the owner. */
  private Optional<Property> property(TypeElement owner, String javaName, String accessor, TypeMirror type,
      List<Element> places, Element element, boolean inConstructor, List<Problem> problems) {
    List<Mirrors.Placed> annotations = Mirrors.collect(places, List.of(), element);
    String jsonName = JacksonAnnotations.name(annotations).orElse(javaName);
    List<String> whys = new ArrayList<>();
    Optional<Slot> slot = typeReader.slot(type, annotations, element, false, whys);
    String where = "field '" + jsonName + "' of " + owner.getQualifiedName();
    for (String why : whys) {
      problems.add(new Problem(Messages.jsonPropertyType(where, JsonTypeReader.display(type), why)));
    }
    boolean required = inConstructor
        && (type.getKind().isPrimitive() || JacksonAnnotations.required(annotations));
    return slot.map(s -> new Property(javaName, jsonName, accessor, s, inConstructor, required, element));
  }

  private void jacksonProblem(Element place, TypeElement owner, List<Problem> problems) {
    JacksonAnnotations.unsupported(place).ifPresent(mirror -> problems.add(new Problem(
        Messages.jsonJacksonAnnotation(owner.getQualifiedName() + "." + place.getSimpleName(), Mirrors.simpleName(mirror)))));
  }

  /** Every type the codec's code names must be visible from the codec's package. */
  private void checkVisible(JsonType type, String packageName, List<Problem> problems) {
    if (type instanceof JsonType.Container container) {
      checkVisible(container.element().type(), packageName, problems);
    } else if (type instanceof JsonType.Named named && !isVisibleFrom(named.element(), packageName)) {
      problems.add(new Problem(Messages.jsonNotAccessible(named.element().getQualifiedName().toString(), packageName)));
    }
  }

  private boolean isVisibleFrom(TypeElement type, String packageName) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!modifiers.contains(Modifier.PUBLIC)
          && !elements.getPackageOf(e).getQualifiedName().contentEquals(packageName)) {
        return false;
      }
    }
    return true;
  }

  private Optional<ExecutableElement> canonicalConstructor(TypeElement record) {
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      if (parameters.size() != components.size()) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < parameters.size() && matches; i++) {
        matches = types.isSameType(types.erasure(parameters.get(i).asType()), types.erasure(components.get(i).asType()));
      }
      if (matches) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }

  private static Optional<VariableElement> field(TypeElement type, String name) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(f -> f.getSimpleName().contentEquals(name) && !f.getModifiers().contains(Modifier.STATIC))
        .findFirst();
  }

  /** {@code name()}, {@code getName()} or {@code isName()} returning the parameter's type. */
  private Optional<ExecutableElement> getter(TypeElement type, VariableElement parameter) {
    String name = parameter.getSimpleName().toString();
    String capitalized = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    List<String> candidates = List.of(name, "get" + capitalized, "is" + capitalized);
    for (TypeElement owner = type; owner != null; owner = superclass(owner)) {
      for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
        if (candidates.contains(method.getSimpleName().toString())
            && method.getParameters().isEmpty()
            && !method.getModifiers().contains(Modifier.STATIC)
            && !method.getModifiers().contains(Modifier.PRIVATE)
            && types.isSameType(method.getReturnType(), parameter.asType())) {
          return Optional.of(method);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The property a public getter stands for, as jackson-databind names it: {@code getURL} is
   * {@code url}, {@code getFirstName} is {@code firstName}, {@code isActive} (boolean) is {@code active}.
   */
  private static Optional<String> getterProperty(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.STATIC)
        || !method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID
        || !method.getTypeParameters().isEmpty()) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      return Optional.of(mangle(name.substring(3)));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return Optional.of(mangle(name.substring(2)));
    }
    return Optional.empty();
  }

  /** Jackson's legacy property naming: the leading upper-case letters become lower case. */
  private static String mangle(String suffix) {
    StringBuilder name = new StringBuilder(suffix.length());
    int i = 0;
    while (i < suffix.length() && Character.isUpperCase(suffix.charAt(i))) {
      name.append(Character.toLowerCase(suffix.charAt(i)));
      i++;
    }
    return name.append(suffix, i, suffix.length()).toString();
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object")
        || element.getQualifiedName().contentEquals("java.lang.Record") ? null : element;
  }
}
