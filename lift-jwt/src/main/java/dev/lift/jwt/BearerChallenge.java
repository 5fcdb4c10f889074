package dev.lift.jwt;

/** The {@code WWW-Authenticate: Bearer ...} values of RFC 6750, section 3. */
final class BearerChallenge {
  private BearerChallenge() {}

  /** No credentials were sent: the bare challenge, with no error code (RFC 6750, 3.1). */
  static String missing(String realm) {
    return realm == null ? "Bearer" : "Bearer realm=\"" + realm + "\"";
  }

  /** A token was sent and rejected. */
  static String invalidToken(String realm, String description) {
    return withError(realm, "invalid_token", description, null);
  }

  /** The token is valid but lacks a scope (RFC 6750, 3.1: {@code insufficient_scope}, with 403). */
  static String insufficientScope(String realm, String description, String scope) {
    return withError(realm, "insufficient_scope", description, scope);
  }

  private static String withError(String realm, String error, String description, String scope) {
    StringBuilder value = new StringBuilder(64).append("Bearer ");
    if (realm != null) {
      value.append("realm=\"").append(realm).append("\", ");
    }
    value.append("error=\"").append(error).append('"');
    value.append(", error_description=\"").append(quotable(description)).append('"');
    if (scope != null) {
      value.append(", scope=\"").append(quotable(scope)).append('"');
    }
    return value.toString();
  }

  /** Whether {@code value} may stand between quotes as RFC 6750 allows (%x20-21 / %x23-5B / %x5D-7E). */
  static boolean isQuotable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** Drops every character RFC 6750 does not allow inside the quotes. */
  static String quotable(String value) {
    if (isQuotable(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
