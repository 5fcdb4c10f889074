package dev.lift.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ConstraintsTest {
  @Test
  void blankIsEmptyOrWhitespace() {
    assertTrue(Constraints.isBlank(""));
    assertTrue(Constraints.isBlank(" \t\n"));
    assertFalse(Constraints.isBlank(" a "));
  }

  @Test
  void emailsAsHibernateValidatorAcceptsThem() {
    for (String valid : new String[] {"", "ada@example.com", "a.b+c@sub.example.co.uk", "\"quoted name\"@example.com",
        "user@localhost", "user@[192.168.0.1]", "ünïcode@exämple.com"}) {
      assertTrue(Constraints.isEmail(valid), valid);
    }
    for (String invalid : new String[] {"plain", "@example.com", "a@", "a@b@", "a..b@example.com", "a@example.com.",
        "a@-example.com", "a b@example.com", "x".repeat(65) + "@example.com"}) {
      assertFalse(Constraints.isEmail(invalid), invalid);
    }
  }

  @Test
  void comparisonsAcrossNumberTypes() {
    assertEquals(-1, Constraints.compare(4, new BigDecimal("4.5")));
    assertEquals(1, Constraints.compare(4.6, new BigDecimal("4.5")));
    assertEquals(0, Constraints.compare(new BigDecimal("4.50"), new BigDecimal("4.5")));
    assertEquals(1, Constraints.compare(BigInteger.TEN.pow(30), 5L));
    assertEquals(-1, Constraints.compare(Double.NEGATIVE_INFINITY, 0L));
  }
}
