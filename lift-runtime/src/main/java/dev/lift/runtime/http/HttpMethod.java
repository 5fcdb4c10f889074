package dev.lift.runtime.http;

/**
 * HTTP methods as bits, so that generated dispatchers switch on an {@code int} and build the
 * {@code Allow} header of a 405 from a mask without allocating while matching.
 */
public final class HttpMethod {
  public static final int OTHER = 0;
  public static final int GET = 1;
  public static final int HEAD = 1 << 1;
  public static final int POST = 1 << 2;
  public static final int PUT = 1 << 3;
  public static final int PATCH = 1 << 4;
  public static final int DELETE = 1 << 5;
  public static final int OPTIONS = 1 << 6;

  private static final String[] NAMES = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

  private HttpMethod() {}

  /** The bit of a method name as sent (case-sensitive, as HTTP says), or {@link #OTHER}. */
  public static int code(String method) {
    return Request.methodCode(method);
  }

  /** The {@code Allow} header value for a mask, in a fixed order: {@code "GET, HEAD, POST"}. */
  public static String allowHeader(int mask) {
    StringBuilder allow = new StringBuilder();
    for (int bit = 0; bit < NAMES.length; bit++) {
      if ((mask & (1 << bit)) != 0) {
        if (allow.length() > 0) {
          allow.append(", ");
        }
        allow.append(NAMES[bit]);
      }
    }
    return allow.toString();
  }
}
