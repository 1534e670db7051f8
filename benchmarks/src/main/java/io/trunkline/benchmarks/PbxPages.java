package io.trunkline.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Pre-serialized answers of the PBX's {@code GET /api/providers?skip=&top=}: {@code {"count": N, "items": [...]}},
 * one byte array per page, so that serving a page costs the loopback server a lookup and a write. Items are built
 * like the PBX's own (vendors.md section 003): every trunk distinct, values varied, in one of two {@link Shape}s.
 */
public final class PbxPages {
  /** The PBX's largest {@code top}, and the page size every benchmark lists with. */
  public static final int PAGE_SIZE = 100;

  /** Which fields each item carries. */
  public enum Shape {
    /**
     * What the PBX's listing returns: {@code id, name, enabled, brand, hostname, port, did_numbers, shared}.
     */
    SUMMARY,
    /**
     * Every field of the trunk detail ({@code GET /api/providers/{id}}), the nested inbound and outbound
     * parameters included, plus two fields of later PBX versions: a listing at its heaviest.
     */
    FULL;

    /** {@code summary} or {@code full}, case-insensitive. */
    public static Shape parse(String text) {
      return valueOf(text.toUpperCase(Locale.ROOT));
    }
  }

  private static final JsonFactory JSON = new JsonFactory();
  private static final String[] BRANDS = {"Twilio", "Telnyx", "Bandwidth", "Voxbone", "Sipgate", "Colt"};
  private static final String[] CITIES = {"Amsterdam", "Berlin", "Dublin", "Madrid", "Paris", "Vienna", "Zurich"};
  private static final String[] TRANSPORTS = {"UDP", "TCP", "TLS"};
  private static final String[] AUTH_MODES = {"IP_AUTH", "REGISTER_AUTH", "ACCEPT_REGISTER"};
  private static final String[] USER_PART_KEYS = {
    "request_line_uri_user_part", "contact_user_part", "to_display_name", "to_user_part", "from_display_name",
    "from_user_part", "remote_party_id_called_party_display_name", "remote_party_id_called_party_user_part",
    "remote_party_id_calling_party_display_name", "remote_party_id_calling_party_user_part",
    "p_asserted_identity_display_name", "p_asserted_identity_user_part", "p_preferred_identify_display_name",
    "p_preferred_identify_user_part", "p_called_party_id_display_name", "p_called_party_id_user_part"};
  private static final String[] HOST_PART_KEYS = {
    "request_line_uri_host_part", "contact_host_part", "to_host_part", "from_host_part",
    "remote_party_id_called_party_host_part", "remote_party_id_calling_party_host_part",
    "p_asserted_identity_host_part", "p_preferred_identify_host_part", "p_called_party_id_host_part"};

  private final byte[][] pages;
  private final byte[] empty;
  private final int trunks;
  private final int pageCount;

  private PbxPages(int trunks, int distinct, Shape shape) {
    this.trunks = trunks;
    this.pageCount = (trunks + PAGE_SIZE - 1) / PAGE_SIZE;
    int count = (distinct + PAGE_SIZE - 1) / PAGE_SIZE;
    this.pages = new byte[count][];
    for (int p = 0; p < count; p++) {
      int from = p * PAGE_SIZE;
      pages[p] = page(trunks, from, Math.min(distinct, from + PAGE_SIZE), shape);
    }
    this.empty = page(trunks, 0, 0, shape);
  }

  /** {@code trunks} trunks of {@code shape} in pages of {@link #PAGE_SIZE}. */
  public static PbxPages of(int trunks, Shape shape) {
    if (trunks < 0) {
      throw new IllegalArgumentException("trunks must not be negative");
    }
    return new PbxPages(trunks, trunks, shape);
  }

  /**
   * {@code trunks} trunks of {@code shape}, the pages of the first {@code distinct} (a multiple of the page size)
   * served over and over: for listings too large to hold serialized (100,000 full trunks are 300 MB).
   */
  public static PbxPages cycled(int trunks, int distinct, Shape shape) {
    if (trunks < 0 || distinct <= 0 || distinct % PAGE_SIZE != 0 || distinct > trunks) {
      throw new IllegalArgumentException("need 0 < distinct <= trunks, distinct a multiple of " + PAGE_SIZE);
    }
    return new PbxPages(trunks, distinct, shape);
  }

  public int trunks() {
    return trunks;
  }

  /** The answer to {@code skip} (a multiple of the page size); past the end, a page with no items. */
  public byte[] page(long skip) {
    long index = skip / PAGE_SIZE;
    return index < pageCount ? pages[(int) (index % pages.length)] : empty;
  }

  /** Bytes of all pages together. */
  public long totalBytes() {
    long sum = 0;
    for (byte[] page : pages) {
      sum += page.length;
    }
    return sum;
  }

  /** The PBX's opaque id for trunk {@code i}: base64 of an 18-digit number, like {@code NzAwNTUxOTA5NzczMTQ4MTYw}. */
  static String id(int i) {
    String digits = Long.toString(700551909773148160L + i * 7919L);
    return Base64.getEncoder().encodeToString(digits.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] page(int total, int from, int to, Shape shape) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(to > from ? (to - from) * 2048 : 64);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("count", total);
      g.writeArrayFieldStart("items");
      for (int i = from; i < to; i++) {
        item(g, i, shape);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Trunk {@code i}'s name, like {@code Twilio Amsterdam 00000}: distinct for every {@code i}. */
  static String name(int i) {
    return String.format(Locale.ROOT, "%s %s %05d", BRANDS[i % BRANDS.length], CITIES[i % CITIES.length], i);
  }

  /** Trunk {@code i}'s {@code hostname}. */
  static String host(int i) {
    return "sip" + (i % 20) + "." + BRANDS[i % BRANDS.length].toLowerCase(Locale.ROOT) + ".example.net";
  }

  /** Trunk {@code i}'s {@code port}. */
  static int port(int i) {
    return i % 3 == 0 ? 5061 : 5060;
  }

  /** Trunk {@code i}'s {@code did_numbers} as the SDK lists them: a range of 100 and an extension. */
  static List<String> numbers(int i) {
    long firstNumber = 31201230000L + i * 100L;
    return List.of(firstNumber + "-" + (firstNumber + 99), Integer.toString(3000 + i % 900));
  }

  /** Trunk {@code i}'s {@code concurrency} (only its detail, the full shape, carries it). */
  static int concurrency(int i) {
    return 10 + i % 90;
  }

  /** Trunk {@code i} as {@code GET /api/providers/{id}} answers it: the full shape. */
  static byte[] detail(int i) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      item(g, i, Shape.FULL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void item(JsonGenerator g, int i, Shape shape) throws IOException {
    String brand = BRANDS[i % BRANDS.length];
    String host = host(i);
    int port = port(i);
    String numbers = String.join(";", numbers(i));
    g.writeStartObject();
    g.writeStringField("id", id(i));
    g.writeStringField("name", name(i));
    g.writeBooleanField("enabled", i % 7 != 0);
    g.writeStringField("brand", brand);
    if (shape == Shape.FULL) {
      g.writeStringField("auth_mode", AUTH_MODES[i % AUTH_MODES.length]);
      g.writeStringField("transport", TRANSPORTS[i % TRANSPORTS.length]);
    }
    g.writeStringField("hostname", host);
    g.writeNumberField("port", port);
    if (shape == Shape.FULL) {
      String user = "acme-" + i;
      g.writeStringField("auth_id", user);
      g.writeStringField("username", user);
      g.writeBooleanField("registration", i % 2 == 0);
      g.writeNumberField("register_interval", 600);
      g.writeStringField("outbound_server", host);
      g.writeNumberField("outbound_server_port", port);
      g.writeBooleanField("inlan", false);
      g.writeBooleanField("single_via_header", true);
      g.writeBooleanField("rewrite_via_ip", true);
      g.writeBooleanField("verify_port", true);
      g.writeBooleanField("keep_alive", true);
      g.writeNumberField("keep_alive_interval", 360);
      g.writeNumberField("concurrency", concurrency(i));
      g.writeStringField("additional_ips", "192.0.2." + (i % 250) + "/32;198.51.100.0/24");
      g.writeBooleanField("adjust_sdp_direction", true);
      g.writeBooleanField("remove_srtp_info", true);
      g.writeBooleanField("stir_shaken_signature_required", false);
    }
    g.writeStringField("did_numbers", numbers);
    if (shape == Shape.FULL) {
      g.writeObjectFieldStart("inbound_parameters");
      g.writeStringField("caller_num", "FROM_USER_PART");
      g.writeStringField("caller_display_name", "FROM_DISPLAY_NAME");
      g.writeStringField("called_num", "REQUEST_LINE_URI_USER_PART");
      g.writeStringField("privacy_types_supported", "DEFAULT");
      g.writeBooleanField("enable_stir_shaken_validation", false);
      g.writeStringField("pai_header_parameter_name", "verstat");
      g.writeArrayFieldStart("drop_calls_with_verification_status");
      g.writeString("TN-Validation-Failed");
      g.writeEndArray();
      g.writeBooleanField("pass_api_header_to_uad", false);
      g.writeEndObject();
      g.writeObjectFieldStart("outbound_parameters");
      for (String key : USER_PART_KEYS) {
        rule(g, key, "DEFAULT");
      }
      for (String key : HOST_PART_KEYS) {
        rule(g, key, "TRUNK_HOST_PORT");
      }
      g.writeStringField("privacy_types_supported", "DEFAULT");
      g.writeEndObject();
      g.writeBooleanField("remove_plus_prefix", false);
      g.writeBooleanField("force_outbound_proxy", i % 5 == 0);
    }
    g.writeBooleanField("shared", i % 2 == 1);
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, String key, String value) throws IOException {
    g.writeObjectFieldStart(key);
    g.writeStringField("value", value);
    g.writeStringField("custom_value", "");
    g.writeEndObject();
  }
}
