package dev.lift.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dev.lift.jwt.app.LiftSecuredApp;
import dev.lift.jwt.app.TestAuth;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code @RequireAccess} and {@code Principal} parameters as the processor compiles them
 * (src/test/java/dev/lift/jwt/app), driven through the generated handler with the shared API
 * Gateway HTTP API event, edited per request.
 */
class GeneratedAccessChecksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LiftSecuredApp HANDLER = new LiftSecuredApp();

  @Test
  void principalParameterReceivesTheAuthenticatedCaller() throws IOException {
    JsonNode reply = call("GET", "/me", token(claims()));

    assertEquals(200, reply.get("statusCode").asInt(), reply::toString);
    assertEquals("user-42@acme [reader, admin]", reply.get("body").asText());
  }

  @Test
  void missingTokenIsChallengedBeforeAnyRouteRuns() throws IOException {
    JsonNode reply = call("GET", "/me", null);

    assertEquals(401, reply.get("statusCode").asInt(), reply::toString);
    assertEquals("Bearer", header(reply, "WWW-Authenticate"));
    assertEquals("UNAUTHORIZED", error(reply).get("code").asText());
  }

  @Test
  void tokenInTheQueryStringIsNotLookedAt() throws IOException {
    JsonNode reply = call("GET", "/me?access_token=" + token(claims()), null);

    assertEquals(401, reply.get("statusCode").asInt(), reply::toString);
  }

  @Test
  void unsignedTokenIsRejected() throws IOException {
    String none = new PlainJWT(new PlainHeader(), claims().build()).serialize();

    JsonNode reply = call("GET", "/me", none);

    assertEquals(401, reply.get("statusCode").asInt(), reply::toString);
    assertTrue(header(reply, "WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""), reply::toString);
  }

  @Test
  void classRequirementRefusesATokenWithoutTheScope() throws IOException {
    JsonNode reply = call("GET", "/reports", token(claims().claim("scope", "accounts:read")));

    assertEquals(403, reply.get("statusCode").asInt(), reply::toString);
    assertEquals("FORBIDDEN", error(reply).get("code").asText());
    assertEquals("This request needs the scope 'reports:read'", error(reply).get("message").asText());
    assertTrue(header(reply, "WWW-Authenticate").contains("error=\"insufficient_scope\""), reply::toString);
  }

  @Test
  void classRequirementLetsATokenWithTheScopeThrough() throws IOException {
    JsonNode reply = call("GET", "/reports", token(claims().claim("scope", "reports:read")));

    assertEquals(200, reply.get("statusCode").asInt(), reply::toString);
    assertEquals("reports of acme", reply.get("body").asText());
  }

  @Test
  void routeRequirementAddsToTheClassRequirement() throws IOException {
    JsonNode noRole = call("DELETE", "/reports/7",
        token(claims().claim("roles", List.of("reader")).claim("scope", "reports:read reports:write")));
    JsonNode noRouteScope = call("DELETE", "/reports/7",
        token(claims().claim("scope", "reports:read")));
    JsonNode noClassScope = call("DELETE", "/reports/7",
        token(claims().claim("scope", "reports:write")));
    JsonNode everything = call("DELETE", "/reports/7",
        token(claims().claim("scope", "reports:read reports:write")));

    assertEquals(403, noRole.get("statusCode").asInt(), noRole::toString);
    assertEquals("This request needs the role 'admin'", error(noRole).get("message").asText());
    assertEquals(403, noRouteScope.get("statusCode").asInt(), noRouteScope::toString);
    assertEquals("This request needs the scope 'reports:write'", error(noRouteScope).get("message").asText());
    assertEquals(403, noClassScope.get("statusCode").asInt(), noClassScope::toString);
    assertEquals("This request needs the scope 'reports:read'", error(noClassScope).get("message").asText());
    assertEquals(200, everything.get("statusCode").asInt(), everything::toString);
    assertEquals("deleted 7 by user-42", everything.get("body").asText());
  }

  @Test
  void expiredTokenIsRejectedEvenWhereOnlyAScopeIsChecked() throws IOException {
    JsonNode reply = call("GET", "/reports", token(claims().claim("scope", "reports:read")
        .expirationTime(Date.from(TestAuth.NOW.minusSeconds(3600)))));

    assertEquals(401, reply.get("statusCode").asInt(), reply::toString);
    assertNull(reply.path("headers").get("x-ratelimit-limit"));
  }

  private static JWTClaimsSet.Builder claims() {
    return TestTokens.claims().issuer(TestAuth.ISSUER).audience(TestAuth.AUDIENCE)
        .issueTime(Date.from(TestAuth.NOW.minusSeconds(10)))
        .notBeforeTime(Date.from(TestAuth.NOW.minusSeconds(10)))
        .expirationTime(Date.from(TestAuth.NOW.plusSeconds(300)));
  }

  private static String token(JWTClaimsSet.Builder claims) {
    return TestTokens.hs256(TestAuth.SECRET.getBytes(StandardCharsets.UTF_8), null, claims.build());
  }

  /** The shared HTTP API event, with this request's method, path, query and Authorization header. */
  private static JsonNode call(String method, String target, String bearer) throws IOException {
    Path sample = Path.of(System.getProperty("lift.events.dir"), "apigw_http_event.json");
    ObjectNode event = (ObjectNode) JSON.readTree(Files.readString(sample));
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
    event.put("rawPath", path).put("rawQueryString", query).put("routeKey", "$default");
    event.remove("queryStringParameters");
    event.remove("pathParameters");
    event.remove("cookies");
    event.putNull("body");
    event.put("isBase64Encoded", false);
    ObjectNode headers = event.putObject("headers");
    headers.put("host", "api.example.com");
    if (bearer != null) {
      headers.put("authorization", "Bearer " + bearer);
    }
    ObjectNode http = (ObjectNode) event.path("requestContext").path("http");
    http.put("method", method).put("path", path);
    ((ObjectNode) event.path("requestContext")).put("stage", "$default");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HANDLER.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
    return JSON.readTree(out.toByteArray());
  }

  private static String header(JsonNode reply, String name) {
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) reply.path("headers")::fields) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue().asText();
      }
    }
    return null;
  }

  private static JsonNode error(JsonNode reply) throws IOException {
    return JSON.readTree(reply.get("body").asText());
  }
}
