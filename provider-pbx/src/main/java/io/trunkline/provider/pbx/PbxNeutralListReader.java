package io.trunkline.provider.pbx;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.model.ImmutableSipTrunk;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.ResponseReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page of {@code GET /api/providers} straight into neutral {@link SipTrunk}s, with the mapping of
 * {@link PbxMapper#toSipTrunk} but without the {@link PbxTrunk} in between. Duplicate keys are refused by this
 * reader itself (a bit per known field, a set only for unknown fields), so the parser's own check, which allocates
 * a hash set per object, is off for this read; nested values are read as trees, whose duplicates Jackson refuses
 * with {@code FAIL_ON_READING_DUP_TREE_KEY}.
 */
final class PbxNeutralListReader {
  static final ObjectReader READER = Json.mapper().readerFor(Page.class)
      .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  static final ResponseReader<Page> RESPONSE = response -> response.json(READER);

  private PbxNeutralListReader() {}

  /** {@code {"count": <total>, "items": [...]}} with neutral items. */
  @JsonDeserialize(using = PageDeserializer.class)
  static final class Page {
    final Long count;
    final List<SipTrunk> items;

    Page(Long count, List<SipTrunk> items) {
      this.count = count;
      this.items = items;
    }
  }

  static final class PageDeserializer extends StdDeserializer<Page> {
    private static final long serialVersionUID = 1L;

    PageDeserializer() {
      super(Page.class);
    }

    @Override
    public Page deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Page) ctxt.handleUnexpectedToken(Page.class, p);
      }
      // ObjectReader.without(STRICT_DUPLICATE_DETECTION) clears the flag but leaves the detector in place
      // (jackson-core ParserBase._checkStdFeatureChanges only acts on enabling); disable() drops it from here on.
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      Long count = null;
      List<SipTrunk> items = null;
      boolean seenCount = false;
      Set<String> seenOther = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("count")) {
          if (seenCount) {
            duplicate(ctxt, name);
          }
          seenCount = true;
          count = value == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Long.class);
        } else if (name.equals("items")) {
          if (items != null) {
            duplicate(ctxt, name);
          }
          items = new ArrayList<>(100);
          if (value == JsonToken.START_ARRAY) {
            // One builder for the page: build() copies its lists and map, and reset() clears every field.
            ImmutableSipTrunk.Builder builder = SipTrunk.builder().provider(PbxMapper.PROVIDER_ID);
            while (p.nextToken() != JsonToken.END_ARRAY) {
              items.add(trunk(p, ctxt, builder));
            }
          } else if (value != JsonToken.VALUE_NULL) {
            return (Page) ctxt.handleUnexpectedToken(List.class, p);
          }
        } else {
          if (seenOther == null) {
            seenOther = new HashSet<>();
          }
          if (!seenOther.add(name)) {
            duplicate(ctxt, name);
          }
          ctxt.readTree(p);
        }
      }
      return new Page(count, items == null ? List.of() : items);
    }
  }

  private static final int ID = 0;

  /** One item, the parser on its START_OBJECT. */
  static SipTrunk trunk(JsonParser p, DeserializationContext ctxt, ImmutableSipTrunk.Builder b) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return (SipTrunk) ctxt.handleUnexpectedToken(SipTrunk.class, p);
    }
    reset(b);
    long seen = 0;
    Set<String> seenExtra = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      int bit = bit(name);
      if (bit >= 0) {
        if ((seen & (1L << bit)) != 0) {
          duplicate(ctxt, name);
        }
        seen |= 1L << bit;
        if (value == JsonToken.VALUE_NULL) {
          continue;
        }
      } else {
        if (seenExtra == null) {
          seenExtra = new HashSet<>();
        }
        if (!seenExtra.add(name)) {
          duplicate(ctxt, name);
        }
      }
      switch (name) {
        case "id":
          b.id(PbxTrunkDeserializer.text(p, ctxt));
          break;
        case "name":
          b.name(PbxTrunkDeserializer.text(p, ctxt));
          break;
        case "enabled":
          b.state(PbxTrunkDeserializer.bool(p, ctxt) ? TrunkState.ACTIVE : TrunkState.INACTIVE);
          break;
        case "hostname":
          b.host(PbxTrunkDeserializer.text(p, ctxt));
          break;
        case "port":
          b.port(PbxTrunkDeserializer.integer(p, ctxt));
          break;
        case "username":
          b.username(PbxTrunkDeserializer.text(p, ctxt));
          break;
        case "concurrency":
          b.maxChannels(PbxTrunkDeserializer.integer(p, ctxt));
          break;
        case "additional_ips":
          PbxMapper.split(PbxTrunkDeserializer.text(p, ctxt), b::addAllowedIps);
          break;
        case "did_numbers":
          PbxMapper.split(PbxTrunkDeserializer.text(p, ctxt), b::addNumbers);
          break;
        case "auth_mode": {
          PbxAuthMode mode = value == JsonToken.VALUE_STRING ? PbxAuthMode.of(p.getText())
              : ctxt.readValue(p, PbxAuthMode.class);
          b.authMode(PbxMapper.neutralAuthMode(mode));
          b.putAttributes("auth_mode", TextNode.valueOf(mode.value()));
          break;
        }
        case "transport": {
          PbxTransport transport = value == JsonToken.VALUE_STRING ? PbxTransport.of(p.getText())
              : ctxt.readValue(p, PbxTransport.class);
          if (transport.isKnown()) {
            b.transport(Transport.valueOf(transport.value()));
          } else {
            b.putAttributes("transport", TextNode.valueOf(transport.value()));
          }
          break;
        }
        case "brand":
        case "auth_id":
        case "outbound_server":
          b.putAttributes(name, TextNode.valueOf(PbxTrunkDeserializer.text(p, ctxt)));
          break;
        case "registration":
        case "inlan":
        case "single_via_header":
        case "rewrite_via_ip":
        case "verify_port":
        case "keep_alive":
        case "adjust_sdp_direction":
        case "remove_srtp_info":
        case "stir_shaken_signature_required":
        case "shared":
          b.putAttributes(name, BooleanNode.valueOf(PbxTrunkDeserializer.bool(p, ctxt)));
          break;
        case "register_interval":
        case "outbound_server_port":
        case "keep_alive_interval":
          b.putAttributes(name, IntNode.valueOf(PbxTrunkDeserializer.integer(p, ctxt)));
          break;
        case "inbound_parameters":
        case "outbound_parameters":
          // As sent: a tree, like every attribute (the typed path reads PbxInbound/OutboundParameters and writes
          // them back to a tree, which costs three times the parse and drops nested nulls).
          b.putAttributes(name, ctxt.readTree(p));
          break;
        case "password":
          p.skipChildren();
          break;
        default: {
          JsonNode tree = ctxt.readTree(p);
          if (!looksSecret(name)) {
            b.putAttributes(name, tree);
          }
        }
      }
    }
    if ((seen & (1L << ID)) == 0) {
      return ctxt.reportInputMismatch(PbxTrunk.class, "a PBX trunk without its required field 'id'");
    }
    return b.build();
  }

  /** Clears every field {@link #trunk} may set; the id is always set again (checked) before build. */
  private static void reset(ImmutableSipTrunk.Builder b) {
    b.name(Optional.empty()).state(Optional.empty()).host(Optional.empty()).port(Optional.empty())
        .transport(Optional.empty()).authMode(Optional.empty()).username(Optional.empty())
        .maxChannels(Optional.empty()).allowedIps(List.of()).numbers(List.of()).attributes(Map.of());
  }

  /** The bit of a field this reader maps, or -1 for a field it keeps as sent. */
  private static int bit(String name) {
    switch (name) {
      case "id": return ID;
      case "name": return 1;
      case "enabled": return 2;
      case "brand": return 3;
      case "auth_mode": return 4;
      case "transport": return 5;
      case "hostname": return 6;
      case "port": return 7;
      case "auth_id": return 8;
      case "username": return 9;
      case "password": return 10;
      case "registration": return 11;
      case "register_interval": return 12;
      case "outbound_server": return 13;
      case "outbound_server_port": return 14;
      case "inlan": return 15;
      case "single_via_header": return 16;
      case "rewrite_via_ip": return 17;
      case "verify_port": return 18;
      case "keep_alive": return 19;
      case "keep_alive_interval": return 20;
      case "concurrency": return 21;
      case "additional_ips": return 22;
      case "adjust_sdp_direction": return 23;
      case "remove_srtp_info": return 24;
      case "stir_shaken_signature_required": return 25;
      case "did_numbers": return 26;
      case "inbound_parameters": return 27;
      case "outbound_parameters": return 28;
      case "shared": return 29;
      default: return -1;
    }
  }

  private static void duplicate(DeserializationContext ctxt, String name) throws IOException {
    ctxt.reportInputMismatch(SipTrunk.class, "Duplicate field '" + name + "'");
  }

  private static boolean looksSecret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("password") || n.contains("secret") || n.contains("token");
  }
}
