package io.trunkline.provider.pbx;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a {@link PbxTrunk} straight from the parser into its builder: listing pages hold up to 100 of them, so
 * this path avoids the per-field wrappers of the generic one. The common token of each field is read directly;
 * anything else goes through Jackson's usual coercion and error reporting. A JSON {@code null} leaves a known field
 * absent; unknown fields are kept in {@link PbxTrunk#extra()} as sent; a {@code password} is dropped.
 */
final class PbxTrunkDeserializer extends StdDeserializer<PbxTrunk> {
  private static final long serialVersionUID = 1L;

  PbxTrunkDeserializer() {
    super(PbxTrunk.class);
  }

  @Override
  public PbxTrunk deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken start = p.currentToken();
    if (start == JsonToken.START_OBJECT) {
      p.nextToken();
    } else if (start != JsonToken.FIELD_NAME) {
      return (PbxTrunk) ctxt.handleUnexpectedToken(PbxTrunk.class, p);
    }
    ImmutablePbxTrunk.Builder b = ImmutablePbxTrunk.builder();
    boolean hasId = false;
    for (; p.currentToken() == JsonToken.FIELD_NAME; p.nextToken()) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_NULL && isKnown(name)) {
        continue;
      }
      switch (name) {
        case "id":
          b.id(text(p, ctxt));
          hasId = true;
          break;
        case "name":
          b.name(text(p, ctxt));
          break;
        case "enabled":
          b.enabled(bool(p, ctxt));
          break;
        case "brand":
          b.brand(text(p, ctxt));
          break;
        case "auth_mode":
          b.authMode(t == JsonToken.VALUE_STRING ? PbxAuthMode.of(p.getText())
              : ctxt.readValue(p, PbxAuthMode.class));
          break;
        case "transport":
          b.transport(t == JsonToken.VALUE_STRING ? PbxTransport.of(p.getText())
              : ctxt.readValue(p, PbxTransport.class));
          break;
        case "hostname":
          b.hostname(text(p, ctxt));
          break;
        case "port":
          b.port(integer(p, ctxt));
          break;
        case "auth_id":
          b.authId(text(p, ctxt));
          break;
        case "username":
          b.username(text(p, ctxt));
          break;
        case "registration":
          b.registration(bool(p, ctxt));
          break;
        case "register_interval":
          b.registerInterval(integer(p, ctxt));
          break;
        case "outbound_server":
          b.outboundServer(text(p, ctxt));
          break;
        case "outbound_server_port":
          b.outboundServerPort(integer(p, ctxt));
          break;
        case "inlan":
          b.inlan(bool(p, ctxt));
          break;
        case "single_via_header":
          b.singleViaHeader(bool(p, ctxt));
          break;
        case "rewrite_via_ip":
          b.rewriteViaIp(bool(p, ctxt));
          break;
        case "verify_port":
          b.verifyPort(bool(p, ctxt));
          break;
        case "keep_alive":
          b.keepAlive(bool(p, ctxt));
          break;
        case "keep_alive_interval":
          b.keepAliveInterval(integer(p, ctxt));
          break;
        case "concurrency":
          b.concurrency(integer(p, ctxt));
          break;
        case "additional_ips":
          b.additionalIps(text(p, ctxt));
          break;
        case "adjust_sdp_direction":
          b.adjustSdpDirection(bool(p, ctxt));
          break;
        case "remove_srtp_info":
          b.removeSrtpInfo(bool(p, ctxt));
          break;
        case "stir_shaken_signature_required":
          b.stirShakenSignatureRequired(bool(p, ctxt));
          break;
        case "did_numbers":
          b.didNumbers(text(p, ctxt));
          break;
        case "inbound_parameters":
          b.inboundParameters(ctxt.readValue(p, PbxInboundParameters.class));
          break;
        case "outbound_parameters":
          b.outboundParameters(ctxt.readValue(p, PbxOutboundParameters.class));
          break;
        case "shared":
          b.shared(bool(p, ctxt));
          break;
        case "password":
          p.skipChildren();
          break;
        default:
          b.putExtra(name, ctxt.readTree(p));
      }
    }
    if (!hasId) {
      return ctxt.reportInputMismatch(PbxTrunk.class, "a PBX trunk without its required field 'id'");
    }
    return b.build();
  }

  private static boolean isKnown(String name) {
    return PbxValidator.TYPED_FIELDS.contains(name) || name.equals("id") || name.equals("shared");
  }

  static String text(JsonParser p, DeserializationContext ctxt) throws IOException {
    return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : ctxt.readValue(p, String.class);
  }

  static int integer(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    Integer value = ctxt.readValue(p, Integer.class);
    if (value == null) {
      return ctxt.reportInputMismatch(Integer.class, "expected a number for '" + p.currentName() + "'");
    }
    return value;
  }

  static boolean bool(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    Boolean value = ctxt.readValue(p, Boolean.class);
    if (value == null) {
      return ctxt.reportInputMismatch(Boolean.class, "expected true or false for '" + p.currentName() + "'");
    }
    return value;
  }
}
