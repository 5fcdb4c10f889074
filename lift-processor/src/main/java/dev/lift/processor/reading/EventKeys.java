package dev.lift.processor.reading;

import dev.lift.processor.base.Messages;
import dev.lift.processor.model.EventBinding.Kind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the names and ARNs of event annotations, rejecting values that can match nothing (an
 * empty queue name, a malformed ARN, a bucket name S3 would refuse) with the message to report.
 */
final class EventKeys {
  /** A key, and the ARN when one was given. */
  record Key(String name, Optional<String> arn) {}

  static final class InvalidKeyException extends Exception {
    InvalidKeyException(String message) {
      super(message, null, false, false);
    }
  }

  private static final String PARTITION = "arn:aws[a-z-]*:";
  private static final String REGION_ACCOUNT = ":[a-z0-9-]+:\\d{12}:";

  private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9_-]{1,75}(\\.fifo)?|[A-Za-z0-9_-]{1,80}");
  private static final Pattern QUEUE_ARN = Pattern.compile(PARTITION + "sqs" + REGION_ACCOUNT + "(.+)");
  private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,251}(\\.fifo)?|[A-Za-z0-9_-]{1,256}");
  private static final Pattern TOPIC_ARN = Pattern.compile(PARTITION + "sns" + REGION_ACCOUNT + "(.+)");
  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern RULE_ARN =
      Pattern.compile(PARTITION + "events" + REGION_ACCOUNT + "rule/(?:[A-Za-z0-9._/-]+/)?([^/]+)");
  private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9._-]{3,255}");
  private static final Pattern TABLE_ARN =
      Pattern.compile(PARTITION + "dynamodb" + REGION_ACCOUNT + "table/([^/]+)(/stream/[^/]+)?");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern S3_EVENT = Pattern.compile("[A-Za-z]+(:[A-Za-z]+)*(:\\*)?");

  private EventKeys() {}

  static Key sqs(String value) throws InvalidKeyException {
    return nameOrArn(Kind.SQS, value, "queue name or ARN", QUEUE, QUEUE_ARN, true,
        "arn:aws:sqs:<region>:<account-id>:<queue-name>",
        "queue names are 1 to 80 letters, digits, hyphens and underscores, FIFO queues ending in .fifo");
  }

  static Key sns(String value) throws InvalidKeyException {
    return nameOrArn(Kind.SNS, value, "topic name or ARN", TOPIC, TOPIC_ARN, true,
        "arn:aws:sns:<region>:<account-id>:<topic-name>",
        "topic names are 1 to 256 letters, digits, hyphens and underscores, FIFO topics ending in .fifo");
  }

  static Key schedule(String value) throws InvalidKeyException {
    return nameOrArn(Kind.SCHEDULE, value, "rule name or ARN", RULE, RULE_ARN, true,
        "arn:aws:events:<region>:<account-id>:rule/<rule-name>",
        "rule names are 1 to 64 letters, digits, dots, hyphens and underscores");
  }

  /** The table name; a table or stream ARN is reduced to it (stream labels change with every stream). */
  static Key table(String value) throws InvalidKeyException {
    Key key = nameOrArn(Kind.DYNAMODB_STREAM, value, "table name or ARN", TABLE, TABLE_ARN, false,
        "arn:aws:dynamodb:<region>:<account-id>:table/<table-name>[/stream/<label>]",
        "table names are 3 to 255 letters, digits, dots, hyphens and underscores");
    return new Key(key.name(), Optional.empty());
  }

  static String bucket(String value) throws InvalidKeyException {
    if (value.isEmpty()) {
      throw new InvalidKeyException(Messages.emptyEventKey("S3", "bucket name"));
    }
    if (!BUCKET.matcher(value).matches() || value.contains("..")) {
      throw new InvalidKeyException(Messages.invalidEventKey("S3", value, "bucket",
          "bucket names are 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter"
              + " or digit"));
    }
    return value;
  }

  /** An S3 event name as records carry it: without the {@code s3:} of notification configurations. */
  static String s3Event(String value) throws InvalidKeyException {
    String name = value.startsWith("s3:") ? value.substring(3) : value;
    if (!S3_EVENT.matcher(name).matches()) {
      throw new InvalidKeyException(Messages.invalidS3EventName(value));
    }
    return name;
  }

  static String source(String value) throws InvalidKeyException {
    if (value.isEmpty()) {
      throw new InvalidKeyException(Messages.emptyEventKey("EventBridge", "source"));
    }
    if (!value.equals(value.strip()) || value.length() > 256) {
      throw new InvalidKeyException(Messages.invalidEventKey("EventBridge", value, "source",
          "sources are 1 to 256 characters without surrounding spaces"));
    }
    return value;
  }

  static String routeKey(String value) throws InvalidKeyException {
    if (value.isEmpty()) {
      throw new InvalidKeyException(Messages.emptyEventKey("WebSocket", "route key"));
    }
    if (value.startsWith("$") && !value.equals("$connect") && !value.equals("$disconnect")
        && !value.equals("$default")) {
      throw new InvalidKeyException(Messages.invalidWebSocketRouteKey(value));
    }
    return value;
  }

  private static Key nameOrArn(Kind kind, String value, String what, Pattern name, Pattern arn, boolean keepArn,
      String arnForm, String nameRule) throws InvalidKeyException {
    if (value.isEmpty()) {
      throw new InvalidKeyException(Messages.emptyEventKey(kind.annotation(), what));
    }
    if (value.startsWith("arn:")) {
      Matcher matcher = arn.matcher(value);
      if (!matcher.matches() || !name.matcher(matcher.group(1)).matches()) {
        throw new InvalidKeyException(Messages.malformedArn(kind.annotation(), value, arnForm));
      }
      return new Key(matcher.group(1), keepArn ? Optional.of(value) : Optional.empty());
    }
    if (!name.matcher(value).matches()) {
      throw new InvalidKeyException(Messages.invalidEventKey(kind.annotation(), value,
          what.substring(0, what.indexOf(" or ")), nameRule));
    }
    return new Key(value, Optional.empty());
  }
}
