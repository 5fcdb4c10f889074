/**
 * Bearer JWT authentication for Lift applications, on nimbus-jose-jwt.
 *
 * <ul>
 *   <li>{@link dev.lift.jwt.JwtVerifier} checks a token: its algorithm against an allow-list, its
 *       signature with a key from a {@link dev.lift.jwt.JwtKeySource} (a JWKS URL with {@link
 *       dev.lift.jwt.JwksKeySource}, fixed public keys with {@link dev.lift.jwt.StaticKeySource},
 *       a shared secret with {@link dev.lift.jwt.HmacKeySource}), then {@code exp}, {@code nbf},
 *       {@code iat}, {@code iss} and {@code aud}, and turns the claims into a {@link
 *       dev.lift.jwt.Principal}.
 *   <li>{@link dev.lift.jwt.JwtMiddleware} reads {@code Authorization: Bearer <token>} (and nothing
 *       else), answers 401 with {@code WWW-Authenticate}, and shares the principal through the
 *       exchange.
 *   <li>{@link dev.lift.jwt.Principals} and {@link dev.lift.jwt.RequireAccessMiddleware} answer 403
 *       when a role or scope is missing.
 * </ul>
 */
package dev.lift.jwt;
