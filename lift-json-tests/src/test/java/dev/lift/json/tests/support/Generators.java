package dev.lift.json.tests.support;

import dev.lift.json.tests.app.Address;
import dev.lift.json.tests.app.Containers;
import dev.lift.json.tests.app.Money;
import dev.lift.json.tests.app.Order;
import dev.lift.json.tests.app.OrderLine;
import dev.lift.json.tests.app.Scalars;
import dev.lift.json.tests.app.Status;
import dev.lift.json.tests.app.Tree;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random values of the test application's body types, nulls included where the type allows them. */
public final class Generators {
  private static final double NULLS = 0.1;

  private Generators() {}

  /** Text from the whole of Unicode: controls, quotes, backslashes, non-ASCII and astral characters. */
  public static Arbitrary<String> text() {
    Arbitrary<String> plain = Arbitraries.strings()
        .withCharRange('\u0000', '\u007F')
        .withCharRange('\u00A0', '\uD7FF')
        .withCharRange('\uE000', '\uFFFD')
        .ofMaxLength(12);
    return Combinators.combine(plain, Arbitraries.of("", "", "😀", "𝄞x")).as(String::concat);
  }

  public static Arbitrary<Character> chars() {
    return Arbitraries.chars().range('\u0000', '\uD7FF');
  }

  public static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles(),
        Arbitraries.doubles().between(-1e300, 1e300),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE,
            Double.MAX_VALUE));
  }

  public static Arbitrary<Float> floats() {
    return Arbitraries.oneOf(Arbitraries.floats(),
        Arbitraries.of(Float.NaN, Float.POSITIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, -0.0f));
  }

  public static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
        Arbitraries.integers().between(-12, 20)).as(BigDecimal::new);
  }

  public static Arbitrary<UUID> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }

  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  public static Arbitrary<LocalDateTime> dateTimes() {
    Arbitrary<LocalTime> times = Arbitraries.oneOf(
        Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay),
        Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay));
    return Combinators.combine(dates(), times).as(LocalDateTime::of);
  }

  public static Arbitrary<Instant> instants() {
    return dateTimes().map(t -> t.toInstant(ZoneOffset.UTC));
  }

  public static Arbitrary<OffsetDateTime> offsetDateTimes() {
    Arbitrary<ZoneOffset> offsets = Arbitraries.oneOf(
        Arbitraries.integers().between(-18, 18).map(ZoneOffset::ofHours),
        Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds));
    return Combinators.combine(dateTimes(), offsets).as(OffsetDateTime::of);
  }

  public static Arbitrary<Duration> durations() {
    return Combinators.combine(Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
        Arbitraries.longs().between(0, 999_999_999)).as(Duration::ofSeconds);
  }

  public static Arbitrary<Status> statuses() {
    return Arbitraries.of(Status.class);
  }

  public static Arbitrary<Address> addresses() {
    return Combinators.combine(text().injectNull(NULLS), text().injectNull(NULLS), text().injectNull(NULLS),
        dates().injectNull(NULLS)).as(Address::new);
  }

  public static Arbitrary<OrderLine> lines() {
    return Combinators.combine(text().injectNull(NULLS), Arbitraries.integers(), decimals().injectNull(NULLS),
        doubles(), Arbitraries.longs().injectNull(NULLS)).as(OrderLine::new);
  }

  public static Arbitrary<Order> orders() {
    return record(List.of(
        uuids().injectNull(NULLS),
        text().injectNull(NULLS),
        lines().list().ofMaxSize(4).injectNull(NULLS),
        Arbitraries.maps(text(), text().injectNull(NULLS)).ofMaxSize(3).injectNull(NULLS),
        statuses().injectNull(NULLS),
        instants().injectNull(NULLS),
        text().optional(),
        decimals().injectNull(NULLS),
        Arbitraries.of(true, false),
        Arbitraries.integers(),
        text().list().ofMaxSize(4).map(LinkedHashSet::new).injectNull(NULLS),
        addresses().injectNull(NULLS)),
        v -> new Order((UUID) v[0], (String) v[1], cast(v[2]), cast(v[3]), (Status) v[4], (Instant) v[5], cast(v[6]),
            (BigDecimal) v[7], (Boolean) v[8], (Integer) v[9], cast(v[10]), (Address) v[11]));
  }

  public static Arbitrary<Scalars> scalars() {
    return record(List.of(
        Arbitraries.bytes(), Arbitraries.shorts(), Arbitraries.integers(), Arbitraries.longs(), floats(), doubles(),
        chars(), Arbitraries.of(true, false),
        Arbitraries.bytes().injectNull(NULLS), Arbitraries.shorts().injectNull(NULLS),
        Arbitraries.integers().injectNull(NULLS), Arbitraries.longs().injectNull(NULLS), floats().injectNull(NULLS),
        doubles().injectNull(NULLS), chars().injectNull(NULLS), Arbitraries.of(true, false).injectNull(NULLS),
        text().injectNull(NULLS),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)).injectNull(NULLS),
        decimals().injectNull(NULLS), uuids().injectNull(NULLS), instants().injectNull(NULLS),
        dates().injectNull(NULLS), dateTimes().injectNull(NULLS), offsetDateTimes().injectNull(NULLS),
        durations().injectNull(NULLS), Arbitraries.bytes().array(byte[].class).ofMaxSize(24).injectNull(NULLS)),
        v -> new Scalars((Byte) v[0], (Short) v[1], (Integer) v[2], (Long) v[3], (Float) v[4], (Double) v[5],
            (Character) v[6], (Boolean) v[7], (Byte) v[8], (Short) v[9], (Integer) v[10], (Long) v[11], (Float) v[12],
            (Double) v[13], (Character) v[14], (Boolean) v[15], (String) v[16], (BigInteger) v[17],
            (BigDecimal) v[18], (UUID) v[19], (Instant) v[20], (LocalDate) v[21], (LocalDateTime) v[22],
            (OffsetDateTime) v[23], (Duration) v[24], (byte[]) v[25]));
  }

  public static Arbitrary<Containers> containers() {
    return record(List.of(
        Arbitraries.integers().injectNull(NULLS).list().ofMaxSize(5).injectNull(NULLS),
        text().list().ofMaxSize(4).map(LinkedHashSet::new).injectNull(NULLS),
        Arbitraries.maps(text(), lines().list().ofMaxSize(2).injectNull(NULLS)).ofMaxSize(3).injectNull(NULLS),
        Arbitraries.integers().array(int[].class).ofMaxSize(5).injectNull(NULLS),
        text().injectNull(NULLS).array(String[].class).ofMaxSize(4).injectNull(NULLS),
        statuses().array(Status[].class).ofMaxSize(3).injectNull(NULLS),
        text().list().ofMaxSize(3).list().ofMaxSize(3).injectNull(NULLS),
        addresses().optional(),
        Arbitraries.integers().optional(),
        Arbitraries.longs().array(long[].class).ofMaxSize(3).array(long[][].class).ofMaxSize(3).injectNull(NULLS)),
        v -> new Containers(cast(v[0]), cast(v[1]), cast(v[2]), (int[]) v[3], (String[]) v[4], (Status[]) v[5],
            cast(v[6]), cast(v[7]), cast(v[8]), (long[][]) v[9]));
  }

  public static Arbitrary<Tree> trees() {
    return Arbitraries.recursive(
        () -> text().map(name -> new Tree(name, List.of())),
        smaller -> Combinators.combine(text().injectNull(NULLS), smaller.list().ofMaxSize(3).injectNull(NULLS))
            .as(Tree::new),
        0, 4);
  }

  public static Arbitrary<Money> money() {
    return Combinators.combine(Arbitraries.longs(), text().injectNull(NULLS)).as(Money::new);
  }

  /** A record of many components from one arbitrary per component. */
  @SuppressWarnings("unchecked")
  private static <R> Arbitrary<R> record(List<Arbitrary<?>> components, Function<Object[], R> create) {
    List<Arbitrary<Object>> parts = new ArrayList<>();
    for (Arbitrary<?> component : components) {
      parts.add((Arbitrary<Object>) component);
    }
    return Combinators.combine(parts).as(values -> create.apply(values.toArray()));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  /** Optional values, as jqwik names them. */
  static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> values) {
    return values.optional();
  }
}
