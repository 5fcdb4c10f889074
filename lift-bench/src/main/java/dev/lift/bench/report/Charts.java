package dev.lift.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The charts of RESULTS.md, drawn with XChart from the same figures as the tables. */
final class Charts {
  private Charts() {}

  /** ns/op of every router for each request and size, on a log scale (they span three orders). */
  static void routing(ResultsReport report, Path png) throws IOException {
    List<String> categories = new ArrayList<>();
    for (String request : ResultsReport.REQUESTS) {
      for (String size : ResultsReport.SIZES) {
        categories.add(request + " / " + size);
      }
    }
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(1200)
            .height(560)
            .title("Routing: ns/op by request and table size (log scale, lower is better)")
            .xAxisTitle("request / routes")
            .yAxisTitle("ns/op")
            .build();
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setAvailableSpaceFill(0.85);
    int series = 0;
    double min = Double.MAX_VALUE;
    for (String router : List.of("lift", "handWritten", "sigma", "spring", "regex")) {
      List<Double> values = new ArrayList<>();
      for (String request : ResultsReport.REQUESTS) {
        for (String size : ResultsReport.SIZES) {
          Optional<ResultsReport.Result> r = report.routing(router, size, request);
          r.ifPresent(x -> values.add(x.score()));
        }
      }
      if (values.size() == categories.size()) {
        min = Math.min(min, values.stream().mapToDouble(Double::doubleValue).min().orElse(min));
        chart.addSeries(ResultsReport.ROUTER_LABELS.get(router), categories, values);
        series++;
      }
    }
    logFloor(chart, min);
    write(chart, series, png);
  }

  /** ns/op of the generated codecs and of jackson-databind, decode and encode of each body. */
  static void json(ResultsReport report, Path png) throws IOException {
    List<String> categories = new ArrayList<>();
    for (String operation : ResultsReport.JSON_OPERATIONS) {
      for (String body : ResultsReport.JSON_BODIES) {
        categories.add(operation + " " + body);
      }
    }
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(1200)
            .height(480)
            .title("JSON bodies of the sample: ns/op (lower is better)")
            .xAxisTitle("operation and body type")
            .yAxisTitle("ns/op")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    int series = 0;
    for (String codec : ResultsReport.JSON_CODECS) {
      List<Double> values = new ArrayList<>();
      for (String operation : ResultsReport.JSON_OPERATIONS) {
        for (String body : ResultsReport.JSON_BODIES) {
          report.json(operation, codec, body).ifPresent(x -> values.add(x.score()));
        }
      }
      if (values.size() == categories.size()) {
        chart.addSeries(ResultsReport.JSON_LABELS.get(codec), categories, values);
        series++;
      }
    }
    write(chart, series, png);
  }

  /** Median time to first response per contender. */
  static void coldStart(ResultsReport report, Path png) throws IOException {
    JsonNode cold = report.coldStart();
    if (cold == null) {
      return;
    }
    List<String> names = new ArrayList<>();
    List<Double> ms = new ArrayList<>();
    for (JsonNode c : cold.path("contenders")) {
      names.add(c.path("label").asText());
      ms.add(c.path("medianMs").asDouble());
    }
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(1200)
            .height(480)
            .title("Cold start: JVM launch to first response, median ms (log scale)")
            .yAxisTitle("ms")
            .build();
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setLabelsVisible(true);
    chart.addSeries("median ms", names, ms);
    logFloor(chart, ms.stream().mapToDouble(Double::doubleValue).min().orElse(1));
    write(chart, names.size(), png);
  }

  /** XChart's log axis needs a floor above zero: the power of ten below the smallest value. */
  private static void logFloor(CategoryChart chart, double min) {
    if (min > 0 && min < Double.MAX_VALUE) {
      chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min))));
    }
  }

  private static void write(CategoryChart chart, int series, Path png) throws IOException {
    if (series == 0) {
      Files.deleteIfExists(png);
      return;
    }
    String file = png.toString();
    BitmapEncoder.saveBitmap(chart, file.substring(0, file.length() - ".png".length()), BitmapEncoder.BitmapFormat.PNG);
  }
}
