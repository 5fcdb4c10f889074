package dev.lift.bench.contenders.liftevents;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lift.annotations.PathParam;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Response;
import dev.lift.runtime.json.Json;
import java.io.IOException;
import java.io.StringWriter;

public final class EventsItemRoutes {
  @Route("GET /items/{id}")
  public Response<String> get(@PathParam String id) throws IOException {
    StringWriter body = new StringWriter(64);
    try (JsonGenerator json = Json.FACTORY.createGenerator(body)) {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeStringField("name", "Item " + id);
      json.writeNumberField("stock", 7);
      json.writeEndObject();
    }
    return Response.ok(body.toString()).contentType("application/json");
  }
}
