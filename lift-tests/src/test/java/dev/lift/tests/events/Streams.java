package dev.lift.tests.events;

import dev.lift.annotations.DynamoDbStream;
import dev.lift.annotations.Middleware;
import dev.lift.runtime.events.DynamoDbRecord;

/** DynamoDB Streams handler with class-scope event middleware. */
@Middleware(ClassMw.class)
public class Streams {
  @DynamoDbStream(value = "arn:aws:dynamodb:eu-west-1:123456789012:table/Users/stream/2024-01-01T00:00:00.000",
      reportBatchItemFailures = true)
  public void user(DynamoDbRecord record) {
    String newName = record.newImage().map(i -> i.string("name")).orElse("-");
    String oldName = record.oldImage().map(i -> i.string("name")).orElse("-");
    if ("fail".equals(newName)) {
      throw new IllegalStateException("cannot store " + record.keys().string("id"));
    }
    Calls.add(record.changeType() + " " + record.keys().string("id") + " " + oldName + " -> " + newName);
  }

  /** Without reportBatchItemFailures: a failure fails the invocation. */
  @DynamoDbStream("Audit")
  public void audit(DynamoDbRecord record) {
    if (record.newImage().map(i -> i.string("name")).orElse("").equals("fail")) {
      throw new IllegalStateException("audit refused " + record.sequenceNumber());
    }
    Calls.add("audit " + record.sequenceNumber());
  }
}
