package dev.lift.processor.validation;

import dev.lift.processor.base.Messages;
import dev.lift.processor.base.Reporter;
import dev.lift.processor.model.Application;
import dev.lift.processor.model.Dependency;
import dev.lift.processor.model.Handler;
import dev.lift.processor.model.Hook;
import dev.lift.processor.model.Provider;
import dev.lift.processor.wiring.WiringGraph;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * The init can be generated: every resource something needs has exactly one provider, nothing
 * depends on itself, and every provider, hook and class the init calls is accessible.
 */
final class WiringRules {
  private final Reporter reporter;

  WiringRules(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(Application application) {
    WiringGraph graph = WiringGraph.of(application);
    for (WiringGraph.Problem problem : graph.problems()) {
      report(problem);
    }
    for (Provider provider : application.providers()) {
      callable(provider.method(), provider.displayName());
    }
    for (Hook hook : application.hooks()) {
      callable(hook.method(), hook.displayName());
      if (hook.method().getReturnType().getKind() != TypeKind.VOID) {
        reporter.error(Messages.hookReturnsValue(hook.displayName()), hook.method());
      }
      for (Dependency dependency : hook.parameters()) {
        List<Provider> candidates = graph.candidates(dependency);
        if (candidates.size() != 1) {
          reportUnresolved(dependency, hook.displayName(), candidates);
        }
      }
    }
    Set<TypeElement> checkedElsewhere = new HashSet<>();
    application.handlers().stream().map(Handler::element).forEach(checkedElsewhere::add);
    application.middleware().forEach(use -> checkedElsewhere.add(use.type()));
    application.routes().forEach(route ->
        application.middlewareOf(route).forEach(use -> checkedElsewhere.add(use.type())));
    application.recovers().forEach(recover -> checkedElsewhere.add(recover.owner()));
    application.events().forEach(event -> { // by EventRules
      checkedElsewhere.add(event.owner());
      application.middlewareOf(event).forEach(use -> checkedElsewhere.add(use.type()));
    });
    for (WiringGraph.Node node : graph.creationOrder()) {
      if (node instanceof WiringGraph.InstanceNode && !checkedElsewhere.contains(node.element())) {
        TypeElement owner = ((WiringGraph.InstanceNode) node).type();
        Constructibility.notConstructible(owner, "").ifPresent(reason -> reporter.error(
            Messages.wiringOwnerNotConstructible("A @PreWarm, @Recover or hook method of " + owner.getSimpleName(),
                owner.getSimpleName().toString(), reason), owner));
      }
    }
  }

  private void callable(ExecutableElement method, String name) {
    boolean isPublic = method.getModifiers().contains(Modifier.PUBLIC);
    if (!isPublic || Constructibility.notAccessible((TypeElement) method.getEnclosingElement()).isPresent()) {
      reporter.error(Messages.wiringNotPublic(name), method);
    }
  }

  private void report(WiringGraph.Problem problem) {
    if (problem instanceof WiringGraph.Missing) {
      WiringGraph.Missing missing = (WiringGraph.Missing) problem;
      reportUnresolved(missing.dependency(), missing.requiredBy().describe(), List.of());
    } else if (problem instanceof WiringGraph.Ambiguous) {
      WiringGraph.Ambiguous ambiguous = (WiringGraph.Ambiguous) problem;
      reportUnresolved(ambiguous.dependency(), ambiguous.requiredBy().describe(), ambiguous.candidates());
    } else {
      List<WiringGraph.Node> path = ((WiringGraph.Cycle) problem).path();
      String cycle = path.stream().map(WiringGraph.Node::describe).collect(Collectors.joining(" -> "));
      reporter.error(Messages.dependencyCycle(cycle), path.get(0).element());
    }
  }

  private void reportUnresolved(Dependency dependency, String requiredBy, List<Provider> candidates) {
    if (candidates.isEmpty()) {
      reporter.error(Messages.missingResource(dependency.key(), requiredBy), dependency.element());
    } else {
      String names = candidates.stream().map(Provider::displayName).collect(Collectors.joining(", "));
      reporter.error(Messages.ambiguousResource(dependency.key(), requiredBy, names), dependency.element());
    }
  }
}
