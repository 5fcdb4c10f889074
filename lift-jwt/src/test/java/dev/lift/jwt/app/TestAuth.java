package dev.lift.jwt.app;

import dev.lift.jwt.HmacKeySource;
import dev.lift.jwt.JwtConfig;
import dev.lift.jwt.JwtMiddleware;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** HS256 with the secret, issuer and audience the tests sign with, at a fixed time. */
public class TestAuth extends JwtMiddleware {
  public static final String SECRET = "0123456789abcdef0123456789abcdef-test-secret";
  public static final String ISSUER = "https://id.example.com";
  public static final String AUDIENCE = "secured-api";
  public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  public TestAuth() {
    super(JwtConfig.builder(HmacKeySource.ofText(SECRET))
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build());
  }
}
