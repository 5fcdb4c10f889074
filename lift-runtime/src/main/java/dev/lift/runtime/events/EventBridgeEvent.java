package dev.lift.runtime.events;

import java.util.List;

/**
 * An EventBridge event (also a scheduled rule's).
 *
 * @param resources the ARNs the event names; a scheduled event's is its rule
 * @param detail the {@code detail} object as JSON text ({@code "{}"} when absent)
 */
public record EventBridgeEvent(
    String id,
    String source,
    String detailType,
    String account,
    String time,
    String region,
    List<String> resources,
    String detail) {
  public EventBridgeEvent {
    resources = List.copyOf(resources);
  }

  /** Whether this is a scheduled rule's event. */
  public boolean scheduled() {
    return "aws.events".equals(source) && "Scheduled Event".equals(detailType);
  }

  /**
   * The name of the rule in the first {@code arn:...:rule/...} resource ({@code demoschedule} for
   * {@code arn:aws:events:eu-central-1:123456789012:rule/demoschedule}), or {@code null}.
   */
  public String ruleName() {
    for (String resource : resources) {
      int rule = resource.indexOf(":rule/");
      if (resource.startsWith("arn:") && rule >= 0) {
        return resource.substring(resource.lastIndexOf('/') + 1);
      }
    }
    return null;
  }

  /** The full ARN of that rule, or {@code null}. */
  public String ruleArn() {
    for (String resource : resources) {
      if (resource.startsWith("arn:") && resource.contains(":rule/")) {
        return resource;
      }
    }
    return null;
  }
}
