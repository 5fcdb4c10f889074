package dev.lift.processor.dynamo;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.ClassName;
import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Writes a DynamoDB table schema for each {@code @DynamoItem} record (lift-dynamodb's annotation,
 * read by name: this processor does not depend on the SDK). Its own processor, apart from the
 * application's entry class, because items need no application. Steps: read the record into an
 * {@link ItemModel} (reporting what cannot be mapped), then write {@code <Record>_TableSchema}.
 * Records whose component types another processor has yet to generate wait for a later round.
 */
@AutoService(Processor.class)
public final class TableSchemaProcessor extends AbstractProcessor {
  private final Set<String> pending = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ItemReader.DYNAMO_ITEM);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ItemReader.DYNAMO_ITEM);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement) {
          pending.add(((TypeElement) element).getQualifiedName().toString());
        }
      }
    }
    for (String name : Set.copyOf(pending)) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null) {
        pending.remove(name);
        continue;
      }
      try {
        if (ItemReader.unresolved(type)) {
          if (round.processingOver()) {
            reporter.error(Messages.dynamoMissingType(name), type);
            pending.remove(name);
          }
          continue;
        }
        pending.remove(name);
        Optional<ItemModel> item = new ItemReader(processingEnv, reporter).read(type);
        if (item.isPresent()) {
          write(item.get(), reporter);
        }
      } catch (RuntimeException e) {
        reporter.error(Messages.unexpected(name, e), type);
      }
    }
    return false;
  }

  private void write(ItemModel item, Reporter reporter) {
    ClassName schema = SchemaWriter.schemaName(ClassName.get(item.type()));
    try {
      new SchemaWriter(item).write().writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      reporter.error(Messages.dynamoNotWritten(schema.canonicalName(), e.getMessage()), item.type());
    }
  }
}
