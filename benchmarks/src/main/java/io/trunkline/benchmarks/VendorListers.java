package io.trunkline.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The limits for the other four vendors: for each, a hand-written listing over OkHttp and Jackson's streaming
 * parser ({@link RawHttp}: one shared client, one shared factory), each item bound into a plain record holding
 * every field of the vendor's documented list item with its natural type (timestamps as {@link Instant}, lists as
 * lists, nested objects as small records), paging as the vendor documents it with the SDK's default page size.
 */
public final class VendorListers {
  private VendorListers() {}

  // ---- items ---------------------------------------------------------------------------------------------------

  /** Famulor's list item. */
  public record FamulorTrunk(long id, String phoneNumber, String nickname, String sipUsername, String sipAddress,
      String sipCallingFormat, String inboundAuthorizationType, List<String> allowedInboundIps,
      boolean outboundProxy, String countryCode, Instant createdAt, Instant updatedAt) {

    static FamulorTrunk read(JsonParser p) throws IOException {
      RawHttp.expect(p, JsonToken.START_OBJECT);
      long id = 0;
      String phone = null;
      String nickname = null;
      String user = null;
      String address = null;
      String format = null;
      String auth = null;
      List<String> ips = List.of();
      boolean proxy = false;
      String country = null;
      Instant created = null;
      Instant updated = null;
      String field;
      while ((field = p.nextFieldName()) != null) {
        p.nextToken();
        switch (field) {
          case "id" -> id = p.getLongValue();
          case "phone_number" -> phone = RawHttp.text(p);
          case "nickname" -> nickname = RawHttp.text(p);
          case "sip_username" -> user = RawHttp.text(p);
          case "sip_address" -> address = RawHttp.text(p);
          case "sip_calling_format" -> format = RawHttp.text(p);
          case "inbound_authorization_type" -> auth = RawHttp.text(p);
          case "allowed_inbound_ips" -> ips = RawHttp.strings(p);
          case "outbound_proxy" -> proxy = p.getBooleanValue();
          case "country_code" -> country = RawHttp.text(p);
          case "created_at" -> created = instant(p);
          case "updated_at" -> updated = instant(p);
          default -> p.skipChildren();
        }
      }
      return new FamulorTrunk(id, phone, nickname, user, address, format, auth, ips, proxy, country, created,
          updated);
    }
  }

  /** A properties-v2 list item (the trunk summary); the three timestamps are Unix seconds. */
  public record PropertiesTrunk(String sipTrunkSid, Instant created, Instant modified, String name, int type,
      int channelLimit, String defaultCallerId, int provisioningState, String customerReference,
      String externalReference, Instant endDate) {

    static PropertiesTrunk read(JsonParser p) throws IOException {
      RawHttp.expect(p, JsonToken.START_OBJECT);
      String sid = null;
      Instant created = null;
      Instant modified = null;
      String name = null;
      int type = 0;
      int channels = 0;
      String callerId = null;
      int state = 0;
      String customer = null;
      String external = null;
      Instant end = null;
      String field;
      while ((field = p.nextFieldName()) != null) {
        p.nextToken();
        switch (field) {
          case "SipTrunkSid" -> sid = RawHttp.text(p);
          case "Created" -> created = seconds(p);
          case "Modified" -> modified = seconds(p);
          case "Name" -> name = RawHttp.text(p);
          case "Type" -> type = RawHttp.integer(p, 0);
          case "ChannelLimit" -> channels = RawHttp.integer(p, 0);
          case "DefaultCallerId" -> callerId = RawHttp.text(p);
          case "ProvisioningState" -> state = RawHttp.integer(p, 0);
          case "CustomerReference" -> customer = RawHttp.text(p);
          case "ExternalReference" -> external = RawHttp.text(p);
          case "EndDate" -> end = seconds(p);
          default -> p.skipChildren();
        }
      }
      return new PropertiesTrunk(sid, created, modified, name, type, channels, callerId, state, customer, external,
          end);
    }
  }

  /** Wavix's {@code host_request}: {@code {"host": "<IP>"}}. */
  public record HostRequest(String host) {}

  /** Wavix's SIPTrunkShort (the flex list item); {@code charge} is a decimal string in USD, kept as sent. */
  public record FlexTrunk(long id, String label, String name, String authMethod, String callerid,
      HostRequest hostRequest, boolean passthrough, boolean multipleNumbers, String status, String charge,
      int talkTime, boolean machineDetectionEnabled, boolean callRecordingEnabled, boolean transcriptionEnabled,
      int transcriptionThreshold, boolean encryptedMedia, String accessToken) {

    static FlexTrunk read(JsonParser p) throws IOException {
      RawHttp.expect(p, JsonToken.START_OBJECT);
      long id = 0;
      String label = null;
      String name = null;
      String authMethod = null;
      String callerid = null;
      HostRequest hostRequest = null;
      boolean passthrough = false;
      boolean multiple = false;
      String status = null;
      String charge = null;
      int talkTime = 0;
      boolean amd = false;
      boolean recording = false;
      boolean transcription = false;
      int threshold = 0;
      boolean encrypted = false;
      String token = null;
      String field;
      while ((field = p.nextFieldName()) != null) {
        p.nextToken();
        switch (field) {
          case "id" -> id = p.getLongValue();
          case "label" -> label = RawHttp.text(p);
          case "name" -> name = RawHttp.text(p);
          case "auth_method" -> authMethod = RawHttp.text(p);
          case "callerid" -> callerid = RawHttp.text(p);
          case "host_request" -> hostRequest = hostRequest(p);
          case "passthrough" -> passthrough = p.getBooleanValue();
          case "multiple_numbers" -> multiple = p.getBooleanValue();
          case "status" -> status = RawHttp.text(p);
          case "charge" -> charge = RawHttp.text(p);
          case "talk_time" -> talkTime = RawHttp.integer(p, 0);
          case "machine_detection_enabled" -> amd = p.getBooleanValue();
          case "call_recording_enabled" -> recording = p.getBooleanValue();
          case "transcription_enabled" -> transcription = p.getBooleanValue();
          case "transcription_threshold" -> threshold = RawHttp.integer(p, 0);
          case "encrypted_media" -> encrypted = p.getBooleanValue();
          case "access_token" -> token = RawHttp.text(p);
          default -> p.skipChildren();
        }
      }
      return new FlexTrunk(id, label, name, authMethod, callerid, hostRequest, passthrough, multiple, status,
          charge, talkTime, amd, recording, transcription, threshold, encrypted, token);
    }

    private static HostRequest hostRequest(JsonParser p) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      RawHttp.expect(p, JsonToken.START_OBJECT);
      String host = null;
      String field;
      while ((field = p.nextFieldName()) != null) {
        p.nextToken();
        if (field.equals("host")) {
          host = RawHttp.text(p);
        } else {
          p.skipChildren();
        }
      }
      return new HostRequest(host);
    }
  }

  /** A channel caller ID: {@code {"callerId": "+31..."}}. */
  public record ChannelCallerId(String callerId) {
    static ChannelCallerId read(JsonParser p) throws IOException {
      RawHttp.expect(p, JsonToken.START_OBJECT);
      String callerId = null;
      String field;
      while ((field = p.nextFieldName()) != null) {
        p.nextToken();
        if (field.equals("callerId")) {
          callerId = RawHttp.text(p);
        } else {
          p.skipChildren();
        }
      }
      return new ChannelCallerId(callerId);
    }
  }

  private static Instant instant(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : Instant.parse(p.getText());
  }

  private static Instant seconds(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : Instant.ofEpochSecond(p.getLongValue());
  }

  // ---- listings ------------------------------------------------------------------------------------------------

  /** Famulor: one request, every trunk in {@code {"data": [...]}}. */
  public static long famulor(OkHttpClient client, String baseUrl, Consumer<? super FamulorTrunk> sink) {
    HttpUrl url = HttpUrl.get(baseUrl + VendorPages.FAMULOR_PATH);
    List<FamulorTrunk> all = RawHttp.get(client, url, "Bearer " + VendorPages.FAMULOR_KEY, p -> {
      RawHttp.expect(p, JsonToken.START_OBJECT);
      List<FamulorTrunk> items = List.of();
      String field;
      while ((field = p.nextFieldName()) != null) {
        p.nextToken();
        if (field.equals("data")) {
          items = RawHttp.array(p, FamulorTrunk::read);
        } else {
          p.skipChildren();
        }
      }
      return items;
    });
    all.forEach(sink);
    return all.size();
  }

  /** properties-v2: {@code Results_Skip}/{@code Results_Count} of 50, a bare array, until a short page. */
  public static long properties(OkHttpClient client, String baseUrl, Consumer<? super PropertiesTrunk> sink) {
    HttpUrl base = HttpUrl.get(baseUrl + VendorPages.PROPERTIES_PATH);
    String authorization = VendorPages.Vendor.PROPERTIES_V2.authorization();
    int size = VendorPages.PROPERTIES_PAGE;
    long skip = 0;
    while (true) {
      HttpUrl url = base.newBuilder().addQueryParameter("Results_Skip", Long.toString(skip))
          .addQueryParameter("Results_Count", Integer.toString(size)).build();
      List<PropertiesTrunk> page = RawHttp.get(client, url, authorization,
          p -> RawHttp.array(p, PropertiesTrunk::read));
      page.forEach(sink);
      skip += page.size();
      if (page.size() < size) {
        return skip;
      }
    }
  }

  /** flex: {@code page}/{@code per_page} of 25, until {@code pagination.total_pages}. */
  public static long flex(OkHttpClient client, String baseUrl, Consumer<? super FlexTrunk> sink) {
    HttpUrl base = HttpUrl.get(baseUrl + VendorPages.FLEX_PATH);
    String authorization = "Bearer " + VendorPages.FLEX_KEY;
    long seen = 0;
    for (int page = 1; ; page++) {
      HttpUrl url = base.newBuilder().addQueryParameter("page", Integer.toString(page))
          .addQueryParameter("per_page", Integer.toString(VendorPages.FLEX_PAGE)).build();
      FlexPage answer = RawHttp.get(client, url, authorization, FlexPage::read);
      answer.items.forEach(sink);
      seen += answer.items.size();
      if (answer.items.isEmpty() || page >= answer.totalPages) {
        return seen;
      }
    }
  }

  private record FlexPage(List<FlexTrunk> items, int totalPages) {
    static FlexPage read(JsonParser p) throws IOException {
      RawHttp.expect(p, JsonToken.START_OBJECT);
      List<FlexTrunk> items = List.of();
      int totalPages = 0;
      String field;
      while ((field = p.nextFieldName()) != null) {
        p.nextToken();
        if (field.equals("sip_trunks")) {
          items = RawHttp.array(p, FlexTrunk::read);
        } else if (field.equals("pagination")) {
          String inner;
          while ((inner = p.nextFieldName()) != null) {
            p.nextToken();
            if (inner.equals("total_pages")) {
              totalPages = p.getIntValue();
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
      return new FlexPage(items, totalPages);
    }
  }

  /** channel: caller IDs by {@code offset}/{@code limit} of 100, a bare array, until a short page. */
  public static long channel(OkHttpClient client, String baseUrl, Consumer<? super ChannelCallerId> sink) {
    HttpUrl base = HttpUrl.get(baseUrl + VendorPages.CHANNEL_PATH);
    String authorization = "Bearer " + VendorPages.CHANNEL_TOKEN;
    int size = VendorPages.CHANNEL_PAGE;
    long offset = 0;
    while (true) {
      HttpUrl url = base.newBuilder().addQueryParameter("offset", Long.toString(offset))
          .addQueryParameter("limit", Integer.toString(size)).build();
      List<ChannelCallerId> page = RawHttp.get(client, url, authorization,
          p -> RawHttp.array(p, ChannelCallerId::read));
      page.forEach(sink);
      offset += page.size();
      if (page.size() < size) {
        return offset;
      }
    }
  }
}
