package dev.lift.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The values the binding routes send back, and assertions on them. */
public final class Bound {
  public static final UUID ID = UUID.fromString("3f2a9c1e-8b7d-4e6f-9a01-5c2b7d8e9f10");
  /** Above 2^53, so that a trip through a double would change it. */
  public static final long BIG = 9_007_199_254_740_993L;

  private Bound() {}

  /** Asserts the answer of a {@code Scalars} route: text "hello world", 42, BIG, true, 2.5, ID, GREEN. */
  public static void assertScalars(Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    JsonNode values = reply.json();
    assertEquals("hello world", values.get("text").asText(), values::toString);
    assertEquals(42, values.get("count").asInt(), values::toString);
    assertEquals(BIG, values.get("big").asLong(), values::toString);
    assertTrue(values.get("flag").asBoolean(), values::toString);
    assertEquals(2.5, values.get("ratio").asDouble(), values::toString);
    assertEquals(ID.toString(), values.get("id").asText(), values::toString);
    assertEquals("GREEN", values.get("color").asText(), values::toString);
  }

  /** Asserts that every field of a {@code Maybe} answer is null (every Optional was empty). */
  public static void assertAllEmpty(Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    JsonNode values = reply.json();
    values.fields().forEachRemaining(field ->
        assertTrue(field.getValue().isNull(), () -> field.getKey() + " should be empty in " + values));
    assertEquals(7, values.size(), values::toString);
  }

  /** The text of every element of a JSON array field. */
  public static List<String> strings(JsonNode object, String field) {
    assertTrue(object.has(field) && object.get(field).isArray(), () -> "no array " + field + " in " + object);
    List<String> values = new ArrayList<>();
    object.get(field).forEach(value -> values.add(value.asText()));
    return values;
  }
}
