package dev.lift.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.json.tests.app.Containers;
import dev.lift.json.tests.app.Containers_JsonCodec;
import dev.lift.json.tests.app.Money;
import dev.lift.json.tests.app.Money_JsonCodec;
import dev.lift.json.tests.app.Order;
import dev.lift.json.tests.app.Order_JsonCodec;
import dev.lift.json.tests.app.Scalars;
import dev.lift.json.tests.app.Scalars_JsonCodec;
import dev.lift.json.tests.app.Tree;
import dev.lift.json.tests.app.Tree_JsonCodec;
import dev.lift.json.tests.support.Generators;
import dev.lift.json.tests.support.Reference;
import dev.lift.json.tests.support.Values;
import dev.lift.runtime.json.JsonCodec;
import dev.lift.runtime.json.Json;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On random values of representative body types, a generated codec and jackson-databind (with the
 * java.time and Optional modules) agree: they write the same JSON, each reads what the other
 * wrote back to the value, and the codec reads its own output back to the value.
 */
class CodecAgreementPropertyTest {
  @Property(tries = 300)
  void orders(@ForAll("orders") Order order) {
    assertAgree(Order_JsonCodec.INSTANCE, Order_JsonCodec.INSTANCE::readValue, order, Order.class);
  }

  @Property(tries = 300)
  void scalars(@ForAll("scalars") Scalars scalars) {
    assertAgree(Scalars_JsonCodec.INSTANCE, Scalars_JsonCodec.INSTANCE::readValue, scalars, Scalars.class);
  }

  @Property(tries = 300)
  void containers(@ForAll("containers") Containers containers) {
    assertAgree(Containers_JsonCodec.INSTANCE, Containers_JsonCodec.INSTANCE::readValue, containers, Containers.class);
  }

  @Property(tries = 200)
  void recursiveTrees(@ForAll("trees") Tree tree) {
    assertAgree(Tree_JsonCodec.INSTANCE, Tree_JsonCodec.INSTANCE::readValue, tree, Tree.class);
  }

  @Property(tries = 100)
  void classesWithConstructorsAndGetters(@ForAll("money") Money money) {
    String ours = Json.write(money, Money_JsonCodec.INSTANCE);
    assertEquals(Reference.parse(Reference.write(money)), Reference.parse(ours), "JSON written");
    // databind cannot create Money (no @JsonCreator, no default constructor): only ours reads it.
    assertEquals(money, readValue(Money_JsonCodec.INSTANCE::readValue, ours));
  }

  private static <T> void assertAgree(JsonCodec<T> codec, ValueReader<T> reader, T value, Class<T> type) {
    String ours = Json.write(value, codec);
    String theirs = Reference.write(value);
    assertEquals(Reference.parse(theirs), Reference.parse(ours), () -> "JSON written\n ours:   " + ours
        + "\n theirs: " + theirs);
    T readFromTheirs = readValue(reader, theirs);
    assertTrue(Values.deepEquals(value, readFromTheirs), () -> "ours read databind's " + theirs + "\n as "
        + Reference.write(readFromTheirs));
    T readByThem = Reference.read(ours, type);
    assertTrue(Values.deepEquals(value, readByThem), () -> "databind read ours " + ours + "\n as "
        + Reference.write(readByThem));
    assertTrue(Values.deepEquals(value, readValue(reader, ours)), () -> "ours read ours " + ours);
  }

  /** A generated codec's {@code readValue}: it reads without the constraint checks. */
  interface ValueReader<T> {
    T readValue(JsonParser parser) throws IOException;
  }

  /** Reads without the constraint checks, which random values need not meet. */
  static <T> T readValue(ValueReader<T> reader, String json) {
    try (JsonParser parser = Json.FACTORY.createParser(json)) {
      parser.nextToken();
      return reader.readValue(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Order> orders() {
    return Generators.orders();
  }

  @Provide
  Arbitrary<Scalars> scalars() {
    return Generators.scalars();
  }

  @Provide
  Arbitrary<Containers> containers() {
    return Generators.containers();
  }

  @Provide
  Arbitrary<Tree> trees() {
    return Generators.trees();
  }

  @Provide
  Arbitrary<Money> money() {
    return Generators.money();
  }
}
