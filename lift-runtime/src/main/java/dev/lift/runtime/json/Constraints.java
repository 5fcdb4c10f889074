package dev.lift.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The checks of Jakarta Bean Validation constraints that are more than a comparison, for the
 * codecs the processor generates. Each follows the constraint's specification (and Hibernate
 * Validator where the specification leaves room); {@code null} is the caller's business, since
 * only {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} refuse it.
 */
public final class Constraints {
  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_DOMAIN = 255;
  private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+";
  private static final String QUOTED = "\"(?:[a-z0-9!#$%&'*.(),<>\\[\\]:;  @+/=?^_`{|}~\u0080-\uFFFF-]|\\\\\\\\|\\\\\")*\"";
  private static final Pattern LOCAL_PART = Pattern.compile(
      "(?:" + ATOM + "|" + QUOTED + ")(?:\\.(?:" + ATOM + "|" + QUOTED + "))*", Pattern.CASE_INSENSITIVE);
  private static final String LABEL = "[a-z\u0080-\uFFFF0-9!#$%&'*+/=?^_`{|}~]+(?:-+[a-z\u0080-\uFFFF0-9!#$%&'*+/=?^_`{|}~]+)*";
  private static final Pattern DOMAIN = Pattern.compile(
      LABEL + "(?:\\." + LABEL + ")*|\\[[0-9]{1,3}(?:\\.[0-9]{1,3}){3}\\]", Pattern.CASE_INSENSITIVE);

  private Constraints() {}

  /** {@code @NotBlank}: at least one character that is not whitespace in {@link String#trim}'s sense. */
  public static boolean isBlank(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code @Email}, as Hibernate Validator checks it: a local part of at most 64 characters made of
   * atoms or quoted strings, an {@code @}, and a domain of at most 255 characters made of labels or
   * an IPv4 literal. The empty string passes, as it does there.
   */
  public static boolean isEmail(CharSequence value) {
    String text = value.toString();
    if (text.isEmpty()) {
      return true;
    }
    int at = text.lastIndexOf('@');
    if (at < 0) {
      return false;
    }
    String local = text.substring(0, at);
    String domain = text.substring(at + 1);
    return local.length() <= MAX_LOCAL_PART
        && LOCAL_PART.matcher(local).matches()
        && !domain.isEmpty()
        && domain.length() <= MAX_DOMAIN
        && !domain.endsWith(".")
        && DOMAIN.matcher(domain).matches();
  }

  /** The sign of {@code value - bound}, for {@code @DecimalMin} and {@code @DecimalMax}. */
  public static int compare(long value, BigDecimal bound) {
    return BigDecimal.valueOf(value).compareTo(bound);
  }

  /** As {@link #compare(long, BigDecimal)}; NaN compares above every bound, so that it fails a maximum. */
  public static int compare(double value, BigDecimal bound) {
    if (Double.isNaN(value)) {
      return 1;
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? 1 : -1;
    }
    return new BigDecimal(value).compareTo(bound);
  }

  public static int compare(BigDecimal value, BigDecimal bound) {
    return value.compareTo(bound);
  }

  public static int compare(BigInteger value, BigDecimal bound) {
    return new BigDecimal(value).compareTo(bound);
  }

  /** The sign of {@code value - bound}, for {@code @Min}, {@code @Max} and the sign constraints. */
  public static int compare(double value, long bound) {
    return compare(value, BigDecimal.valueOf(bound));
  }

  public static int compare(BigDecimal value, long bound) {
    return value.compareTo(BigDecimal.valueOf(bound));
  }

  public static int compare(BigInteger value, long bound) {
    return value.compareTo(BigInteger.valueOf(bound));
  }
}
