package dev.lift.json.databind;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.lift.runtime.error.LiftError;
import dev.lift.runtime.json.Json;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabindCodecTest {
  enum Status { ACTIVE, SUSPENDED }

  record Address(String city, int zip) {}

  record Customer(
      String name, int age, boolean vip, Status status, Address address, List<String> tags,
      double balance) {}

  record Inner(List<Integer> b) {}

  record Outer(Inner a) {}

  record Line(String sku, int quantity, double price) {}

  record Basket(List<Line> items, Map<String, Integer> scores, Status status, boolean gift) {}

  record Signup(@JsonProperty(required = true) String email) {}

  record Percent(int value) {
    Percent {
      if (value > 100) {
        throw new IllegalArgumentException("java.lang.Integer out of range in com.example.Percent");
      }
    }
  }

  record Event(Instant at) {}

  record Stamp(Date at) {}

  private static final Customer ADA =
      new Customer(
          "Ada", 36, true, Status.ACTIVE, new Address("London", 1815), List.of("math", "engines"),
          12.5);

  private static final String ADA_JSON =
      "{\"name\":\"Ada\",\"age\":36,\"vip\":true,\"status\":\"ACTIVE\","
          + "\"address\":{\"city\":\"London\",\"zip\":1815},\"tags\":[\"math\",\"engines\"],"
          + "\"balance\":12.5}";

  @Test
  void writesRecordInDeclarationOrderWithNestedRecordListAndEnum() {
    assertEquals(ADA_JSON, Json.write(ADA, DatabindCodec.of(Customer.class)));
  }

  @Test
  void readsBackWhatItWrites() {
    DatabindCodec<Customer> codec = DatabindCodec.of(Customer.class);

    assertEquals(ADA, Json.read(Json.write(ADA, codec).getBytes(UTF_8), codec));
  }

  @Test
  void readsAndWritesGenericListThroughTypeReference() {
    DatabindCodec<List<Address>> codec = DatabindCodec.of(new TypeReference<List<Address>>() {});
    String json = "[{\"city\":\"Paris\",\"zip\":75001},{\"city\":\"Rome\",\"zip\":100}]";

    List<Address> addresses = Json.read(json.getBytes(UTF_8), codec);

    assertEquals(List.of(new Address("Paris", 75001), new Address("Rome", 100)), addresses);
    assertInstanceOf(Address.class, addresses.get(0)); // not a LinkedHashMap from erasure
    assertEquals(json, Json.write(addresses, codec));
  }

  @Test
  void ignoresUnknownFieldsAtEveryLevel() {
    String json =
        "{\"name\":\"Ada\",\"age\":36,\"vip\":true,\"status\":\"ACTIVE\",\"nickname\":\"Countess\","
            + "\"address\":{\"city\":\"London\",\"zip\":1815,\"geo\":{\"lat\":51.5,\"lon\":[0]}},"
            + "\"tags\":[\"math\",\"engines\"],\"balance\":12.5,\"extra\":[1,{\"x\":null}]}";

    assertEquals(ADA, Json.read(json.getBytes(UTF_8), DatabindCodec.of(Customer.class)));
  }

  @Test
  void wrongTypeAtNestedPathAnswers400WithPathAndExpectedKind() {
    LiftError error = readFails("{\"a\":{\"b\":[1,\"two\",3]}}", DatabindCodec.of(Outer.class));

    assertEquals(400, error.status());
    assertEquals("BAD_REQUEST", error.code());
    assertEquals(
        "Request body does not match the expected shape at $.a.b[1]: expected a number",
        error.getMessage());
    assertEquals(Map.of("path", "$.a.b[1]", "expected", "a number"), error.details());
    assertNamesNoJava(error);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"items":[{"quantity":1,"price":2},{"quantity":1,"price":"cheap"}]} | $.items[1].price | a number
          {"items":[{"quantity":1,"price":2,"sku":{"id":1}}]}   | $.items[0].sku      | a string
          {"items":[{"sku":"x","price":2}]}                     | $.items[0].quantity | a number
          {"items":[{"quantity":null}]}                         | $.items[0].quantity | a number
          {"items":[{"quantity":"many"}]}                       | $.items[0].quantity | a number
          {"items":{"sku":"x"}}                                 | $.items             | an array
          {"items":[[1]]}                                       | $.items[0]          | an object
          {"gift":"perhaps"}                                    | $.gift              | a boolean
          {"status":"LOST"}                                     | $.status            | a valid value
          {"scores":{"a b":"high"}}                             | $.scores['a b']     | a number
          {"scores":[1]}                                        | $.scores            | an object
          [1,2]                                                 | $                   | an object
          "basket"                                              | $                   | an object
          """)
  void mismatchesNameThePathAndTheKindOfValueExpected(String body, String path, String expected) {
    LiftError error = readFails(body, DatabindCodec.of(Basket.class));

    assertEquals(400, error.status());
    assertEquals(
        "Request body does not match the expected shape at " + path + ": expected " + expected,
        error.getMessage());
    assertEquals(Map.of("path", path, "expected", expected), error.details());
    assertNamesNoJava(error);
  }

  @Test
  void detailsListPathBeforeExpected() {
    LiftError error = readFails("{\"gift\":7.5}", DatabindCodec.of(Basket.class));

    assertEquals(List.of("path", "expected"), List.copyOf(((Map<?, ?>) error.details()).keySet()));
  }

  @Test
  void absentPrimitiveIsRequiredButAbsentReferenceReadsAsNull() {
    DatabindCodec<Line> codec = DatabindCodec.of(Line.class);

    assertEquals(
        new Line(null, 2, 0.5), Json.read("{\"quantity\":2,\"price\":0.5}".getBytes(UTF_8), codec));
    assertEquals(
        Map.of("path", "$.price", "expected", "a number"),
        readFails("{\"sku\":\"x\",\"quantity\":2}", codec).details());
  }

  @Test
  void missingRequiredPropertyAnswers400() {
    LiftError error = readFails("{}", DatabindCodec.of(Signup.class));

    assertEquals(400, error.status());
    assertEquals(
        "Request body does not match the expected shape at $.email: expected a string",
        error.getMessage());
    assertNamesNoJava(error);
  }

  @Test
  void valueRefusedByConstructorAnswers400WithoutItsMessage() {
    LiftError error = readFails("{\"value\":120}", DatabindCodec.of(Percent.class));

    assertEquals(400, error.status());
    assertEquals(Map.of("path", "$", "expected", "a valid value"), error.details());
    assertNamesNoJava(error);
  }

  @Test
  void malformedJsonInsideNestedValueIsReportedAsInvalidJson() {
    LiftError error = readFails("{\"a\":{\"b\":[1,}}", DatabindCodec.of(Outer.class));

    assertEquals(400, error.status());
    assertTrue(
        error.getMessage().startsWith("Request body is not valid JSON"), error.getMessage());
  }

  @Test
  void emptyBodyAnswersTheRuntimesMessage() {
    LiftError error = readFails("  ", DatabindCodec.of(Outer.class));

    assertEquals("Request body is empty; a JSON value is required", error.getMessage());
  }

  @Test
  void contentAfterTheValueIsRefused() {
    LiftError error = readFails("{\"a\":null} {\"a\":null}", DatabindCodec.of(Outer.class));

    assertEquals("Request body has content after the JSON value", error.getMessage());
  }

  @Test
  void unsupportedBodyTypeIsAServerErrorNotTheClients() {
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class,
            () -> Json.read("{\"at\":\"2024-01-01T00:00:00Z\"}".getBytes(UTF_8),
                DatabindCodec.of(Event.class)));

    assertTrue(error.getMessage().contains("jsr310"), error.getMessage());
  }

  @Test
  void writesDatesAsIsoText() {
    String json = Json.write(new Stamp(new Date(0)), DatabindCodec.of(Stamp.class));

    assertEquals("{\"at\":\"1970-01-01T00:00:00.000+00:00\"}", json);
  }

  @Test
  void writesNull() {
    assertEquals("null", Json.write(null, DatabindCodec.of(Customer.class)));
  }

  private static LiftError readFails(String body, DatabindCodec<?> codec) {
    return assertThrows(LiftError.class, () -> Json.read(body.getBytes(UTF_8), codec));
  }

  private static void assertNamesNoJava(LiftError error) {
    String message = error.getMessage();
    assertFalse(message.contains("com."), message);
    assertFalse(message.contains("java."), message);
    assertFalse(message.contains("`"), message);
    assertFalse(message.contains("Percent"), message);
  }
}
