package io.trunkline.plan;

import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import java.util.HashSet;
import java.util.List;

/**
 * The compared fields one desired trunk gives, read from it once when it is matched: which of {@link Planner#FIELDS}
 * it gives (a bit each) and their values. Matching and comparing it with a listed trunk then reads no {@code
 * Optional} of the desired trunk, field after field, as the planner otherwise would several times per trunk.
 */
final class Wanted {
  private final int given;
  private final String host;
  private final Integer port;
  private final Transport transport;
  private final AuthMode authMode;
  private final String username;
  private final List<String> allowedIps;
  private final List<String> numbers;
  private final String callerId;
  private final Integer maxChannels;
  private final String countryCode;

  private Wanted(DesiredTrunk trunk) {
    host = trunk.host().orElse(null);
    port = trunk.port().orElse(null);
    transport = trunk.transport().orElse(null);
    authMode = trunk.authMode().orElse(null);
    username = trunk.username().orElse(null);
    allowedIps = trunk.allowedIps().orElse(null);
    numbers = trunk.numbers().orElse(null);
    callerId = trunk.callerId().orElse(null);
    maxChannels = trunk.maxChannels().orElse(null);
    countryCode = trunk.countryCode().orElse(null);
    int bits = bit(NeutralField.NAME);
    for (NeutralField neutral : Planner.FIELDS) {
      if (neutral == NeutralField.PASSWORD ? trunk.password().isPresent() : value(neutral) != null) {
        bits |= bit(neutral);
      }
    }
    given = bits;
  }

  static Wanted of(DesiredTrunk trunk) {
    return new Wanted(trunk);
  }

  /** The bit of {@code neutral} in a set of fields held as an {@code int}. */
  static int bit(NeutralField neutral) {
    return 1 << neutral.ordinal();
  }

  /** The fields the trunk gives, a {@link #bit} each; the name always. */
  int given() {
    return given;
  }

  /** Whether the trunk gives {@code neutral}. */
  boolean gives(NeutralField neutral) {
    return (given & bit(neutral)) != 0;
  }

  /**
   * Whether the trunk gives {@code neutral} and {@code live} has the same value, compared as typed (lists as sets):
   * the common case, decided without the JSON forms the planner compares when it is not. False for the name and the
   * password (never compared here).
   */
  boolean sameAsLive(SipTrunk live, NeutralField neutral) {
    return switch (neutral) {
      case HOST -> host != null && host.equals(live.host().orElse(null));
      case PORT -> port != null && port.equals(live.port().orElse(null));
      case TRANSPORT -> transport != null && transport == live.transport().orElse(null);
      case AUTH_MODE -> authMode != null && authMode == live.authMode().orElse(null);
      case USERNAME -> username != null && username.equals(live.username().orElse(null));
      case ALLOWED_IPS -> allowedIps != null && sameSet(allowedIps, live.allowedIps());
      case NUMBERS -> numbers != null && sameSet(numbers, live.numbers());
      case CALLER_ID -> callerId != null && callerId.equals(live.callerId().orElse(null));
      case MAX_CHANNELS -> maxChannels != null && maxChannels.equals(live.maxChannels().orElse(null));
      case COUNTRY_CODE -> countryCode != null && countryCode.equals(live.countryCode().orElse(null));
      default -> false;
    };
  }

  /** The value given for {@code neutral} (one of {@link Planner#FIELDS} but the password), or null. */
  private Object value(NeutralField neutral) {
    return switch (neutral) {
      case HOST -> host;
      case PORT -> port;
      case TRANSPORT -> transport;
      case AUTH_MODE -> authMode;
      case USERNAME -> username;
      case ALLOWED_IPS -> allowedIps;
      case NUMBERS -> numbers;
      case CALLER_ID -> callerId;
      case MAX_CHANNELS -> maxChannels;
      case COUNTRY_CODE -> countryCode;
      default -> null;
    };
  }

  /** Whether {@code a} and {@code b} hold the same values, in any order: as listed first, else as sets. */
  static boolean sameSet(List<String> a, List<String> b) {
    return a.equals(b) || new HashSet<>(a).equals(new HashSet<>(b));
  }
}
