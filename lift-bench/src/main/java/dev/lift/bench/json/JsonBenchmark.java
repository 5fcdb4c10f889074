package dev.lift.bench.json;

import dev.lift.json.databind.DatabindCodec;
import dev.lift.runtime.json.Json;
import dev.lift.runtime.json.JsonCodec;
import dev.lift.samples.hello.NewUser;
import dev.lift.samples.hello.NewUser_JsonCodec;
import dev.lift.samples.hello.Role;
import dev.lift.samples.hello.User;
import dev.lift.samples.hello.UserRoutes;
import dev.lift.samples.hello.UserRoutes_UserList_JsonCodec;
import dev.lift.samples.hello.User_JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON bodies of the sample application ({@code samples/hello-api}): the codecs the Lift processor
 * generated for its body types against jackson-databind, both behind the runtime's {@link Json#read}
 * and {@link Json#write} so that only the codec differs (the same parser, generator and checks;
 * databind through {@link DatabindCodec}, lift-json-databind's fallback, with its shared mapper).
 *
 * <ul>
 *   <li>{@code NewUser}: the request body of {@code POST /users}, three strings and an enum;
 *   <li>{@code User}: the response of {@code GET /users/{id}}, a UUID, two strings and an enum;
 *   <li>{@code UserList}: the response of {@code GET /users}, ten users in a list and a count.
 * </ul>
 *
 * <p>Decoding is body bytes to the record; encoding is the record to the JSON text the response
 * carries. B/op with {@code -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JsonBenchmark {
  @Param({"NewUser", "User", "UserList"})
  public String body;

  private JsonCodec<Object> generated;
  private JsonCodec<Object> databind;
  private byte[] json;
  private Object value;

  @Setup
  public void setUp() {
    Object sample = sample(body);
    generated = generatedCodec(body);
    databind = databindCodec(body);
    json = Json.write(sample, generated).getBytes(StandardCharsets.UTF_8);
    value = Json.read(json, generated);
    // Both codecs must read and write the same document, or the timings compare different work.
    if (!Json.write(Json.read(json, databind), databind).equals(Json.write(value, generated))) {
      throw new IllegalStateException("databind and the generated codec disagree on " + new String(json, StandardCharsets.UTF_8));
    }
    if (!value.equals(sample) || !Json.read(json, databind).equals(sample)) {
      throw new IllegalStateException("A codec does not read back what it wrote for " + body);
    }
  }

  static Object sample(String body) {
    switch (body) {
      case "NewUser": return new NewUser("Ada Lovelace", "ada@example.com", Role.ADMIN);
      case "User": return user(0);
      case "UserList":
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          users.add(user(i));
        }
        return new UserRoutes.UserList(users, users.size());
      default: throw new IllegalArgumentException("No sample body " + body);
    }
  }

  private static User user(int i) {
    return new User(new UUID(0x6f1c2a4e0d5b4c1eL, 0x9a7f3b2d8e9c0a11L + i), "User " + i, "user" + i + "@example.com",
        Role.values()[i % Role.values().length]);
  }

  @SuppressWarnings("unchecked")
  static JsonCodec<Object> generatedCodec(String body) {
    switch (body) {
      case "NewUser": return (JsonCodec<Object>) (JsonCodec<?>) NewUser_JsonCodec.INSTANCE;
      case "User": return (JsonCodec<Object>) (JsonCodec<?>) User_JsonCodec.INSTANCE;
      case "UserList": return (JsonCodec<Object>) (JsonCodec<?>) UserRoutes_UserList_JsonCodec.INSTANCE;
      default: throw new IllegalArgumentException("No sample body " + body);
    }
  }

  @SuppressWarnings("unchecked")
  static JsonCodec<Object> databindCodec(String body) {
    switch (body) {
      case "NewUser": return (JsonCodec<Object>) (JsonCodec<?>) DatabindCodec.of(NewUser.class);
      case "User": return (JsonCodec<Object>) (JsonCodec<?>) DatabindCodec.of(User.class);
      case "UserList": return (JsonCodec<Object>) (JsonCodec<?>) DatabindCodec.of(UserRoutes.UserList.class);
      default: throw new IllegalArgumentException("No sample body " + body);
    }
  }

  @Benchmark
  public Object decodeGenerated() {
    return Json.read(json, generated);
  }

  @Benchmark
  public Object decodeDatabind() {
    return Json.read(json, databind);
  }

  @Benchmark
  public String encodeGenerated() {
    return Json.write(value, generated);
  }

  @Benchmark
  public String encodeDatabind() {
    return Json.write(value, databind);
  }
}
