package dev.lift.tests.events;

import dev.lift.annotations.S3;
import dev.lift.runtime.events.S3Notification;

/** S3 handlers of one bucket told apart by prefix, suffix and event name; and the sample's bucket. */
public class Buckets {
  @S3(bucket = "uploads", prefix = "images/", suffix = ".png")
  public void png(S3Notification notification) {
    Calls.add("png " + notification.key());
  }

  @S3(bucket = "uploads", prefix = "images/")
  public void image(S3Notification notification) {
    Calls.add("image " + notification.key());
  }

  @S3(bucket = "uploads", events = {"ObjectRemoved:*"})
  public void removed(S3Notification notification) {
    Calls.add("removed " + notification.key());
  }

  @S3(bucket = "example-bucket", events = "s3:ObjectCreated:Put")
  public void sample(S3Notification notification) {
    if (notification.key().equals("poison")) {
      throw new IllegalStateException("poison object");
    }
    Calls.add("example-bucket " + notification.key() + " " + notification.size());
  }
}
