/**
 * JSON codecs: Lift's generated codecs against jackson-databind. Waiting for the generated-codecs
 * issue to land; then add {@code JsonBenchmark} here (read and write of the pipeline's {@code Item}
 * and of a nested body, ns/op and B/op), and a section in RESULTS.md ({@code ResultsReport} lists
 * every benchmark class it finds in the JMH JSON, so a new class needs only its table there).
 */
package dev.lift.bench.json;
