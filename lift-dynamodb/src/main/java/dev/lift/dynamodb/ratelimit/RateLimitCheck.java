package dev.lift.dynamodb.ratelimit;

import java.time.Duration;

/** The {@link RateLimitMiddleware} the generated code creates for a {@link RateLimit} annotation. */
public final class RateLimitCheck extends RateLimitMiddleware {
  public RateLimitCheck(RateLimit limit, RateLimiters limiters) {
    super(limiters.limiter(limit.name(), limit.limit(), Duration.ofSeconds(limit.windowSeconds()), limit.window()),
        keys(limit));
  }

  private static KeyResolver keys(RateLimit limit) {
    RateLimit.Key[] keys = limit.key();
    if (keys.length == 0) {
      throw new IllegalArgumentException("@RateLimit(name = \"" + limit.name() + "\") names no key");
    }
    KeyResolver[] resolvers = new KeyResolver[keys.length];
    for (int i = 0; i < keys.length; i++) {
      resolvers[i] = resolver(keys[i], limit);
    }
    return resolvers.length == 1 ? resolvers[0] : KeyResolver.firstOf(resolvers);
  }

  /** An if-chain, not a switch: an enum switch loads a synthetic class at init for nothing. */
  private static KeyResolver resolver(RateLimit.Key key, RateLimit limit) {
    if (key == RateLimit.Key.USER) {
      return KeyResolver.user();
    }
    if (key == RateLimit.Key.TENANT) {
      return KeyResolver.tenant();
    }
    if (key == RateLimit.Key.IP) {
      return KeyResolver.sourceIp();
    }
    if (key == RateLimit.Key.HEADER) {
      if (limit.header().isBlank()) {
        throw new IllegalArgumentException("@RateLimit(name = \"" + limit.name()
            + "\") keys by HEADER but names no header: add header = \"...\"");
      }
      return KeyResolver.header(limit.header());
    }
    return KeyResolver.global(limit.name());
  }
}
