package dev.lift.processor.wiring;

import dev.lift.processor.model.Application;
import dev.lift.processor.model.Dependency;
import dev.lift.processor.model.EventMethod;
import dev.lift.processor.model.Handler;
import dev.lift.processor.model.Hook;
import dev.lift.processor.model.MiddlewareUse;
import dev.lift.processor.model.Provider;
import dev.lift.processor.model.RecoverMethod;
import dev.lift.processor.reading.WiringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * What the generated init creates and in which order: every {@code @PreWarm} resource, and one
 * instance of each class it needs (handlers, middleware, owners of instance providers and hooks),
 * each after everything it depends on. Validation reports its {@link #problems()}; writing walks
 * {@link #creationOrder()} of a graph without problems.
 */
public final class WiringGraph {
  /** Something the init creates: a resource, or an instance of a class. */
  public sealed interface Node permits ResourceNode, InstanceNode {
    /** How messages name it: {@code DataSource (Db.dataSource)} or {@code UserRoutes}. */
    String describe();

    Element element();
  }

  public record ResourceNode(Provider provider) implements Node {
    @Override
    public String describe() {
      return provider.type() + " (" + provider.displayName() + ")";
    }

    @Override
    public Element element() {
      return provider.method();
    }
  }

  /**
   * @param constructor empty when the class has no constructor the generated code can call
   * @param binding for middleware applied by a {@code @MiddlewareBinding} annotation: that
   *     annotation, which the constructor takes first
   * @param key the instance's identity: the class name, with the binding's values when bound
   */
  public record InstanceNode(TypeElement type, Optional<ExecutableElement> constructor,
      Optional<AnnotationMirror> binding, String key) implements Node {
    InstanceNode(TypeElement type) {
      this(type, WiringReader.constructor(type), Optional.empty(), type.getQualifiedName().toString());
    }

    /** The resources the constructor takes (after the binding annotation, when bound). */
    public List<Dependency> dependencies() {
      List<Dependency> all = constructor.map(WiringReader::dependencies).orElse(List.of());
      return binding.isPresent() && !all.isEmpty() ? all.subList(1, all.size()) : all;
    }

    @Override
    public String describe() {
      return type.getSimpleName() + binding.map(b -> " for " + b).orElse("");
    }

    @Override
    public Element element() {
      return type;
    }
  }

  /** A problem validation reports on {@code at}. */
  public sealed interface Problem permits Missing, Ambiguous, Cycle {}

  public record Missing(Dependency dependency, Node requiredBy) implements Problem {}

  public record Ambiguous(Dependency dependency, Node requiredBy, List<Provider> candidates) implements Problem {}

  /** @param path the nodes of the cycle, starting and ending with the same node */
  public record Cycle(List<Node> path) implements Problem {}

  private final Map<String, List<Provider>> providersByKey = new LinkedHashMap<>();
  /** By {@link InstanceNode#key()}. */
  private final Map<String, InstanceNode> instances = new LinkedHashMap<>();
  private final Map<Provider, ResourceNode> resources = new LinkedHashMap<>();
  private final List<Node> order = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private WiringGraph() {}

  public static WiringGraph of(Application application) {
    WiringGraph graph = new WiringGraph();
    graph.collect(application);
    graph.sort();
    return graph;
  }

  /** Creation order: resources and instances, each after its dependencies. */
  public List<Node> creationOrder() {
    return List.copyOf(order);
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }


  /** The providers whose resource a dependency asks for: exactly one when it resolves. */
  public List<Provider> candidates(Dependency dependency) {
    return providersByKey.getOrDefault(dependency.key(), List.of());
  }

  /** The provider a dependency resolves to, in a graph without problems. */
  public Provider resolve(Dependency dependency) {
    return providersByKey.get(dependency.key()).get(0);
  }

  private void collect(Application application) {
    for (Provider provider : application.providers()) {
      providersByKey.computeIfAbsent(provider.key(), k -> new ArrayList<>()).add(provider);
      resources.put(provider, new ResourceNode(provider));
      if (!provider.isStatic()) {
        require(provider.owner());
      }
    }
    for (Hook hook : application.hooks()) {
      if (!hook.isStatic()) {
        require(hook.owner());
      }
    }
    for (RecoverMethod recover : application.recovers()) {
      if (!recover.isStatic()) {
        require(recover.owner());
      }
    }
    for (Handler handler : application.handlers()) {
      if (handler.needsInstance()) {
        require(handler.element());
      }
    }
    for (MiddlewareUse use : allMiddleware(application)) {
      require(use);
    }
    for (EventMethod event : application.events()) {
      if (!event.isStatic()) {
        require(event.owner());
      }
      event.classMiddleware().forEach(this::require);
      event.middleware().forEach(this::require);
    }
  }

  /** The instance a middleware use runs: one per class, or one per binding annotation's values. */
  private void require(MiddlewareUse use) {
    if (use.isBound()) {
      TypeElement annotation = use.bindingType().orElseThrow();
      instances.computeIfAbsent(use.instanceKey(), key -> new InstanceNode(use.type(),
          WiringReader.boundConstructor(use.type(), annotation), use.binding(), key));
    } else {
      require(use.type());
    }
  }

  private void require(TypeElement type) {
    instances.computeIfAbsent(type.getQualifiedName().toString(), key -> new InstanceNode(type));
  }

  private static List<MiddlewareUse> allMiddleware(Application application) {
    List<MiddlewareUse> all = new ArrayList<>(application.middleware());
    for (Handler handler : application.handlers()) {
      all.addAll(handler.middleware());
      handler.routes().forEach(route -> all.addAll(route.middleware()));
    }
    return all;
  }

  /** Depth-first, in a fixed order (resources by key, then instances by name), so output is stable. */
  private void sort() {
    Map<Node, Boolean> state = new LinkedHashMap<>(); // false: in progress, true: done
    List<Node> roots = new ArrayList<>(resources.values());
    roots.sort(Comparator.comparing((Node n) -> ((ResourceNode) n).provider().key())
        .thenComparing(n -> ((ResourceNode) n).provider().displayName()));
    List<Node> classes = new ArrayList<>(instances.values());
    classes.sort(Comparator.comparing(n -> ((InstanceNode) n).key()));
    roots.addAll(classes);
    for (Node root : roots) {
      visit(root, state, new ArrayList<>());
    }
  }

  private void visit(Node node, Map<Node, Boolean> state, List<Node> path) {
    Boolean seen = state.get(node);
    if (Boolean.TRUE.equals(seen)) {
      return;
    }
    if (Boolean.FALSE.equals(seen)) {
      List<Node> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      cycle.add(node);
      problems.add(new Cycle(cycle));
      return;
    }
    state.put(node, false);
    path.add(node);
    for (Node dependency : dependenciesOf(node)) {
      visit(dependency, state, path);
    }
    path.remove(path.size() - 1);
    state.put(node, true);
    order.add(node);
  }

  private List<Node> dependenciesOf(Node node) {
    List<Node> dependencies = new ArrayList<>();
    List<Dependency> needs;
    if (node instanceof ResourceNode) {
      Provider provider = ((ResourceNode) node).provider();
      if (!provider.isStatic()) {
        dependencies.add(instances.get(provider.owner().getQualifiedName().toString()));
      }
      needs = provider.parameters();
    } else {
      needs = ((InstanceNode) node).dependencies();
    }
    for (Dependency dependency : needs) {
      List<Provider> candidates = providersByKey.getOrDefault(dependency.key(), List.of());
      if (candidates.isEmpty()) {
        addOnce(new Missing(dependency, node));
      } else if (candidates.size() > 1) {
        addOnce(new Ambiguous(dependency, node, candidates));
      } else {
        dependencies.add(resources.get(candidates.get(0)));
      }
    }
    return dependencies;
  }

  private void addOnce(Problem problem) {
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }
}
