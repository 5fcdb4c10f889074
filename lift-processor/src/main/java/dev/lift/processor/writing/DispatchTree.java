package dev.lift.processor.writing;

import dev.lift.processor.model.RoutePattern;
import dev.lift.processor.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The routes of an application as a tree over path segments, the shape of the generated matcher:
 * at each depth a switch over literal children, then the variable child, then greedy routes.
 * Trying them in that order, and going back up when a subtree does not match, gives API Gateway's
 * precedence: a literal beats a variable at the same position, a variable beats a greedy variable.
 */
final class DispatchTree {
  /** A route by its id in the dispatch switch. */
  record Leaf(int id, RoutePattern pattern, String target) {}

  static final class Node {
    final int depth;
    /** The path down to this node, for comments: {@code /users/{id}}. */
    final String label;
    final Map<String, Node> literals = new TreeMap<>();
    Node variable;
    /** Routes whose path ends at this node. */
    final List<Leaf> here = new ArrayList<>();
    /** Routes whose greedy variable starts at this node's depth. */
    final List<Leaf> greedy = new ArrayList<>();

    Node(int depth, String label) {
      this.depth = depth;
      this.label = label;
    }

    boolean hasChildren() {
      return !literals.isEmpty() || variable != null;
    }
  }

  private DispatchTree() {}

  static Node build(List<Leaf> leaves) {
    Node root = new Node(0, "/");
    for (Leaf leaf : leaves) {
      Node node = root;
      for (Segment segment : leaf.pattern().segments()) {
        if (segment.kind() == Segment.Kind.GREEDY) {
          node.greedy.add(leaf);
          node = null;
          break;
        }
        Node parent = node;
        String label = (parent.depth == 0 ? "/" : parent.label + "/") + segment;
        if (segment.kind() == Segment.Kind.LITERAL) {
          node = parent.literals.computeIfAbsent(segment.text(), k -> new Node(parent.depth + 1, label));
        } else {
          if (parent.variable == null) {
            parent.variable = new Node(parent.depth + 1, label);
          }
          node = parent.variable;
        }
      }
      if (node != null) {
        node.here.add(leaf);
      }
    }
    return root;
  }
}
