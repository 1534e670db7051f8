package io.trunkline.provider.channel;

import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Validate;
import java.util.regex.Pattern;

/**
 * The two ways the document writes a number: E.164 with {@code +} ({@code +31500000000}, for connect and
 * disconnect) and with the international prefix {@code 00} ({@code 004921141873130}, in the Operator Connect
 * example). The client sends numbers exactly as given; these helpers convert between the two forms.
 */
public final class ChannelNumbers {
  private static final Pattern ZERO_ZERO = Pattern.compile("00[1-9][0-9]{1,14}");

  private ChannelNumbers() {}

  /** True for {@code 00} followed by the digits of an E.164 number (country code first). */
  public static boolean isZeroZero(String number) {
    return number != null && ZERO_ZERO.matcher(number).matches();
  }

  /** {@code 004921141873130} to {@code +4921141873130}; an E.164 number is returned as it is. */
  public static String toE164(String number) {
    if (Validate.isE164(number)) {
      return number;
    }
    if (isZeroZero(number)) {
      return "+" + number.substring(2);
    }
    throw new TrunkValidationException("number", "must be E.164 (+4921141873130) or 00-prefixed (004921141873130)");
  }

  /** {@code +4921141873130} to {@code 004921141873130}; a 00-prefixed number is returned as it is. */
  public static String toZeroZero(String number) {
    return "00" + toE164(number).substring(1);
  }
}
