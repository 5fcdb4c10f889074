package dev.lift.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lift.json.tests.entry.Invoice;
import dev.lift.json.tests.entry.Invoice_JsonCodec;
import dev.lift.json.tests.entry.LiftEntryApi;
import dev.lift.json.tests.support.Lambda;
import dev.lift.json.tests.support.Lambda.Reply;
import dev.lift.json.tests.support.Reference;
import dev.lift.runtime.error.LiftError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An application with few body types has its entry class read and write them with code of its own
 * ({@code LiftEntryApi.readBody} and {@code writeBody}), so that the first request loads no codec
 * class ({@code ColdStartTest} checks which classes load). A client cannot tell: a sound body comes
 * back as the type's codec class writes it, and a bad one answers the same 400, in the same words
 * and with the same details, as reading it with that codec does.
 */
class EntryClassBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INVOICE = "{\"id\":\"6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a11\",\"customer\":\"Ada\","
      + "\"lines\":[{\"sku\":\"a-1\",\"quantity\":2,\"price\":1.50},{\"sku\":\"b\",\"quantity\":1,\"price\":1E+3}],"
      + "\"tags\":{\"channel\":\"web\",\"x\":null},\"kind\":\"REFUND\",\"total\":1003.00,"
      + "\"issued\":\"2024-01-31T12:00:00.5Z\",\"note\":\"thanks\",\"first\":{\"sku\":\"a-1\",\"quantity\":2,\"price\":1.50},"
      + "\"paid\":true,\"priority\":3,\"unknown\":[{\"deep\":[1,2,{}]}]}";
  private final LiftEntryApi handler = new LiftEntryApi();

  @ParameterizedTest
  @ValueSource(strings = {
      INVOICE,
      "{\"paid\":false,\"priority\":-1}",
      "{\"paid\":true,\"priority\":0,\"lines\":[],\"tags\":{},\"note\":null,\"first\":null,\"kind\":null}",
      "  {\"priority\":2147483647,\"paid\":false,\"customer\":\"\\u00e9\\ud83d\\ude00\"}\n"})
  void soundBodiesComeBackAsTheCodecClassWritesThem(String body) {
    Reply reply = post("/invoices", body);

    assertEquals(200, reply.status(), reply::toString);
    assertEquals(Reference.writeWith(Invoice_JsonCodec.INSTANCE, Reference.readWith(Invoice_JsonCodec.INSTANCE, body)),
        reply.body());
  }

  @Test
  void aFullInvoiceKeepsEveryValue() {
    Reply reply = post("/invoices", INVOICE);
    JsonNode invoice = reply.json();

    assertEquals("Ada", invoice.get("customer").asText());
    // Decimals as read, scale and exponent kept (jackson-databind's JsonNode would read them as doubles).
    assertTrue(reply.body().contains("{\"sku\":\"a-1\",\"quantity\":2,\"price\":1.50}"), reply::toString);
    assertTrue(reply.body().contains("\"price\":1E+3}"), reply::toString);
    assertEquals("{\"channel\":\"web\",\"x\":null}", invoice.get("tags").toString());
    assertEquals("REFUND", invoice.get("kind").asText());
    assertEquals("2024-01-31T12:00:00.500Z", invoice.get("issued").asText());
    assertEquals("thanks", invoice.get("note").asText());
    assertEquals(2, invoice.get("first").get("quantity").asInt());
    assertEquals(3, invoice.get("priority").asInt());
    assertEquals(false, invoice.has("unknown"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"paid\":true",
      "{\"paid\":true,\"priority\":1} {}",
      "{\"priority\":1}",
      "{\"paid\":\"yes\",\"priority\":1}",
      "{\"paid\":true,\"priority\":1,\"kind\":\"GIFT\"}",
      "{\"paid\":true,\"priority\":1,\"lines\":[{\"quantity\":1,\"price\":\"cheap\"}]}",
      "{\"paid\":true,\"priority\":1,\"paid\":false}",
      "{\"paid\":true,\"priority\":1,\"tags\":{\"a\":\"1\",\"a\":\"2\"}}",
      "{\"paid\":true,\"priority\":1.5}",
      "{\"paid\":true,\"priority\":1,\"id\":\"not-a-uuid\"}",
      "{\"paid\":true,\"priority\":1,\"issued\":\"yesterday\"}",
      "[]",
      "\"invoice\""})
  void badBodiesAnswerAsTheCodecClassRefusesThem(String body) throws Exception {
    LiftError expected = assertThrows(LiftError.class, () -> Reference.readWith(Invoice_JsonCodec.INSTANCE, body));
    Reply reply = post("/invoices", body);

    assertEquals(400, reply.status(), reply::toString);
    JsonNode error = reply.json();
    assertEquals(expected.code(), error.get("code").asText());
    assertEquals(expected.getMessage(), error.get("message").asText());
    assertEquals(JSON.valueToTree(expected.details()), error.path("details").isMissingNode() ? JSON.nullNode() : error.get("details"),
        reply::toString);
  }

  @Test
  void aRequiredBodyThatIsAbsentOrNullIsRefused() {
    assertEquals("Request body is required: send a JSON value", post("/invoices", "").json().get("message").asText());
    assertEquals("Request body is JSON null; a value is required",
        post("/invoices", "null").json().get("message").asText());
    assertEquals(400, post("/invoices", "null").status());
  }

  @Test
  void anOptionalBodyMayBeAbsentOrNull() {
    assertEquals("no invoice", post("/invoices/maybe", "").body());
    assertEquals("no invoice", post("/invoices/maybe", "null").body());
    assertEquals("invoice 6f1c2a4e-0d5b-4c1e-9a7f-3b2d8e9c0a11", post("/invoices/maybe", INVOICE).body());
    assertEquals(400, post("/invoices/maybe", "{\"priority\":1}").status());
  }

  @Test
  void containerEnumAndPrimitiveBodies() {
    String lines = "[{\"sku\":\"a\",\"quantity\":1,\"price\":2},null,{\"sku\":null,\"quantity\":0,\"price\":null}]";

    assertEquals(lines, post("/lines", lines).body());
    assertEquals("\"SALE\"", post("/kinds", "\"SALE\"").body());
    assertEquals(400, post("/kinds", "\"sale\"").status());
    assertEquals("3", post("/count", lines).body());
  }

  @Test
  void responsesWithAndWithoutABody() {
    Reply created = post("/invoices/created", INVOICE);
    assertEquals(201, created.status());
    assertEquals(post("/invoices", INVOICE).body(), created.body());

    Reply accepted = post("/invoices/accepted", INVOICE);
    assertEquals(202, accepted.status());
    assertEquals(null, accepted.body());
  }

  private Reply post(String path, String body) {
    return Lambda.post(handler, path, body);
  }
}
