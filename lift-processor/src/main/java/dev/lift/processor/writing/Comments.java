package dev.lift.processor.writing;

/** Text from user sources that generated code puts inside block and Javadoc comments. */
final class Comments {
  private Comments() {}

  /**
   * A route path may put {@code *} before {@code /} ({@code GET /v1*}{@code /items}), which would
   * end the comment early; {@code &#47;} still shows as {@code /} in rendered Javadoc.
   */
  static String safe(String text) {
    return text.replace("*/", "*&#47;");
  }
}
