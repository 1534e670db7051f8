package io.trunkline.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import io.trunkline.benchmarks.LoopbackServer.Answer;
import io.trunkline.benchmarks.LoopbackServer.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;

/**
 * Pre-serialized list answers of the four other vendors, each item shaped as the vendor documents its list item and
 * as the project's simulators ({@code src-test-fixtures/simulators}) serve it, every item distinct:
 * <ul>
 *   <li>famulor: {@code GET /api/user/phone-numbers/sip-trunks}, every trunk in one {@code {"data": [...]}}
 *       (Famulor does not page);</li>
 *   <li>properties-v2: {@code GET /v2/Properties/{sid}/SipTrunks?Results_Skip=&Results_Count=50}, a bare array of
 *       summaries;</li>
 *   <li>flex: {@code GET /v1/trunks?page=&per_page=25}, {@code {"sip_trunks": [...], "pagination": {...}}};</li>
 *   <li>channel: {@code GET /v1/accounts/{id}/siptrunk-channel-callerids?offset=&limit=100}, a bare array of
 *       {@code {"callerId": ...}}.</li>
 * </ul>
 * Page sizes are the SDK's defaults; the hand-written limits ({@link VendorListers}) ask for the same ones.
 */
public final class VendorPages {
  public static final String FAMULOR_KEY = "famulor-bench-4f1c9e2b7a";
  public static final String FAMULOR_PATH = "/api/user/phone-numbers/sip-trunks";
  public static final String PROPERTIES_ACCOUNT = "ACX7RM2KQ9TZ4WBN6VHC3LPJ8DYF5GSE";
  public static final String PROPERTIES_TOKEN = "bench-token-7f3c9a1e5b";
  public static final String PROPERTY_SID = "PRD4HN8QW2XZ6KTM9RCV3BJL7FYG5SPA";
  public static final String PROPERTIES_PATH = "/v2/Properties/" + PROPERTY_SID + "/SipTrunks";
  public static final int PROPERTIES_PAGE = 50;
  public static final String FLEX_KEY = "wavix-bench-3c1f9e0b7d2a4e6f";
  public static final String FLEX_PATH = "/v1/trunks";
  public static final int FLEX_PAGE = 25;
  public static final String CHANNEL_TOKEN = "chn-bench-7d2e41b9-token";
  public static final String CHANNEL_ACCOUNT = "013dc5c1-ff09-4ece-ad3a-7f8f60949407";
  public static final String CHANNEL_PATH = "/v1/accounts/" + CHANNEL_ACCOUNT + "/siptrunk-channel-callerids";
  public static final int CHANNEL_PAGE = 100;

  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);
  private static final String[] HOSTS = {"sipgate.de", "sip.easybell.de", "sip.provider.com", "sip.a1.net",
    "voip.gamma.co.uk"};
  private static final String[] COUNTRIES = {"DE", "AT", "US", "GB", "NL"};
  private static final String[] FORMATS = {"+e164", "e164", "national"};

  private VendorPages() {}

  /** The vendors other than the PBX, each with the header its loopback server expects. */
  public enum Vendor {
    FAMULOR("famulor", "Bearer " + FAMULOR_KEY),
    PROPERTIES_V2("properties-v2", "Basic " + Base64.getEncoder()
        .encodeToString((PROPERTIES_ACCOUNT + ":" + PROPERTIES_TOKEN).getBytes(StandardCharsets.UTF_8))),
    FLEX("flex", "Bearer " + FLEX_KEY),
    CHANNEL("channel", "Bearer " + CHANNEL_TOKEN);

    private final String id;
    private final String authorization;

    Vendor(String id, String authorization) {
      this.id = id;
      this.authorization = authorization;
    }

    /** The provider id. */
    public String id() {
      return id;
    }

    /** The key in the quick runner's last line: {@code famulor}, {@code properties_v2}, ... */
    public String key() {
      return id.replace('-', '_');
    }

    public String authorization() {
      return authorization;
    }

    /** A loopback server serving {@code items} of this vendor. */
    public LoopbackServer serve(int items, long delayMillis, int threads) {
      return LoopbackServer.start(authorization, route(items), delayMillis, threads);
    }

    /** The route answering this vendor's listing of {@code items} items. */
    public Route route(int items) {
      return switch (this) {
        case FAMULOR -> famulor(items);
        case PROPERTIES_V2 -> properties(items);
        case FLEX -> flex(items);
        case CHANNEL -> channel(items);
      };
    }
  }

  // ---- famulor -------------------------------------------------------------------------------------------------

  static Route famulor(int items) {
    byte[] all = json(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("data");
      for (int i = 0; i < items; i++) {
        famulorItem(g, i);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    return (path, query) -> FAMULOR_PATH.equals(path) ? Answer.ok(all) : LoopbackServer.NOT_FOUND;
  }

  /** A list item as Famulor's list (and the simulator's) has it: no voice-trunk ids, no password. */
  static void famulorItem(JsonGenerator g, int i) throws IOException {
    boolean ip = i % 3 == 1;
    boolean number = i % 2 == 0;
    String created = MICROS.format(Instant.parse("2026-03-02T09:15:00Z").plus(i % 900, ChronoUnit.HOURS));
    g.writeStartObject();
    g.writeNumberField("id", 42 + i);
    g.writeStringField("phone_number", number ? "+4930" + (9018200 + i) : Integer.toString(1000 + i));
    if (i % 5 == 4) {
      g.writeNullField("nickname");
    } else {
      g.writeStringField("nickname", "Trunk " + COUNTRIES[i % COUNTRIES.length] + " " + i);
    }
    g.writeStringField("sip_username", "user-" + i);
    g.writeStringField("sip_address", HOSTS[i % HOSTS.length]);
    g.writeStringField("sip_calling_format", FORMATS[i % FORMATS.length]);
    g.writeStringField("inbound_authorization_type", ip ? "ip" : "auth");
    if (ip) {
      g.writeArrayFieldStart("allowed_inbound_ips");
      g.writeString("203.0.113." + (i % 250));
      g.writeString("198.51.100." + (i % 250));
      g.writeEndArray();
    } else {
      g.writeNullField("allowed_inbound_ips");
    }
    g.writeBooleanField("outbound_proxy", ip);
    g.writeStringField("country_code", COUNTRIES[i % COUNTRIES.length]);
    g.writeStringField("created_at", created);
    g.writeStringField("updated_at", created);
    g.writeEndObject();
  }

  // ---- properties-v2 -------------------------------------------------------------------------------------------

  static Route properties(int items) {
    byte[][] pages = pages(items, PROPERTIES_PAGE, (g, from, to) -> {
      g.writeStartArray();
      for (int i = from; i < to; i++) {
        propertiesItem(g, i);
      }
      g.writeEndArray();
    });
    return (path, query) -> {
      if (!PROPERTIES_PATH.equals(path)) {
        return LoopbackServer.NOT_FOUND;
      }
      long skip = LoopbackServer.param(query, "Results_Skip", 0);
      long count = LoopbackServer.param(query, "Results_Count", PROPERTIES_PAGE);
      return page(pages, skip, count, PROPERTIES_PAGE);
    };
  }

  /** A summary as the list returns it (the simulator's {@code SUMMARY_FIELDS}, in the stored order). */
  static void propertiesItem(JsonGenerator g, int i) throws IOException {
    long created = 1767603600L + 60L * i;
    g.writeStartObject();
    g.writeStringField("SipTrunkSid", sid(i));
    g.writeNumberField("Created", created);
    g.writeNumberField("Modified", created + 3600);
    g.writeStringField("Name", String.format(Locale.ROOT, "Trunk %05d", i));
    g.writeNumberField("Type", i % 2);
    g.writeNumberField("ChannelLimit", 2 + i % 30);
    g.writeStringField("DefaultCallerId", "+612912" + String.format(Locale.ROOT, "%05d", i % 100_000));
    g.writeNumberField("ProvisioningState", i % 4);
    if (i % 3 == 0) {
      g.writeStringField("CustomerReference", "CUST-" + i);
    }
    if (i % 4 == 1) {
      g.writeStringField("ExternalReference", "CRM-" + i);
    }
    if (i % 10 == 9) {
      g.writeNumberField("EndDate", created + 7200);
    }
    g.writeEndObject();
  }

  /** A deterministic 32-character SID: {@code ST} and 30 capitals (as the simulator makes them). */
  static String sid(long n) {
    StringBuilder sb = new StringBuilder("ST");
    long x = n * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    for (int i = 0; i < 30; i++) {
      x ^= x >>> 29;
      x *= 0xBF58476D1CE4E5B9L;
      sb.append((char) ('A' + Math.floorMod(x >>> 33, 26)));
    }
    return sb.toString();
  }

  // ---- flex ----------------------------------------------------------------------------------------------------

  static Route flex(int items) {
    int totalPages = (items + FLEX_PAGE - 1) / FLEX_PAGE;
    byte[][] pages = new byte[totalPages + 1][];
    for (int p = 0; p <= totalPages; p++) {
      int page = p + 1;
      int from = p * FLEX_PAGE;
      int to = Math.min(items, from + FLEX_PAGE);
      pages[p] = json(g -> {
        g.writeStartObject();
        if (from >= to) {
          g.writeNullField("sip_trunks");
        } else {
          g.writeArrayFieldStart("sip_trunks");
          for (int i = from; i < to; i++) {
            flexItem(g, i);
          }
          g.writeEndArray();
        }
        g.writeObjectFieldStart("pagination");
        g.writeNumberField("current_page", page);
        g.writeNumberField("per_page", FLEX_PAGE);
        g.writeNumberField("total", items);
        g.writeNumberField("total_pages", totalPages);
        g.writeEndObject();
        g.writeEndObject();
      });
    }
    return (path, query) -> {
      if (!FLEX_PATH.equals(path)) {
        return LoopbackServer.NOT_FOUND;
      }
      long page = LoopbackServer.param(query, "page", 1);
      long perPage = LoopbackServer.param(query, "per_page", FLEX_PAGE);
      if (page < 1 || perPage != FLEX_PAGE) {
        return Answer.of(400, "{\"success\":false,\"message\":\"Missing or invalid parameter per_page\"}");
      }
      return Answer.ok(pages[(int) Math.min(page - 1, totalPages)]);
    };
  }

  /** Wavix's SIPTrunkShort, as the simulator's list answers it. */
  static void flexItem(JsonGenerator g, int i) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", 3100 + i);
    g.writeStringField("label", "Trunk " + i);
    g.writeStringField("name", Long.toString(32880 + i));
    g.writeStringField("auth_method", i % 4 == 3 ? "IP auth" : "Digest");
    g.writeStringField("callerid", "1313284" + String.format(Locale.ROOT, "%04d", i % 10_000));
    g.writeNullField("host_request");
    g.writeBooleanField("passthrough", false);
    g.writeBooleanField("multiple_numbers", i % 6 == 0);
    g.writeStringField("status", i % 9 == 8 ? "pending" : i % 11 == 10 ? "rejected" : "active");
    g.writeStringField("charge", (i % 50) + "." + (i % 10));
    g.writeNumberField("talk_time", (i * 37) % 7200);
    g.writeBooleanField("machine_detection_enabled", i % 5 == 0);
    g.writeBooleanField("call_recording_enabled", i % 3 == 0);
    g.writeBooleanField("transcription_enabled", i % 4 == 0);
    g.writeNumberField("transcription_threshold", 6 + i % 10);
    g.writeBooleanField("encrypted_media", i % 7 == 0);
    g.writeStringField("access_token", Long.toHexString(0x5eed0000L + i));
    g.writeEndObject();
  }

  // ---- channel -------------------------------------------------------------------------------------------------

  static Route channel(int items) {
    byte[][] pages = pages(items, CHANNEL_PAGE, (g, from, to) -> {
      g.writeStartArray();
      for (int i = from; i < to; i++) {
        g.writeStartObject();
        g.writeStringField("callerId", callerId(i));
        g.writeEndObject();
      }
      g.writeEndArray();
    });
    return (path, query) -> {
      if (!CHANNEL_PATH.equals(path)) {
        return LoopbackServer.NOT_FOUND;
      }
      long offset = LoopbackServer.param(query, "offset", 0);
      long limit = LoopbackServer.param(query, "limit", CHANNEL_PAGE);
      if (offset >= items) {
        // after a short last page the client asks once more from where it ended: the list is over
        return page(pages, (long) (pages.length - 1) * CHANNEL_PAGE, CHANNEL_PAGE, CHANNEL_PAGE);
      }
      return page(pages, offset, limit, CHANNEL_PAGE);
    };
  }

  static String callerId(int i) {
    return "+3120" + (7001100 + i);
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  @FunctionalInterface
  private interface PageWriter {
    void write(JsonGenerator g, int from, int to) throws IOException;
  }

  private static byte[] json(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = RawHttp.JSON.createGenerator(out)) {
      writer.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Pages of {@code size} items and, last, an empty one (answered past the end). */
  private static byte[][] pages(int items, int size, PageWriter writer) {
    int count = (items + size - 1) / size;
    byte[][] pages = new byte[count + 1][];
    for (int p = 0; p <= count; p++) {
      int from = Math.min(items, p * size);
      int to = Math.min(items, from + size);
      pages[p] = json(g -> writer.write(g, from, to));
    }
    return pages;
  }

  /** The page at {@code skip} of a listing paged by exactly {@code size}; 400 for any other paging. */
  private static Answer page(byte[][] pages, long skip, long count, int size) {
    if (skip < 0 || count != size || skip % size != 0) {
      return Answer.of(400, "{\"error\":\"this loopback server pages by " + size + " only\"}");
    }
    return Answer.ok(pages[(int) Math.min(skip / size, pages.length - 1)]);
  }
}
