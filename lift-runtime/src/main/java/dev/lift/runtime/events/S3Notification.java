package dev.lift.runtime.events;

/**
 * One record of an S3 event notification.
 *
 * @param eventName as S3 names it, without {@code s3:}: {@code ObjectCreated:Put}
 * @param key the object key, decoded (S3 sends it URL-encoded, spaces as {@code +})
 * @param size the object's size in bytes, or -1 when the event has none (removals)
 */
public record S3Notification(
    String eventName,
    String eventTime,
    String awsRegion,
    String bucket,
    String key,
    long size,
    String eTag,
    String versionId,
    String sequencer) {

  /**
   * Whether the event is {@code pattern}: an exact name ({@code ObjectCreated:Put}) or a category
   * ({@code ObjectCreated:*}), as in S3's notification configuration.
   */
  public boolean eventIs(String pattern) {
    if (pattern.endsWith("*")) {
      return eventName.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return eventName.equals(pattern);
  }
}
