package dev.lift.processor.writing;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.Dependency;
import dev.lift.processor.model.Hook;
import dev.lift.processor.model.Provider;
import dev.lift.processor.wiring.WiringGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the entry class's constructor, Lambda's init: one field per resource and per instance,
 * created in dependency order through {@code Init} (which names whatever fails), then the warm-up
 * hooks, then priming and the SnapStart hooks.
 */
final class InitWriter {
  static final ClassName INIT = ClassName.get("dev.lift.runtime.init", "Init");
  static final String HEALTH_REGISTRY = "dev.lift.runtime.health.HealthRegistry";

  private final Application application;
  private final WiringGraph graph;
  private final NameAllocator names;
  /** Fields of the instances, by class: handlers, middleware, owners of providers and hooks. */
  private final Map<TypeElement, String> instanceFields;
  /** Fields of middleware applied by binding annotations, by {@code MiddlewareUse.instanceKey()}. */
  private final Map<String, String> boundFields;
  private final AnnotationLiterals literals;
  private final Map<Provider, String> resourceFields = new LinkedHashMap<>();
  private final Map<TypeElement, Integer> boundCounts = new LinkedHashMap<>();

  InitWriter(Application application, NameAllocator names, Map<TypeElement, String> instanceFields,
      Map<String, String> boundFields, AnnotationLiterals literals) {
    this.application = application;
    this.graph = WiringGraph.of(application);
    this.names = names;
    this.instanceFields = instanceFields;
    this.boundFields = boundFields;
    this.literals = literals;
  }

  /** Declares the fields and returns the constructor; call before writing code that uses the fields. */
  MethodSpec write(TypeSpec.Builder type) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (WiringGraph.Node node : graph.creationOrder()) {
      if (node instanceof WiringGraph.ResourceNode) {
        Provider provider = ((WiringGraph.ResourceNode) node).provider();
        String field = names.newName(provider.method().getSimpleName().toString(), provider);
        resourceFields.put(provider, field);
        type.addField(FieldSpec.builder(TypeName.get(provider.type()), field, Modifier.PRIVATE, Modifier.FINAL).build());
        CodeBlock receiver = provider.isStatic()
            ? CodeBlock.of("$T", ClassName.get(provider.owner()))
            : CodeBlock.of("$L", instanceFields.get(provider.owner()));
        body.addStatement("step = $S", "resource " + node.describe());
        body.addStatement("this.$L = $T.resource(step, $L.$L($L))", field, INIT, receiver,
            provider.method().getSimpleName(), arguments(provider.parameters()));
      } else {
        WiringGraph.InstanceNode instance = (WiringGraph.InstanceNode) node;
        TypeElement element = instance.type();
        String base = decapitalize(element.getSimpleName().toString());
        if (instance.binding().isPresent()) {
          // One instance per distinct set of values: quotaCheck1, quotaCheck2, ...
          base += boundCounts.merge(element, 1, Integer::sum);
        }
        String field = names.newName(base, instance.key());
        ClassName className = ClassName.get(element);
        type.addOriginatingElement(element);
        FieldSpec.Builder fieldSpec = FieldSpec.builder(className, field, Modifier.PRIVATE, Modifier.FINAL);
        instance.binding().ifPresent(b -> fieldSpec.addJavadoc("Applied by {@code $L}.\n", Comments.safe(b.toString())));
        type.addField(fieldSpec.build());
        body.addStatement("step = $S", "new " + element.getSimpleName()
            + instance.binding().map(b -> " for @" + b.getAnnotationType().asElement().getSimpleName()).orElse(""));
        if (instance.binding().isPresent()) {
          boundFields.put(instance.key(), field);
          List<CodeBlock> arguments = new ArrayList<>();
          arguments.add(literals.instance(instance.binding().get()));
          if (!instance.dependencies().isEmpty()) {
            arguments.add(arguments(instance.dependencies()));
          }
          body.addStatement("this.$L = new $T($L)", field, className, CodeBlock.join(arguments, ", "));
        } else {
          instanceFields.put(element, field);
          body.addStatement("this.$L = new $T($L)", field, className, arguments(instance.dependencies()));
        }
      }
    }
    for (Hook hook : hooks(Hook.Phase.INIT)) {
      body.addStatement("step = $S", "warm-up hook " + hook.displayName());
      body.addStatement("$L", call(hook));
    }
    body.add("// Priming before a SnapStart checkpoint (and now with LIFT_PRIME_AT_INIT=true).\n")
        .addStatement("step = $S", "priming")
        .addStatement("started()");
    for (Map.Entry<Provider, String> resource : resourceFields.entrySet()) {
      if (resource.getKey().type().toString().equals(HEALTH_REGISTRY)) {
        body.addStatement("$L.markReady()", resource.getValue());
      }
    }
    type.addMethod(hookMethod("beforeCheckpoint", "@BeforeCheckpoint", Hook.Phase.BEFORE_CHECKPOINT));
    type.addMethod(hookMethod("afterRestore", "@AfterRestore", Hook.Phase.AFTER_RESTORE));
    CodeBlock constructor = CodeBlock.builder()
        .add("// Resources (@PreWarm), instances and warm-up hooks, each after what it needs.\n")
        .addStatement("String step = null")
        .beginControlFlow("try")
        .add(body.build())
        .nextControlFlow("catch ($T e)", Throwable.class)
        .addStatement("throw $T.failed(step, e)", INIT)
        .endControlFlow()
        .build();
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Lambda's init, run once per execution environment.\n")
        .addCode(constructor)
        .build();
  }

  private MethodSpec hookMethod(String name, String annotation, Hook.Phase phase) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc("The $L hooks, in declaration order.\n", annotation)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addException(Exception.class);
    for (Hook hook : hooks(phase)) {
      method.addStatement("$L", call(hook));
    }
    return method.build();
  }

  private List<Hook> hooks(Hook.Phase phase) {
    List<Hook> hooks = new ArrayList<>();
    for (Hook hook : application.hooks()) {
      if (hook.phase() == phase) {
        hooks.add(hook);
      }
    }
    return hooks;
  }

  private CodeBlock call(Hook hook) {
    CodeBlock receiver = hook.isStatic()
        ? CodeBlock.of("$T", ClassName.get(hook.owner()))
        : CodeBlock.of("$L", instanceFields.get(hook.owner()));
    return CodeBlock.of("$L.$L($L)", receiver, hook.method().getSimpleName(), arguments(hook.parameters()));
  }

  private CodeBlock arguments(List<Dependency> dependencies) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (Dependency dependency : dependencies) {
      arguments.add(CodeBlock.of("$L", resourceFields.get(graph.resolve(dependency))));
    }
    return CodeBlock.join(arguments, ", ");
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
