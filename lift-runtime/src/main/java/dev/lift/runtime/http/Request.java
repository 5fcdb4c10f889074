package dev.lift.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One HTTP request, decoded from whichever event shape carried it. Route methods may take it as a
 * parameter; most need only the bound values.
 *
 * <p>The path is cut into segments once, when the request is made. Generated dispatchers match
 * segments in place ({@link #segmentHash}, {@link #segmentIs}) so that matching a route allocates
 * nothing, and take path variables out by index. Rules: the path is matched as sent
 * (percent-encoded); one trailing slash is ignored, so {@code /users/} is {@code /users}; {@code /}
 * has no segments; an empty segment ({@code //}) matches neither a literal nor a variable.
 * Variables are percent-decoded as UTF-8 when they are taken out; {@code +} is not a space in a
 * path. (The segments live here rather than in a class of their own: each class a first request
 * loads costs a cold start about 0.5 ms.)
 */
public final class Request {
  private final int kind;
  private final String method;
  private final int methodCode;
  /** The path as sent. */
  private final String path;
  /** Segment i of {@link #path} is {@code path[starts[i], ends[i])}. */
  private final int[] starts;
  private final int[] ends;
  private final int segmentCount;
  /** Built from {@link #headerPairs} on first use: most routes never look at a header. */
  private Headers headers;
  /** Names and values flattened, {@code [name0, value0, ...]}; {@code null} when given as Headers. */
  private final List<String> headerPairs;
  /** {@code null} for none. */
  private final QueryParameters query;
  private final List<String> cookies;
  private final byte[] body;
  private final String requestContextId;
  private final String stage;
  private final String sourceIp;

  private Request(
      int kind, String method, String path, Headers headers, List<String> headerPairs,
      QueryParameters query, List<String> cookies, byte[] body, String requestContextId, String stage,
      String sourceIp) {
    if (kind < EventKind.API_GATEWAY_V1 || kind > EventKind.ALB_MULTI_VALUE) {
      throw new IllegalArgumentException("Not an EventKind of a request: " + kind);
    }
    this.kind = kind;
    this.method = Objects.requireNonNull(method, "method");
    this.methodCode = methodCode(method);
    this.path = Objects.requireNonNull(path, "path");
    // Cut the path: a path that does not start with '/' is read as if it did.
    int length = path.length();
    int from = length > 0 && path.charAt(0) == '/' ? 1 : 0;
    int to = length;
    if (to > from && path.charAt(to - 1) == '/') {
      to--;
    }
    int segments = 0;
    if (to > from) {
      segments = 1;
      for (int i = from; i < to; i++) {
        if (path.charAt(i) == '/') {
          segments++;
        }
      }
    }
    this.starts = new int[segments];
    this.ends = new int[segments];
    this.segmentCount = segments;
    if (segments > 0) {
      int segment = 0;
      starts[0] = from;
      for (int i = from; i < to; i++) {
        if (path.charAt(i) == '/') {
          ends[segment] = i;
          starts[++segment] = i + 1;
        }
      }
      ends[segment] = to;
    }
    this.headers = headers;
    this.headerPairs = headerPairs;
    this.query = query;
    this.cookies = List.copyOf(cookies);
    this.body = body;
    this.requestContextId = requestContextId;
    this.stage = stage;
    this.sourceIp = sourceIp;
  }

  public static Builder builder(int kind, String method, String path) {
    return new Builder(kind, method, path);
  }

  /**
   * A request as the event decoders make it. No builder, and no {@link Headers} or {@link
   * QueryParameters} until someone asks: each class a cold start loads costs it about 0.3 ms.
   *
   * @param headerPairs header names and values flattened in arrival order, {@code [name0, value0,
   *     name1, value1, ...]}, from now on owned by the request; {@code null} for none
   * @param query the decoded query parameters, {@code null} for none
   * @param body the decoded body, {@code null} when the event had none
   */
  public static Request decoded(
      int kind, String method, String path, List<String> headerPairs, QueryParameters query,
      List<String> cookies, byte[] body, String requestContextId, String stage, String sourceIp) {
    return new Request(
        kind, method, path, null, headerPairs, query, cookies, body, requestContextId, stage, sourceIp);
  }

  /**
   * A {@code GET} request of an API Gateway HTTP API with only this path: for priming a matcher
   * (generated {@code primeRouting}) and for tests of path matching.
   */
  public static Request ofPath(String path) {
    return new Request(
        EventKind.API_GATEWAY_V2, "GET", path, null, null, null, List.of(), null, null, null, null);
  }

  /** The {@link HttpMethod} bit of a method name as sent (case-sensitive, as HTTP says). */
  static int methodCode(String method) {
    // Here rather than a call to HttpMethod: that class would be one more to load per cold start.
    switch (method) {
      case "GET": return HttpMethod.GET;
      case "HEAD": return HttpMethod.HEAD;
      case "POST": return HttpMethod.POST;
      case "PUT": return HttpMethod.PUT;
      case "PATCH": return HttpMethod.PATCH;
      case "DELETE": return HttpMethod.DELETE;
      case "OPTIONS": return HttpMethod.OPTIONS;
      default: return HttpMethod.OTHER;
    }
  }

  public int kind() {
    return kind;
  }

  /** The method as sent, for example {@code "GET"}. */
  public String method() {
    return method;
  }

  /** The method as a {@link HttpMethod} bit, {@link HttpMethod#OTHER} for unknown methods. */
  public int methodCode() {
    return methodCode;
  }

  /**
   * The path the routes are matched against, as sent (percent-encoded; an HTTP API stage prefix
   * already removed).
   */
  public String path() {
    return path;
  }

  /** The number of segments of the path: 0 for {@code /}, 2 for {@code /users/42} and {@code /users/42/}. */
  public int segmentCount() {
    return segmentCount;
  }

  /** {@link String#hashCode()} of segment {@code i}, computed in place. */
  public int segmentHash(int i) {
    int hash = 0;
    for (int c = starts[i], end = ends[i]; c < end; c++) {
      hash = 31 * hash + path.charAt(c);
    }
    return hash;
  }

  /** Whether segment {@code i} is exactly {@code literal}, compared in place. */
  public boolean segmentIs(int i, String literal) {
    int length = ends[i] - starts[i];
    return length == literal.length() && path.regionMatches(starts[i], literal, 0, length);
  }

  /** Whether segment {@code i} is non-empty, as a {@code {variable}} requires. */
  public boolean segmentPresent(int i) {
    return ends[i] > starts[i];
  }

  /** Segment {@code i} as sent. */
  public String segment(int i) {
    return path.substring(starts[i], ends[i]);
  }

  /** Segment {@code i} percent-decoded; a bad escape answers 400. */
  public String decodedSegment(int i) {
    return decoded(starts[i], ends[i]);
  }

  /** Segments {@code i} to the last, joined with {@code /} and percent-decoded ({@code {name+}}). */
  public String decodedFrom(int i) {
    return decoded(starts[i], ends[segmentCount - 1]);
  }

  private String decoded(int from, int to) {
    return percentDecoded(path, from, to);
  }

  /**
   * {@link PercentDecoding#decode}, for path segments and query parts: without an escape, the text
   * as sent, and {@code PercentDecoding} (one class more on a cold start) stays unloaded. Here,
   * in a class every request loads, so that the event decoder shares the shortcut.
   */
  public static String percentDecoded(String s, int from, int to) {
    int percent = s.indexOf('%', from);
    if (percent < 0 || percent >= to) {
      return s.substring(from, to);
    }
    return PercentDecoding.decode(s, from, to);
  }

  public Headers headers() {
    Headers built = headers;
    if (built == null) {
      built = headerPairs == null ? Headers.empty() : Headers.ofPairs(headerPairs);
      headers = built; // a racing thread builds an equal one
    }
    return built;
  }

  /** The first value of a header (case-insensitive name), or {@code null}. */
  public String header(String name) {
    return headers().first(name);
  }

  public QueryParameters query() {
    return query == null ? QueryParameters.empty() : query;
  }

  /** Cookies as {@code name=value} pairs, in arrival order. */
  public List<String> cookies() {
    return cookies;
  }

  /** The value of the first cookie with this name, or {@code null}. */
  public String cookie(String name) {
    for (String cookie : cookies) {
      int eq = cookie.indexOf('=');
      String cookieName = eq < 0 ? cookie : cookie.substring(0, eq);
      if (cookieName.trim().equals(name)) {
        return eq < 0 ? "" : cookie.substring(eq + 1).trim();
      }
    }
    return null;
  }

  /** Whether the event carried a body (possibly empty). */
  public boolean hasBody() {
    return body != null;
  }

  /** The body bytes, base64 already decoded; empty when there is none. Do not modify. */
  public byte[] body() {
    return body == null ? new byte[0] : body;
  }

  /** The body as UTF-8 text; empty when there is none. */
  public String bodyText() {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }

  /** API Gateway's own request id ({@code requestContext.requestId}), or {@code null}. */
  public String requestContextId() {
    return requestContextId;
  }

  /** The API Gateway stage, or {@code null} (ALB). */
  public String stage() {
    return stage;
  }

  /** The caller's address as the event reports it, or {@code null}. */
  public String sourceIp() {
    return sourceIp;
  }

  /** The {@code X-Amzn-Trace-Id} header, or {@code null}. */
  public String traceHeader() {
    return headers().first("x-amzn-trace-id");
  }

  @Override
  public String toString() {
    return method + " " + path;
  }

  /** Used by the event decoders and by tests that build requests directly. */
  public static final class Builder {
    private final int kind;
    private final String method;
    private final String path;
    private Headers headers = Headers.empty();
    private QueryParameters query = QueryParameters.empty();
    private List<String> cookies = List.of();
    private byte[] body;
    private String requestContextId;
    private String stage;
    private String sourceIp;

    private Builder(int kind, String method, String path) {
      this.kind = kind;
      this.method = method;
      this.path = path;
    }

    public Builder headers(Headers headers) {
      this.headers = Objects.requireNonNull(headers);
      return this;
    }

    public Builder query(QueryParameters query) {
      this.query = Objects.requireNonNull(query);
      return this;
    }

    public Builder cookies(List<String> cookies) {
      this.cookies = Objects.requireNonNull(cookies);
      return this;
    }

    /** The decoded body, or {@code null} when the event had none. */
    public Builder body(byte[] body) {
      this.body = body;
      return this;
    }

    public Builder requestContextId(String requestContextId) {
      this.requestContextId = requestContextId;
      return this;
    }

    public Builder stage(String stage) {
      this.stage = stage;
      return this;
    }

    public Builder sourceIp(String sourceIp) {
      this.sourceIp = sourceIp;
      return this;
    }

    public Request build() {
      return new Request(
          kind, method, path, headers, null, query, cookies, body, requestContextId, stage, sourceIp);
    }
  }
}
