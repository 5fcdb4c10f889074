package dev.lift.runtime.middleware;

/** Character rules for header names and for values taken from requests. */
final class HeaderValues {
  private HeaderValues() {}

  /** An HTTP token (RFC 9110 {@code tchar}s): header names and method names. */
  static boolean isToken(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isTokenChar(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Comma-separated tokens with optional spaces, as in {@code Access-Control-Request-Headers}. */
  static boolean isTokenList(String value) {
    boolean sawToken = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') {
        continue;
      }
      if (!isTokenChar(c)) {
        return false;
      }
      sawToken = true;
    }
    return sawToken;
  }

  /** One to {@code max} visible ASCII characters ({@code !} to {@code ~}): safe to log and echo. */
  static boolean isVisibleAscii(String value, int max) {
    int length = value.length();
    if (length == 0 || length > max) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < '!' || c > '~') {
        return false;
      }
    }
    return true;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
