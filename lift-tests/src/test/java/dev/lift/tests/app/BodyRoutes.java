package dev.lift.tests.app;

import dev.lift.annotations.Body;
import dev.lift.annotations.Route;
import java.util.HexFormat;
import java.util.Optional;

/** Routes that read the request body in each supported form. */
public class BodyRoutes {
  @Route("POST /body/json")
  public Item json(@Body Item item) {
    return new Item(item.name() + "!", item.quantity() * 2);
  }

  @Route("POST /body/optional-json")
  public String optionalJson(@Body Optional<Item> item) {
    return item.map(i -> "item " + i.name()).orElse("no item");
  }

  @Route("POST /body/bytes")
  public String bytes(@Body byte[] data) {
    return data.length + " bytes: " + HexFormat.of().formatHex(data);
  }

  @Route("POST /body/text")
  public String text(@Body String text) {
    return text.length() + " chars";
  }
}
