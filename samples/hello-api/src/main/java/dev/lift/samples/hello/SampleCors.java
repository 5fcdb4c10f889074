package dev.lift.samples.hello;

import dev.lift.runtime.middleware.CorsConfig;
import dev.lift.runtime.middleware.CorsMiddleware;

/** CORS for a front end served locally; configured by subclassing, created once at init. */
public class SampleCors extends CorsMiddleware {
  public SampleCors() {
    super(CorsConfig.builder()
        .allowOrigins("http://localhost:3000", "http://127.0.0.1:3000")
        .exposeHeaders("X-Request-Id", "Location")
        .maxAgeSeconds(600)
        .build());
  }
}
