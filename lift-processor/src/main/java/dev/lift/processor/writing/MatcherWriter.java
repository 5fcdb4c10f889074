package dev.lift.processor.writing;

import static dev.lift.processor.writing.RuntimeNames.HTTP_METHOD;
import static dev.lift.processor.writing.RuntimeNames.REQUEST;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.TypeSpec;
import dev.lift.processor.model.RouteMethod;
import dev.lift.processor.writing.DispatchTree.Leaf;
import dev.lift.processor.writing.DispatchTree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes the matcher: one method per node of the {@link DispatchTree}, each returning the id of the
 * matched route, or {@code -1 - allowed} where {@code allowed} is the mask of methods that would
 * have matched the path (0 for no path at all). Matching switches on segment hashes computed in
 * place and compares segments in place, so it allocates nothing.
 */
final class MatcherWriter {
  private static final List<String> METHOD_ORDER =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  /** Literal children per method: a case costs about 40 bytes, HotSpot compiles up to 8,000. */
  private static final int LITERALS_PER_METHOD = 64;

  private final List<Leaf> leaves = new ArrayList<>();
  private final NameAllocator names = new NameAllocator();

  MatcherWriter(List<RouteMethod> routes) {
    for (int i = 0; i < routes.size(); i++) {
      leaves.add(new Leaf(i, routes.get(i).pattern(), EntryClassWriter.target(routes.get(i))));
    }
  }

  void write(TypeSpec.Builder type) {
    type.addMethod(primeRouting());
    Node root = DispatchTree.build(leaves);
    List<MethodSpec> methods = new ArrayList<>();
    // Allocated like the others: a child under a literal without letters or digits, such as
    // "/-", would otherwise be named "match" too.
    writeNode(root, names.newName("match", root), methods);
    methods.forEach(type::addMethod);
  }

  private void writeNode(Node node, String name, List<MethodSpec> methods) {
    int depth = node.depth;
    CodeBlock.Builder body = CodeBlock.builder();
    boolean usesAllowed = !node.here.isEmpty() || node.hasChildren() || !node.greedy.isEmpty();
    if (usesAllowed) {
      body.addStatement("int count = request.segmentCount()");
      body.addStatement("int allowed = 0");
    }
    if (!node.here.isEmpty()) {
      body.beginControlFlow("if (count == $L)", depth);
      methodSwitch(body, node.here);
      body.endControlFlow();
    }
    List<MethodSpec> children = new ArrayList<>();
    if (node.hasChildren()) {
      body.beginControlFlow("if (count > $L)", depth);
      body.addStatement("int matched");
      if (node.literals.size() > LITERALS_PER_METHOD) {
        // A wide node: its literals are spread over methods by hash, so that each stays small
        // enough for the JIT; Math.floorMod picks exactly one of them.
        int groups = (node.literals.size() + LITERALS_PER_METHOD - 1) / LITERALS_PER_METHOD;
        List<Map<String, Node>> spread = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
          spread.add(new TreeMap<>());
        }
        node.literals.forEach((literal, child) -> spread.get(Math.floorMod(literal.hashCode(), groups)).put(literal, child));
        body.beginControlFlow("switch ($T.floorMod(request.segmentHash($L), $L))", Math.class, depth, groups);
        for (int g = 0; g < groups; g++) {
          String groupName = names.newName(name + "Literals" + g, node.label + "$literals" + g);
          body.add("case $L:\n", g).indent().addStatement("matched = $L(method, request)", groupName)
              .addStatement("break").unindent();
          CodeBlock.Builder group = CodeBlock.builder()
              .addStatement("int allowed = 0")
              .addStatement("int matched");
          literalSwitch(group, spread.get(g), depth, children);
          group.addStatement("return -1 - allowed");
          children.add(MethodSpec.methodBuilder(groupName)
              .addJavadoc("The literal segments $L of {@code $L} whose hash falls in group $L.\n", depth,
                  Comments.safe(node.label), g)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(int.class)
              .addParameter(int.class, "method")
              .addParameter(REQUEST, "request")
              .addCode(group.build())
              .build());
        }
        body.add("default:\n").indent().addStatement("matched = -1").unindent().endControlFlow();
        body.beginControlFlow("if (matched >= 0)").addStatement("return matched").endControlFlow();
        body.addStatement("allowed |= -1 - matched");
      } else if (!node.literals.isEmpty()) {
        literalSwitch(body, node.literals, depth, children);
      }
      if (node.variable != null) {
        Node child = node.variable;
        String childName = names.newName("match" + EntryClassWriter.camel(child.label), child);
        body.add("// $L\n", child.label);
        body.beginControlFlow("if (request.segmentPresent($L))", depth);
        tryChild(body, childName);
        body.endControlFlow();
        writeNode(child, childName, children);
      }
      body.endControlFlow();
    }
    if (!node.greedy.isEmpty()) {
      body.add("// $L\n", node.greedy.get(0).pattern().path());
      body.beginControlFlow("if (count > $L && request.segmentPresent($L))", depth, depth);
      methodSwitch(body, node.greedy);
      body.endControlFlow();
    }
    body.addStatement(usesAllowed ? "return -1 - allowed" : "return -1");
    methods.add(MethodSpec.methodBuilder(name)
        .addJavadoc("Matches $L at segment $L onward.\n",
            depth == 0 ? "every path" : "paths under {@code " + Comments.safe(node.label) + "}", depth)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(int.class, "method")
        .addParameter(REQUEST, "request")
        .addCode(body.build())
        .build());
    methods.addAll(children);
  }

  /**
   * Runs the matcher once on a sample path of every route, so that a SnapStart snapshot holds it
   * compiled. Calls no route method.
   */
  private MethodSpec primeRouting() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("primeRouting")
        .addJavadoc("Runs the matcher on a sample path of every route; calls no route method.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC);
    for (Leaf leaf : leaves) {
      String httpMethod = leaf.pattern().anyMethod() ? "GET" : leaf.pattern().method();
      method.addStatement("match($T.$L, $T.ofPath($S))", HTTP_METHOD, httpMethod, REQUEST, samplePath(leaf));
    }
    return method.build();
  }

  private static String samplePath(Leaf leaf) {
    StringBuilder path = new StringBuilder();
    for (dev.lift.processor.model.Segment segment : leaf.pattern().segments()) {
      path.append('/').append(segment.kind() == dev.lift.processor.model.Segment.Kind.LITERAL
          ? segment.text()
          : segment.kind() == dev.lift.processor.model.Segment.Kind.VARIABLE ? "x" : "x/y");
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  /** A switch over the hashes of literal children, each tried in place, colliding ones in turn. */
  private void literalSwitch(CodeBlock.Builder body, Map<String, Node> literalChildren, int depth,
      List<MethodSpec> children) {
    body.beginControlFlow("switch (request.segmentHash($L))", depth);
    for (Map.Entry<Integer, List<Node>> bucket : byHash(literalChildren).entrySet()) {
      List<CodeBlock> literals = new ArrayList<>();
      for (Node child : bucket.getValue()) {
        literals.add(CodeBlock.of("$S", child.label.substring(child.label.lastIndexOf('/') + 1)));
      }
      // Literals whose hashes collide share the case: "Aa" and "BB".
      body.add("case $L: // $L\n", bucket.getKey(), CodeBlock.join(literals, ", "));
      body.indent();
      for (Node child : bucket.getValue()) {
        String literal = child.label.substring(child.label.lastIndexOf('/') + 1);
        String childName = names.newName("match" + EntryClassWriter.camel(child.label), child);
        body.beginControlFlow("if (request.segmentIs($L, $S))", depth, literal);
        tryChild(body, childName);
        body.endControlFlow();
        writeNode(child, childName, children);
      }
      body.addStatement("break").unindent();
    }
    body.endControlFlow();
  }

  private static void tryChild(CodeBlock.Builder body, String childName) {
    body.addStatement("matched = $L(method, request)", childName);
    body.beginControlFlow("if (matched >= 0)").addStatement("return matched").endControlFlow();
    body.addStatement("allowed |= -1 - matched");
  }

  /**
   * A switch over the methods of the routes ending here: an explicit method beats {@code ANY};
   * HEAD falls back to GET. Without {@code ANY}, other methods add to {@code allowed}.
   */
  private static void methodSwitch(CodeBlock.Builder body, List<Leaf> leaves) {
    Map<String, Leaf> byMethod = new TreeMap<>();
    Leaf any = null;
    for (Leaf leaf : leaves) {
      if (leaf.pattern().anyMethod()) {
        any = leaf;
      } else {
        byMethod.put(leaf.pattern().method(), leaf);
      }
    }
    if (byMethod.isEmpty()) {
      returnRoute(body, any);
      return;
    }
    List<String> allowed = new ArrayList<>();
    body.beginControlFlow("switch (method)");
    for (String method : METHOD_ORDER) {
      Leaf leaf = byMethod.get(method);
      if (leaf == null && method.equals("HEAD") && byMethod.containsKey("GET")) {
        continue; // written with GET below
      }
      if (leaf == null) {
        continue;
      }
      allowed.add(method);
      body.add("case $T.$L:\n", HTTP_METHOD, method);
      if (method.equals("GET") && !byMethod.containsKey("HEAD")) {
        allowed.add("HEAD");
        body.add("case $T.HEAD:\n", HTTP_METHOD);
      }
      body.indent();
      returnRoute(body, leaf);
      body.unindent();
    }
    if (any != null) {
      body.add("default:\n").indent();
      returnRoute(body, any);
      body.unindent();
      body.endControlFlow();
      return;
    }
    body.add("default:\n").indent().addStatement("allowed |= $L", mask(allowed)).unindent();
    body.endControlFlow();
  }

  /** {@code return 3; // GET /users/{id} -> Users.get}: a line comment, which no route path can end early. */
  private static void returnRoute(CodeBlock.Builder body, Leaf leaf) {
    body.add("return $L; // $L -> $L\n", leaf.id(), leaf.pattern(), leaf.target());
  }

  private static CodeBlock mask(List<String> methods) {
    List<CodeBlock> bits = new ArrayList<>();
    for (String method : METHOD_ORDER) {
      if (methods.contains(method)) {
        bits.add(CodeBlock.of("$T.$L", HTTP_METHOD, method));
      }
    }
    return CodeBlock.join(bits, " | ");
  }

  /**
   * Literal children grouped by the hash the switch tests; colliding literals share a case. Cases
   * keep the literals' alphabetical order, which a reader can scan, rather than the hashes'.
   */
  private static Map<Integer, List<Node>> byHash(Map<String, Node> literals) {
    Map<Integer, List<Node>> buckets = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : literals.entrySet()) {
      buckets.computeIfAbsent(e.getKey().hashCode(), k -> new ArrayList<>()).add(e.getValue());
    }
    return buckets;
  }
}
