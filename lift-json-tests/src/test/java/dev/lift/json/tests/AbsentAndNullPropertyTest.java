package dev.lift.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lift.json.tests.app.Order;
import dev.lift.json.tests.app.Order_JsonCodec;
import dev.lift.json.tests.app.Scalars;
import dev.lift.json.tests.app.Scalars_JsonCodec;
import dev.lift.json.tests.support.Generators;
import dev.lift.json.tests.support.Reference;
import dev.lift.json.tests.support.Values;
import dev.lift.runtime.error.LiftError;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fields left out or set to null: the generated codec reads what jackson-databind reads, or, when
 * databind refuses (a primitive without a value), answers 400. The one documented difference: an
 * absent or null {@code Optional} is empty for both, and never null.
 */
class AbsentAndNullPropertyTest {
  @Property(tries = 300)
  void ordersWithFieldsDroppedOrNulled(@ForAll("orders") Order order, @ForAll("changes") List<Integer> changes) {
    assertSameReading(Order_JsonCodec.INSTANCE::readValue, Order.class, Reference.write(order), changes);
  }

  @Property(tries = 300)
  void scalarsWithFieldsDroppedOrNulled(@ForAll("scalars") Scalars scalars, @ForAll("changes") List<Integer> changes) {
    assertSameReading(Scalars_JsonCodec.INSTANCE::readValue, Scalars.class, Reference.write(scalars), changes);
  }

  private static <T> void assertSameReading(CodecAgreementPropertyTest.ValueReader<T> codec, Class<T> type,
      String json, List<Integer> changes) {
    ObjectNode tree = (ObjectNode) Reference.parse(json);
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    for (int change : changes) {
      String name = names.get(Math.abs(change) % names.size());
      if (change % 2 == 0) {
        tree.remove(name);
      } else {
        tree.putNull(name);
      }
    }
    String changed = tree.toString();
    T theirs;
    try {
      theirs = Reference.read(changed, type);
    } catch (UncheckedIOException refused) {
      try {
        CodecAgreementPropertyTest.readValue(codec, changed);
        fail("databind refused " + changed + " (" + refused.getCause().getMessage() + ") and the codec read it");
      } catch (LiftError e) {
        assertEquals(400, e.status());
      }
      return;
    }
    T ours = CodecAgreementPropertyTest.readValue(codec, changed);
    assertTrue(Values.deepEquals(theirs, ours), () -> changed + "\n databind: " + Reference.write(theirs)
        + "\n ours:     " + Reference.write(ours));
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
  Arbitrary<List<Integer>> changes() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(4);
  }

}
