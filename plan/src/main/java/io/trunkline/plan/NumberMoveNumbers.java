package io.trunkline.plan;

import io.trunkline.core.error.TrunkValidationException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a number is found among a trunk's numbers as its vendor writes them: {@code +4930123456},
 * {@code 4930123456} (digits without the {@code +}) and ranges such as {@code 31201234500-31201234599}.
 */
final class NumberMoveNumbers {
  /** Core's E.164 rule ({@code Validate.e164}, in the provider kit, which this module does not see). */
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
  private static final Pattern ENTRY = Pattern.compile("\\+?(\\d+)");
  private static final Pattern RANGE = Pattern.compile("\\+?(\\d+)-\\+?(\\d+)");

  private NumberMoveNumbers() {}

  /** {@code number} when it is E.164; else refused naming the field, before anything is sent. */
  static String requireE164(String number) {
    if (number == null || !E164.matcher(number).matches()) {
      throw new TrunkValidationException("number", "must be an E.164 number: '+' then 2 to 15 digits, no spaces");
    }
    return number;
  }

  /** The entry of {@code numbers} that is {@code number} itself (with or without its {@code +}). */
  static Optional<String> exact(List<String> numbers, String number) {
    String digits = number.substring(1);
    return numbers.stream().filter(n -> {
      var m = ENTRY.matcher(n.trim());
      return m.matches() && m.group(1).equals(digits);
    }).findFirst();
  }

  /** The range entry of {@code numbers} that holds {@code number} ({@code 31201234500-31201234599}). */
  static Optional<String> range(List<String> numbers, String number) {
    String digits = number.substring(1);
    return numbers.stream().filter(n -> {
      var m = RANGE.matcher(n.trim());
      return m.matches() && m.group(1).length() == digits.length() && m.group(2).length() == digits.length()
          && new BigInteger(m.group(1)).compareTo(new BigInteger(digits)) <= 0
          && new BigInteger(digits).compareTo(new BigInteger(m.group(2))) <= 0;
    }).findFirst();
  }
}
