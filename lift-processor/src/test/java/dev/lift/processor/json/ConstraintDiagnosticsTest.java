package dev.lift.processor.json;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.lift.processor.json.JsonFallbackDiagnosticsTest.JsonFileObjects;
import org.junit.jupiter.api.Test;

/**
 * Constraints that cannot be checked are compile errors on the annotation, where Bean Validation
 * would fail at run time; constraints generated codecs do not check are warnings.
 */
class ConstraintDiagnosticsTest {
  private static final String ROUTE = "@Route(\"POST /items\") public String create(@Body Item item) { return \"\"; }";

  @Test
  void constraintOnATypeItDoesNotApplyTo() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(",
            "    @jakarta.validation.constraints.Size(max = 3) int count) {}")
        .route(ROUTE);

    Compilation compilation = sources.compile();

    assertThat(compilation)
        .hadErrorContaining("@Size on field 'count' of com.example.Item does not apply to int: it applies to String,"
            + " collections, maps and arrays. Remove it or change the type.")
        .inFile(sources.types().get(0))
        .onLineContaining("@jakarta.validation.constraints.Size(max = 3)");
  }

  @Test
  void numberConstraintOnText() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(",
            "    @jakarta.validation.constraints.Positive String count) {}")
        .route(ROUTE);

    assertThat(sources.compile())
        .hadErrorContaining("@Positive on field 'count' of com.example.Item does not apply to java.lang.String: it"
            + " applies to numbers")
        .inFile(sources.types().get(0))
        .onLineContaining("@jakarta.validation.constraints.Positive");
  }

  @Test
  void invalidRegularExpression() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(",
            "    @jakarta.validation.constraints.Pattern(regexp = \"[a-\") String code) {}")
        .route(ROUTE);

    assertThat(sources.compile())
        .hadErrorContaining("@Pattern on field 'code' of com.example.Item has regexp \"[a-\", which is not a valid"
            + " regular expression")
        .inFile(sources.types().get(0))
        .onLineContaining("regexp = \"[a-\"");
  }

  @Test
  void sizeThatCanNeverBeMet() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(",
            "    @jakarta.validation.constraints.Size(min = 5, max = 2) String code) {}")
        .route(ROUTE);

    assertThat(sources.compile())
        .hadErrorContaining("@Size(min = 5, max = 2) on field 'code' of com.example.Item can never be met")
        .inFile(sources.types().get(0))
        .onLineContaining("min = 5, max = 2");
  }

  @Test
  void decimalBoundThatIsNotANumber() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(",
            "    @jakarta.validation.constraints.DecimalMin(\"ten\") java.math.BigDecimal price) {}")
        .route(ROUTE);

    assertThat(sources.compile())
        .hadErrorContaining("@DecimalMin on field 'price' of com.example.Item has the value \"ten\", which is not a"
            + " decimal number.")
        .inFile(sources.types().get(0))
        .onLineContaining("DecimalMin(\"ten\")");
  }

  @Test
  void constraintOnAListElement() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(",
            "    java.util.List<@jakarta.validation.constraints.NotBlank Integer> counts) {}")
        .route(ROUTE);

    assertThat(sources.compile())
        .hadErrorContaining("@NotBlank on field 'counts' of com.example.Item does not apply to java.lang.Integer")
        .inFile(sources.types().get(0));
  }

  @Test
  void constraintLiftDoesNotCheckIsAWarning() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(",
            "    @jakarta.validation.constraints.Future java.time.Instant due) {}")
        .route(ROUTE);

    Compilation compilation = sources.compile();

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("@Future on field 'due' of com.example.Item is not checked: generated codecs do not check"
            + " it. Check it in the route method, or remove it.")
        .inFile(sources.types().get(0))
        .onLineContaining("@jakarta.validation.constraints.Future");
  }

  @Test
  void constraintInValidationGroupsIsAWarning() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "public record Item(",
            "    @jakarta.validation.constraints.NotNull(groups = Item.class) String name) {}")
        .route(ROUTE);

    assertThat(sources.compile())
        .hadWarningContaining("@NotNull on field 'name' of com.example.Item is not checked: it belongs to validation"
            + " groups, and generated codecs check the default group only")
        .inFile(sources.types().get(0))
        .onLineContaining("groups = Item.class");
  }

  @Test
  void everyCheckedConstraintOnItsTypesCompilesCleanly() {
    JsonFileObjects sources = new JsonFileObjects()
        .type("Item", "import jakarta.validation.constraints.*;",
            "public record Item(",
            "    @NotNull @NotBlank @NotEmpty @Size(min = 1, max = 9) @Pattern(regexp = \"[a-z]+\") @Email String text,",
            "    @Min(1) @Max(9) @Positive @PositiveOrZero @DecimalMin(\"0.5\") @DecimalMax(\"9.5\") int number,",
            "    @Negative @NegativeOrZero @Min(-9) Double real,",
            "    @Positive java.math.BigInteger big,",
            "    @AssertTrue boolean yes, @AssertFalse Boolean no,",
            "    @Size(max = 3) java.util.Map<String, String> map, @NotEmpty long[] array,",
            "    java.util.Optional<@Size(max = 2) String> maybe) {}")
        .route(ROUTE);

    assertThat(sources.compile()).succeededWithoutWarnings();
  }
}
