package dev.lift.json.tests.entry;

import dev.lift.annotations.Body;
import dev.lift.annotations.Route;
import dev.lift.runtime.http.Response;
import java.util.List;
import java.util.Optional;

/** Routes that echo each body type back: what is read is what is written. */
public class InvoiceRoutes {
  @Route("POST /invoices")
  public Invoice invoice(@Body Invoice invoice) {
    return invoice;
  }

  @Route("POST /invoices/created")
  public Response<Invoice> created(@Body Invoice invoice) {
    return Response.created(invoice).header("Location", "/invoices/" + invoice.id());
  }

  @Route("POST /invoices/accepted")
  public Response<Invoice> accepted(@Body Invoice invoice) {
    return Response.status(202);
  }

  @Route("POST /invoices/maybe")
  public String maybe(@Body Optional<Invoice> invoice) {
    return invoice.map(i -> "invoice " + i.id()).orElse("no invoice");
  }

  @Route("POST /lines")
  public List<Invoice.Line> lines(@Body List<Invoice.Line> lines) {
    return lines;
  }

  @Route("POST /kinds")
  public Invoice.Kind kind(@Body Invoice.Kind kind) {
    return kind;
  }

  @Route("POST /count")
  public int count(@Body List<Invoice.Line> lines) {
    return lines.size();
  }
}
