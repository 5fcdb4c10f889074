package dev.lift.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Instances of binding annotations ({@code @MiddlewareBinding}) written as code: one small nested
 * class per annotation type that implements it with final fields, so the init hands middleware
 * its configuration without reflection. Validation has checked that every member is a primitive,
 * a string, a class, an enum or an array of those.
 */
final class AnnotationLiterals {
  private final Elements elements;
  private final NameAllocator names;
  private final ClassName enclosing;
  private final Map<TypeElement, ClassName> classes = new LinkedHashMap<>();

  AnnotationLiterals(Elements elements, NameAllocator names, ClassName enclosing) {
    this.elements = elements;
    this.names = names;
    this.enclosing = enclosing;
  }

  /** {@code new RequireAccessLiteral(new String[] {"admin"}, new String[] {})}. */
  CodeBlock instance(AnnotationMirror mirror) {
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    ClassName literal = classes.computeIfAbsent(type, t ->
        enclosing.nestedClass(names.newName(t.getSimpleName() + "Literal", t.getQualifiedName() + "$literal")));
    Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(mirror);
    List<CodeBlock> arguments = new ArrayList<>();
    for (ExecutableElement member : members(type)) {
      arguments.add(value(member.getReturnType(), values.get(member)));
    }
    return CodeBlock.of("new $T($L)", literal, CodeBlock.join(arguments, ", "));
  }

  /** The nested classes of every annotation {@link #instance} was asked for. */
  List<TypeSpec> write() {
    List<TypeSpec> types = new ArrayList<>();
    for (Map.Entry<TypeElement, ClassName> e : classes.entrySet()) {
      types.add(literalClass(e.getKey(), e.getValue()));
    }
    return types;
  }

  private TypeSpec literalClass(TypeElement annotation, ClassName name) {
    ClassName annotationName = ClassName.get(annotation);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc("{@code @$L} with the values written in the sources, for the middleware it configures.\n",
            annotation.getSimpleName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(annotationName);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (ExecutableElement member : members(annotation)) {
      String field = member.getSimpleName().toString();
      TypeName fieldType = TypeName.get(member.getReturnType());
      type.addField(FieldSpec.builder(fieldType, field, Modifier.PRIVATE, Modifier.FINAL).build());
      constructor.addParameter(fieldType, field).addStatement("this.$L = $L", field, field);
      boolean array = member.getReturnType() instanceof ArrayType;
      type.addMethod(MethodSpec.methodBuilder(field)
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(fieldType)
          // Arrays are copied, as an annotation's are: the middleware cannot change its own configuration.
          .addStatement(array ? "return $L.clone()" : "return $L", field)
          .build());
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("annotationType")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Annotation.class)))
        .addStatement("return $T.class", annotationName)
        .build());
    return type.build();
  }

  private static List<ExecutableElement> members(TypeElement annotation) {
    return ElementFilter.methodsIn(annotation.getEnclosedElements());
  }

  private CodeBlock value(TypeMirror type, AnnotationValue value) {
    Object raw = value.getValue();
    if (raw instanceof List) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      List<CodeBlock> items = new ArrayList<>();
      for (Object item : (List<?>) raw) {
        items.add(value(component, (AnnotationValue) item));
      }
      return CodeBlock.of("new $T {$L}", TypeName.get(type), CodeBlock.join(items, ", "));
    }
    if (raw instanceof String) {
      return CodeBlock.of("$S", raw);
    }
    if (raw instanceof VariableElement) {
      VariableElement constant = (VariableElement) raw;
      return CodeBlock.of("$T.$L", TypeName.get(constant.asType()), constant.getSimpleName());
    }
    if (raw instanceof TypeMirror) {
      return CodeBlock.of("$T.class", TypeName.get((TypeMirror) raw));
    }
    if (raw instanceof Character) {
      return CodeBlock.of("(char) $L", (int) (Character) raw);
    }
    if (raw instanceof Byte || raw instanceof Short) {
      return CodeBlock.of("($T) $L", TypeName.get(type), raw);
    }
    // Integer, Long, Float, Double and Boolean: javac's own rendering is a valid literal (1L, 1.5f, Double.NaN as 0.0/0.0).
    return CodeBlock.of("$L", value.toString());
  }
}
