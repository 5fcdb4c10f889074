package dev.lift.samples.payments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lambda configuration: RS256 keys from a JWKS URL (served here on a loopback port), fetched
 * at init. Tokens with an unknown key id, HS256 tokens "signed" with the RSA public key (algorithm
 * confusion), and unsigned tokens answer 401.
 */
class JwksAuthTest {
  private static HttpServer jwks;
  private static RSAKey key;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    byte[] document = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwks.createContext("/.well-known/jwks.json", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, document.length);
      exchange.getResponseBody().write(document);
      exchange.close();
    });
    jwks.start();
    Map<String, String> variables = new HashMap<>();
    variables.put("PAYMENTS_JWKS_URL", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json");
    variables.put("PAYMENTS_JWT_ISSUER", Tokens.ISSUER);
    variables.put("PAYMENTS_JWT_AUDIENCE", Tokens.AUDIENCE);
    api = Api.start(variables);
  }

  @AfterAll
  static void stop() {
    jwks.stop(0);
  }

  @Test
  void rs256TokenSignedByAPublishedKeyIsServed() {
    api.send(ApiEvent.of("GET", "/accounts").bearer(Tokens.rs256(key, Tokens.claims("ada", "acme").build()))).expect(200);
  }

  @Test
  void unknownKeyIdAnswers401() throws JOSEException {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID("k2").generate();
    Api.Reply reply = api.send(ApiEvent.of("GET", "/accounts")
        .bearer(Tokens.rs256(stranger, Tokens.claims("ada", "acme").build()))).expect(401, "UNAUTHORIZED");
    assertTrue(reply.json().path("message").asText().contains("key id is not known"), reply::toString);
  }

  @Test
  void otherKeyWithAKnownKeyIdAnswers401() throws JOSEException {
    RSAKey impostor = new RSAKeyGenerator(2048).keyID("k1").generate();
    api.send(ApiEvent.of("GET", "/accounts")
        .bearer(Tokens.rs256(impostor, Tokens.claims("ada", "acme").build()))).expect(401, "UNAUTHORIZED");
  }

  @Test
  void hs256SignedWithTheRsaPublicKeyAnswers401() throws JOSEException {
    byte[] publicKeyAsSecret = key.toPublicJWK().toRSAPublicKey().getEncoded();
    String confused = Tokens.sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
        Tokens.claims("ada", "acme").build(), Tokens.macSigner(publicKeyAsSecret));

    Api.Reply reply = api.send(ApiEvent.of("GET", "/accounts").bearer(confused)).expect(401, "UNAUTHORIZED");
    assertTrue(reply.json().path("message").asText().contains("HS256 is not accepted"), reply::toString);
    assertTrue(reply.header("WWW-Authenticate").contains("invalid_token"), reply::toString);
  }
}
