package dev.lift.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lift.runtime.error.LiftError;
import org.junit.jupiter.api.Test;

/** Decoding a range of a string, as query strings and path variables need. */
class PercentDecodingTest {
  @Test
  void decodesOnlyTheRange() {
    assertEquals("a b", PercentDecoding.decode("%zz=a%20b&%FF", 4, 9));
  }

  @Test
  void aRangeWithoutEscapesIsCopied() {
    assertEquals("a+b", PercentDecoding.decode("%zz=a+b&%FF", 4, 7));
  }

  @Test
  void anEscapeCutByTheEndOfTheRangeIsABadRequest() {
    LiftError error = assertThrows(LiftError.class, () -> PercentDecoding.decode("a%20b", 0, 3));

    assertEquals(400, error.status());
    assertEquals("Invalid percent-encoding in 'a%2'", error.getMessage());
  }
}
