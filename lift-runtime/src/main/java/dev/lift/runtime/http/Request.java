package dev.lift.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One HTTP request, decoded from whichever event shape carried it. Route methods may take it as a
 * parameter; most need only the bound values.
 */
public final class Request {
  private final EventKind kind;
  private final String method;
  private final int methodCode;
  private final RequestPath path;
  private final Headers headers;
  private final QueryParameters query;
  private final List<String> cookies;
  private final byte[] body;
  private final String requestContextId;
  private final String stage;
  private final String sourceIp;

  private Request(Builder b) {
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.method = Objects.requireNonNull(b.method, "method");
    this.methodCode = HttpMethod.code(b.method);
    this.path = RequestPath.of(Objects.requireNonNull(b.path, "path"));
    this.headers = b.headers;
    this.query = b.query;
    this.cookies = List.copyOf(b.cookies);
    this.body = b.body;
    this.requestContextId = b.requestContextId;
    this.stage = b.stage;
    this.sourceIp = b.sourceIp;
  }

  public static Builder builder(EventKind kind, String method, String path) {
    return new Builder(kind, method, path);
  }

  public EventKind kind() {
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
    return headers;
  }

  /** The first value of a header (case-insensitive name), or {@code null}. */
  public String header(String name) {
    return headers.first(name);
  }

  public QueryParameters query() {
    return query;
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
    return headers.first("x-amzn-trace-id");
  }

  @Override
  public String toString() {
    return method + " " + path.raw();
  }

  /** Used by the event decoders and by tests that build requests directly. */
  public static final class Builder {
    private final EventKind kind;
    private final String method;
    private final String path;
    private Headers headers = Headers.empty();
    private QueryParameters query = QueryParameters.empty();
    private List<String> cookies = List.of();
    private byte[] body;
    private String requestContextId;
    private String stage;
    private String sourceIp;

    private Builder(EventKind kind, String method, String path) {
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
      return new Request(this);
    }
  }
}
