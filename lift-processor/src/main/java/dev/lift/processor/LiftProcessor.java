package dev.lift.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.JavaFile;
import dev.lift.processor.base.Annotations;
import dev.lift.processor.json.JsonCodecs;
import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.reading.EventReader;
import dev.lift.processor.reading.ModelReader;
import dev.lift.processor.reading.TypeReader;
import dev.lift.processor.validation.Validator;
import dev.lift.processor.writing.EntryClassWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The entry processor. Its steps, in order: collect the annotated elements of the round; wait
 * while their types are not all resolved (another processor may generate them); read them into
 * the model; validate it; write one entry class per clean application.
 */
@AutoService(Processor.class)
public final class LiftProcessor extends AbstractProcessor {
  /** Qualified names seen so far and not yet generated; names survive rounds, elements do not. */
  private final Set<String> pendingApplications = new LinkedHashSet<>();
  private final Set<String> pendingHandlers = new LinkedHashSet<>();
  private final Set<String> pendingWiring = new LinkedHashSet<>();
  /** Top-level types compiled from source in any round so far: the others come from class files. */
  private final Set<String> sourceTypes = new java.util.HashSet<>();
  private final Set<String> pendingEvents = new LinkedHashSet<>();

  /** One for the whole run: it remembers which codec files it wrote, which a later round must not rewrite. */
  private JsonCodecs json;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    json = new JsonCodecs(env);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new LinkedHashSet<>(List.of(Annotations.ROUTE, Annotations.APPLICATION,
        Annotations.MIDDLEWARE, Annotations.RECOVER, Annotations.RUNS_AFTER, Annotations.PRE_WARM, Annotations.NAMED,
        Annotations.BEFORE_CHECKPOINT, Annotations.AFTER_RESTORE));
    supported.addAll(EventReader.annotations());
    return supported;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        sourceTypes.add(((TypeElement) root).getQualifiedName().toString());
      }
    }
    Reporter reporter = new Reporter(processingEnv.getMessager(), sourceTypes);
    try {
      collect(round);
      reportStrayRecovers(round, reporter);
      reportStrayMiddleware(round, reporter);
      if (pendingApplications.isEmpty() && pendingHandlers.isEmpty() && pendingWiring.isEmpty()
          && pendingEvents.isEmpty()) {
        return false;
      }
      Elements elements = processingEnv.getElementUtils();
      List<TypeElement> applications = resolve(pendingApplications, elements);
      List<TypeElement> handlers = resolve(pendingHandlers, elements);
      List<TypeElement> wiring = resolve(pendingWiring, elements);
      List<TypeElement> eventClasses = resolve(pendingEvents, elements);
      TypeReader types = new TypeReader(processingEnv);
      ModelReader reader = new ModelReader(reporter, types);
      EventReader eventReader = new EventReader(reporter, types);
      List<ExecutableElement> unresolved = new ArrayList<>(reader.unresolved(handlers, wiring));
      unresolved.addAll(eventReader.unresolved(eventClasses));
      if (!unresolved.isEmpty()) {
        if (round.processingOver()) {
          unresolved.forEach(method -> reportMissingTypes(method, types, reporter));
        }
        return false; // try again next round, when other processors' sources exist
      }
      pendingApplications.clear();
      pendingHandlers.clear();
      pendingWiring.clear();
      pendingEvents.clear();
      generate(eventReader.attach(reader.read(applications, handlers, wiring), eventClasses), reporter, elements);
    } catch (RuntimeException | Error e) {
      reporter.error(Messages.unexpected("this round", e), firstElement(round));
    }
    return false;
  }

  private void collect(RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(elementNamed(Annotations.APPLICATION))) {
      if (element instanceof TypeElement) {
        pendingApplications.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
    for (Element element : round.getElementsAnnotatedWith(elementNamed(Annotations.ROUTE))) {
      if (element.getEnclosingElement() instanceof TypeElement) {
        pendingHandlers.add(((TypeElement) element.getEnclosingElement()).getQualifiedName().toString());
      }
    }
    for (String annotation : EventReader.annotations()) {
      TypeElement type = elementNamed(annotation);
      if (type == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(type)) {
        if (element.getEnclosingElement() instanceof TypeElement) {
          pendingEvents.add(((TypeElement) element.getEnclosingElement()).getQualifiedName().toString());
        }
      }
    }
    for (String annotation : List.of(Annotations.PRE_WARM, Annotations.BEFORE_CHECKPOINT, Annotations.AFTER_RESTORE)) {
      TypeElement type = elementNamed(annotation);
      if (type == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(type)) {
        if (element.getEnclosingElement() instanceof TypeElement) {
          pendingWiring.add(((TypeElement) element.getEnclosingElement()).getQualifiedName().toString());
        }
      }
    }
  }

  /** {@code @Recover} outside an application or handler class would silently apply nowhere. */
  private void reportStrayRecovers(RoundEnvironment round, Reporter reporter) {
    TypeElement recover = elementNamed(Annotations.RECOVER);
    if (recover == null) {
      return;
    }
    for (Element method : round.getElementsAnnotatedWith(recover)) {
      Element owner = method.getEnclosingElement();
      boolean application = Annotations.find(owner, Annotations.APPLICATION).isPresent();
      boolean handler = owner.getEnclosedElements().stream()
          .anyMatch(e -> Annotations.find(e, Annotations.ROUTE).isPresent());
      if (!application && !handler) {
        reporter.error(Messages.recoverOutsideScope(owner.getSimpleName() + "." + method.getSimpleName()), method);
      }
    }
  }

  /** {@code @Middleware} where no scope reads it would silently apply nowhere. */
  private void reportStrayMiddleware(RoundEnvironment round, Reporter reporter) {
    TypeElement middleware = elementNamed(Annotations.MIDDLEWARE);
    if (middleware == null) {
      return;
    }
    for (Element site : round.getElementsAnnotatedWith(middleware)) {
      boolean applies = site instanceof TypeElement
          ? Annotations.find(site, Annotations.APPLICATION).isPresent()
              || site.getEnclosedElements().stream().anyMatch(e -> Annotations.find(e, Annotations.ROUTE).isPresent()
                  || EventReader.isEventMethod(e))
          : Annotations.find(site, Annotations.ROUTE).isPresent() || EventReader.isEventMethod(site);
      if (!applies) {
        String name = site instanceof TypeElement
            ? ((TypeElement) site).getQualifiedName().toString()
            : site.getEnclosingElement().getSimpleName() + "." + site.getSimpleName();
        reporter.error(Messages.middlewareOutsideScope(name), site,
            Annotations.find(site, Annotations.MIDDLEWARE).orElseThrow());
      }
    }
  }

  private TypeElement elementNamed(String name) {
    return processingEnv.getElementUtils().getTypeElement(name);
  }

  private static List<TypeElement> resolve(Set<String> names, Elements elements) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    return types;
  }

  private void generate(List<Application> applications, Reporter reporter, Elements elements) {
    Validator validator = new Validator(reporter, elements, processingEnv.getTypeUtils(), json);
    List<Application> clean = new ArrayList<>();
    for (Application application : applications) {
      if (validator.validate(application)) {
        clean.add(application);
      }
    }
    if (reporter.errorCount() > 0) {
      return; // every error is reported; generation runs only from a clean model
    }
    for (Application application : clean) {
      JavaFile file = new EntryClassWriter(application, json, processingEnv.getElementUtils()).write();
      try {
        file.writeTo(processingEnv.getFiler());
      } catch (IOException e) {
        reporter.error(Messages.entryClassNotWritten(application.entryClass().canonicalName(), e.getMessage()),
            application.element(), Annotations.find(application.element(), Annotations.APPLICATION).orElseThrow());
      }
    }
  }

  /** On each parameter whose type does not resolve, or on the method for its return type. */
  private static void reportMissingTypes(ExecutableElement method, TypeReader types, Reporter reporter) {
    String name = method.getKind() == ElementKind.CONSTRUCTOR
        ? "the constructor of " + method.getEnclosingElement().getSimpleName()
        : method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    for (VariableElement parameter : method.getParameters()) {
      if (types.hasErrors(parameter.asType())) {
        reporter.error(Messages.missingType(name, parameter.asType().toString()), parameter);
      }
    }
    if (types.hasErrors(method.getReturnType())) {
      reporter.error(Messages.missingType(name, method.getReturnType().toString()), method);
    }
  }

  private Element firstElement(RoundEnvironment round) {
    for (Element element : round.getRootElements()) {
      return element;
    }
    return null;
  }
}
