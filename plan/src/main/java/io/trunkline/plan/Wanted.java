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
    Object want = value(neutral);
    return want != null && same(want, live(live, neutral));
  }

  /**
   * What the listing says of {@code desired} matched with {@code listed}, in one pass over the compared fields and
   * without building a {@code Wanted} (a trunk unchanged as listed, the common case, costs no object): {@link #READ}
   * when {@code readable} and the listing does not carry a field an update compares or needs (one the trunk gives and
   * the vendor does not ignore on update, or one it requires on every update, the password aside); else
   * {@link #UNCHANGED} when every field the trunk gives, the password aside, has the listed value; else
   * {@link #COMPARE}. {@code required} and {@code ignored} are the vendor's fields on update, a {@link #bit} each.
   * Only for a trunk that sets no attribute and asks no rotation: the planner decides the others field by field.
   */
  static int asListed(DesiredTrunk desired, SipTrunk listed, int required, int ignored, boolean readable) {
    boolean same = true;
    for (NeutralField neutral : COMPARED) {
      int bit = bit(neutral);
      Object want = given(desired, neutral);
      if (want == null && (required & bit) == 0) {
        continue;
      }
      Object have = live(listed, neutral);
      boolean needed = (required & bit) != 0 || (ignored & bit) == 0;
      if (readable && needed && !carried(have)) {
        return READ;
      }
      same = same && (want == null || same(want, have));
    }
    return same ? UNCHANGED : COMPARE;
  }

  /** Of {@link #asListed}: compare the trunk as listed, field by field. */
  static final int COMPARE = 0;
  /** Of {@link #asListed}: the trunk is as wanted (unless its name is listed twice). */
  static final int UNCHANGED = 1;
  /** Of {@link #asListed}: read the trunk in full, then compare. */
  static final int READ = 2;

  /** {@link Planner#FIELDS} but the password: the fields compared with a live value. */
  private static final NeutralField[] COMPARED = Planner.FIELDS.stream()
      .filter(n -> n != NeutralField.PASSWORD).toArray(NeutralField[]::new);

  /** The value {@code trunk} gives for {@code neutral} (one of {@link #COMPARED}), or null. */
  private static Object given(DesiredTrunk trunk, NeutralField neutral) {
    return switch (neutral) {
      case HOST -> trunk.host().orElse(null);
      case PORT -> trunk.port().orElse(null);
      case TRANSPORT -> trunk.transport().orElse(null);
      case AUTH_MODE -> trunk.authMode().orElse(null);
      case USERNAME -> trunk.username().orElse(null);
      case ALLOWED_IPS -> trunk.allowedIps().orElse(null);
      case NUMBERS -> trunk.numbers().orElse(null);
      case CALLER_ID -> trunk.callerId().orElse(null);
      case MAX_CHANNELS -> trunk.maxChannels().orElse(null);
      case COUNTRY_CODE -> trunk.countryCode().orElse(null);
      default -> null;
    };
  }

  /** The live value of {@code neutral} (one of {@link Planner#FIELDS} but the password), or null; a list as listed. */
  static Object live(SipTrunk trunk, NeutralField neutral) {
    return switch (neutral) {
      case HOST -> trunk.host().orElse(null);
      case PORT -> trunk.port().orElse(null);
      case TRANSPORT -> trunk.transport().orElse(null);
      case AUTH_MODE -> trunk.authMode().orElse(null);
      case USERNAME -> trunk.username().orElse(null);
      case ALLOWED_IPS -> trunk.allowedIps();
      case NUMBERS -> trunk.numbers();
      case CALLER_ID -> trunk.callerId().orElse(null);
      case MAX_CHANNELS -> trunk.maxChannels().orElse(null);
      case COUNTRY_CODE -> trunk.countryCode().orElse(null);
      default -> null;
    };
  }

  /** Whether a listing carries the {@link #live} value {@code have}: an empty list may be one a summary leaves out. */
  static boolean carried(Object have) {
    return have != null && !(have instanceof List<?> list && list.isEmpty());
  }

  /** Whether the value given, {@code want}, and the {@link #live} one are the same, as typed; lists as sets. */
  private static boolean same(Object want, Object have) {
    return want instanceof List<?> list ? have instanceof List<?> live && sameSet(list, live) : want.equals(have);
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
  static boolean sameSet(List<?> a, List<?> b) {
    return a.equals(b) || new HashSet<>(a).equals(new HashSet<>(b));
  }
}
