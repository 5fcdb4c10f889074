package dev.lift.tests;

import static dev.lift.tests.support.Bound.BIG;
import static dev.lift.tests.support.Bound.ID;
import static dev.lift.tests.support.Bound.assertAllEmpty;
import static dev.lift.tests.support.Bound.assertScalars;
import static dev.lift.tests.support.Bound.strings;
import static dev.lift.tests.support.ErrorBodies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lift.tests.app.LiftTestApi;
import dev.lift.tests.support.HttpEvent;
import dev.lift.tests.support.Lambda;
import dev.lift.tests.support.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @QueryParam} from each event shape's query fields. */
class QueryBindingTest {
  private static final String ALL_SCALARS =
      "text=hello%20world&count=42&big=" + BIG + "&flag=true&ratio=2.5&id=" + ID + "&color=GREEN";

  private final LiftTestApi handler = new LiftTestApi();

  @ParameterizedTest
  @EnumSource(HttpEvent.Kind.class)
  void everyScalarTypeIsConvertedFromTheQueryString(HttpEvent.Kind kind) {
    assertScalars(invoke(HttpEvent.of(kind, "GET", "/bind/query").query(ALL_SCALARS)));
  }

  @Test
  void plusInTheQueryStringIsASpace() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/query").query(ALL_SCALARS.replace("%20", "+")));
    assertScalars(reply);
  }

  @Test
  void absentOptionalParametersAreEmpty() {
    assertAllEmpty(invoke(HttpEvent.v2("GET", "/bind/query/optional")));
  }

  @Test
  void presentOptionalParametersAreConverted() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/query/optional").query(ALL_SCALARS));
    assertScalars(reply);
  }

  @Test
  void repeatedParameterFromRawQueryStringKeepsEveryValueInOrder() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/query/list").query("a=1&a=2&count=3&count=1&count=2"));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(List.of("1", "2"), strings(reply.json(), "text"));
    assertEquals(List.of("3", "1", "2"), strings(reply.json(), "count"));
  }

  @Test
  void repeatedParameterFromRestApiMultiValueQueryKeepsEveryValueInOrder() {
    Reply reply = invoke(HttpEvent.v1("GET", "/bind/query/list").query("a=1&a=2&color=BLUE&color=RED"));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(List.of("1", "2"), strings(reply.json(), "text"));
    assertEquals(List.of("BLUE", "RED"), strings(reply.json(), "color"));
  }

  @Test
  void repeatedParameterFromAlbMultiValueQueryKeepsEveryValueInOrder() {
    Reply reply = invoke(HttpEvent.albMultiValue("GET", "/bind/query/list").query("a=x%20y&a=2"));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(List.of("x y", "2"), strings(reply.json(), "text"), "ALB values are decoded by Lift");
  }

  @Test
  void listOfEveryScalarTypeIsConverted() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/query/list")
        .query("big=1&big=" + BIG + "&flag=true&flag=false&ratio=0.5&ratio=-1e3&id=" + ID + "&color=RED"));
    assertEquals(200, reply.status(), reply::toString);
    JsonNode lists = reply.json();
    assertEquals(List.of("1", String.valueOf(BIG)), strings(lists, "big"));
    assertEquals(List.of("true", "false"), strings(lists, "flag"));
    assertEquals(List.of("0.5", "-1000.0"), strings(lists, "ratio"));
    assertEquals(List.of(ID.toString()), strings(lists, "id"));
    assertEquals(List.of("RED"), strings(lists, "color"));
  }

  @Test
  void absentListParameterIsEmpty() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/query/list"));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(List.of(), strings(reply.json(), "text"));
  }

  @Test
  void commaInARawQueryValueDoesNotSplitIt() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/query/list").query("a=x,y"));
    assertEquals(List.of("x,y"), strings(reply.json(), "text"));
  }

  @Test
  void missingRequiredParameterAnswers400NamingIt() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/limit"));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST", true, null);
    assertTrue(error.get("message").asText().contains("query parameter 'limit'"), error::toString);
    assertEquals("query parameter 'limit'", error.get("details").get("parameter").asText());
  }

  @Test
  void parameterNamesAreCaseSensitive() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/limit").query("LIMIT=5"));
    assertError(reply, 400, "BAD_REQUEST", true, null);
  }

  @Test
  void malformedIntegerAnswers400NamingTheParameterAndValue() {
    String message = badRequest("/bind/limit", "limit=ten");
    assertTrue(message.contains("query parameter 'limit'"), message);
    assertTrue(message.contains("'ten'"), message);
  }

  @Test
  void integerOutOfRangeAnswers400() {
    String message = badRequest("/bind/limit", "limit=2147483648");
    assertTrue(message.contains("query parameter 'limit'"), message);
  }

  @Test
  void nonAsciiDigitsAnswer400() {
    String message = badRequest("/bind/limit", "limit=%D9%A4%D9%A2");
    assertTrue(message.contains("query parameter 'limit'"), message);
  }

  @Test
  void javaNumberLiteralSyntaxAnswers400() {
    for (String javaLiteral : List.of("2.5f", "1d", "0x1p3")) {
      String message = badRequest("/bind/query/optional", "ratio=" + javaLiteral);
      assertTrue(message.contains("query parameter 'ratio'"), message);
    }
  }

  @Test
  void restApiQueryValuesAreNotDecodedAgain() {
    // API Gateway already decoded %25 and %2B: the event holds "100%" and "a+b".
    Reply reply = invoke(HttpEvent.v1("GET", "/bind/query/list").query("a=100%25&a=a%2Bb"));
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(List.of("100%", "a+b"), strings(reply.json(), "text"));
  }

  @Test
  void albQueryValuesAreDecodedOnce() {
    Reply reply = invoke(HttpEvent.alb("GET", "/bind/query/list").query("a=100%25"));
    assertEquals(List.of("100%"), strings(reply.json(), "text"));
    Reply plus = invoke(HttpEvent.alb("GET", "/bind/query/list").query("a=a%2Bb+c"));
    assertEquals(List.of("a+b c"), strings(plus.json(), "text"));
  }

  @Test
  void malformedUuidAnswers400NamingIt() {
    String message = badRequest("/bind/query/optional", "id=not-a-uuid");
    assertTrue(message.contains("query parameter 'id'"), message);
    assertTrue(message.contains("UUID"), message);
  }

  @Test
  void shortFormUuidAnswers400() {
    String message = badRequest("/bind/query/optional", "id=1-2-3-4-5");
    assertTrue(message.contains("query parameter 'id'"), message);
  }

  @Test
  void unknownEnumConstantAnswers400ListingTheConstants() {
    String message = badRequest("/bind/query/optional", "color=PURPLE");
    assertTrue(message.contains("query parameter 'color'"), message);
    assertTrue(message.contains("RED, GREEN, BLUE"), message);
  }

  @Test
  void enumConstantsMatchByExactName() {
    String message = badRequest("/bind/query/optional", "color=green");
    assertTrue(message.contains("query parameter 'color'"), message);
  }

  @Test
  void booleanAcceptsOnlyTrueAndFalse() {
    for (String notBoolean : List.of("yes", "1", "0", "on", "")) {
      String message = badRequest("/bind/query/optional", "flag=" + notBoolean);
      assertTrue(message.contains("query parameter 'flag'"), message);
      assertTrue(message.contains("true or false"), message);
    }
  }

  @Test
  void nonFiniteDoubleAnswers400() {
    for (String notFinite : List.of("NaN", "Infinity", "-Infinity", "abc")) {
      String message = badRequest("/bind/query/optional", "ratio=" + notFinite);
      assertTrue(message.contains("query parameter 'ratio'"), message);
    }
  }

  @Test
  void malformedListElementAnswers400NamingTheParameter() {
    String message = badRequest("/bind/query/list", "count=1&count=two");
    assertTrue(message.contains("query parameter 'count'"), message);
    assertTrue(message.contains("'two'"), message);
  }

  @Test
  void invalidPercentEscapeInTheQueryStringAnswers400() {
    Reply reply = invoke(HttpEvent.v2("GET", "/bind/query/list").query("a=%zz"));
    JsonNode error = assertError(reply, 400, "BAD_REQUEST");
    assertTrue(error.get("message").asText().contains("query"), error::toString);
  }

  private String badRequest(String path, String query) {
    Reply reply = invoke(HttpEvent.v2("GET", path).query(query));
    return assertError(reply, 400, "BAD_REQUEST", true, null).get("message").asText();
  }

  private Reply invoke(HttpEvent event) {
    return Lambda.invoke(handler, event);
  }
}
