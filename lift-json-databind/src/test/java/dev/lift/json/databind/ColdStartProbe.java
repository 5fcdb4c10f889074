package dev.lift.json.databind;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.lift.runtime.json.Json;
import java.util.List;

/**
 * Run in a fresh JVM by {@link ColdStartTest}: creates codecs the way a generated dispatcher does
 * and, when asked, reads one body.
 */
public final class ColdStartProbe {
  record Item(String name) {}

  public static void main(String[] args) {
    DatabindCodec<Item> item = DatabindCodec.of(Item.class);
    DatabindCodec<List<Item>> items = DatabindCodec.of(new TypeReference<List<Item>>() {});
    if (args.length > 0 && args[0].equals("read")) {
      Json.read("{\"name\":\"a\"}".getBytes(UTF_8), item);
      Json.read("[{\"name\":\"b\"}]".getBytes(UTF_8), items);
    }
  }
}
