package dev.lift.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lift.runtime.error.LiftError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViolationsTest {
  @Test
  void nothingToReport() {
    Violations violations = new Violations();
    violations.enter("a");
    violations.leave();

    assertTrue(violations.isEmpty());
    violations.throwIfAny();
  }

  @Test
  void everyViolationWithItsPathInOrder() {
    Violations violations = new Violations();
    violations.add("name", "must not be blank");
    violations.enter("lines");
    for (int i = 0; i < 10; i++) {
      violations.enter(i);
      if (i == 9) {
        violations.add("price", "must be greater than 0");
      }
      violations.leave();
    }
    violations.leave();
    violations.enter("by city");
    violations.add("must not be null");
    violations.leave();

    LiftError error = assertThrows(LiftError.class, violations::throwIfAny);

    assertEquals(400, error.status());
    assertEquals("VALIDATION_FAILED", error.code());
    assertEquals("Request body failed validation at $.name: must not be blank (and 2 more)", error.getMessage());
    assertEquals(List.of(
        Map.of("path", "$.name", "message", "must not be blank"),
        Map.of("path", "$.lines[9].price", "message", "must be greater than 0"),
        Map.of("path", "$['by city']", "message", "must not be null")), error.details());
  }

  @Test
  void deepPathsGrowTheStack() {
    Violations violations = new Violations();
    for (int i = 0; i < 20; i++) {
      violations.enter(i);
    }
    violations.add("x", "bad");

    assertEquals("$" + "[0][1][2][3][4][5][6][7][8][9][10][11][12][13][14][15][16][17][18][19]" + ".x",
        violations.list().get(0).get("path"));
  }
}
