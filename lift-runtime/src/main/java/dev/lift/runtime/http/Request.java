package dev.lift.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One HTTP request, decoded from whichever event shape carried it. Route methods may take it as a
 * parameter; most need only the bound values.
 */
public final class Request {
  private final int kind;
  private final String method;
  private final int methodCode;
  private final RequestPath path;
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
    this.path = RequestPath.of(Objects.requireNonNull(path, "path"));
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

  /** The path the routes are matched against (an HTTP API stage prefix already removed). */
  public RequestPath path() {
    return path;
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
    return method + " " + path.raw();
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
