package dev.lift.samples.payments;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation / SAM template with SnakeYAML's safe constructor, turning the short-form
 * intrinsic functions into their long form as CloudFormation does: {@code !Ref X} becomes
 * {@code {Ref: X}}, {@code !GetAtt A.Arn} becomes {@code {Fn::GetAtt: [A, Arn]}}, {@code !Sub s}
 * becomes {@code {Fn::Sub: s}}, and so on. An unknown tag fails the parse.
 */
final class CloudFormationYaml {
  private static final List<String> FUNCTIONS = List.of(
      "Ref", "GetAtt", "Sub", "Join", "Select", "Split", "If", "Equals", "Not", "And", "Or",
      "FindInMap", "ImportValue", "GetAZs", "Base64", "Cidr", "Condition");

  private CloudFormationYaml() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> read(Path template) throws IOException {
    try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
      return (Map<String, Object>) new Yaml(new Constructor()).load(reader);
    }
  }

  private static final class Constructor extends SafeConstructor {
    Constructor() {
      super(new LoaderOptions());
      for (String function : FUNCTIONS) {
        String longName = function.equals("Ref") || function.equals("Condition") ? function : "Fn::" + function;
        yamlConstructors.put(new Tag("!" + function), new Intrinsic(longName));
      }
    }

    private final class Intrinsic extends AbstractConstruct {
      private final String name;

      Intrinsic(String name) {
        this.name = name;
      }

      @Override
      public Object construct(Node node) {
        Object value;
        if (node instanceof ScalarNode) {
          String text = constructScalar((ScalarNode) node);
          value = name.equals("Fn::GetAtt") ? Arrays.asList(text.split("\\.", 2)) : text;
        } else if (node instanceof SequenceNode) {
          value = constructSequence((SequenceNode) node);
        } else {
          value = constructMapping((MappingNode) node);
        }
        return Map.of(name, value);
      }
    }
  }
}
