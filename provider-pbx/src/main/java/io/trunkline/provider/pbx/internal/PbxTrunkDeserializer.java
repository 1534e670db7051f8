package io.trunkline.provider.pbx.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.trunkline.provider.pbx.ImmutablePbxTrunk;
import io.trunkline.provider.pbx.PbxAuthMode;
import io.trunkline.provider.pbx.PbxInboundParameters;
import io.trunkline.provider.pbx.PbxOutboundParameters;
import io.trunkline.provider.pbx.PbxTransport;
import io.trunkline.provider.pbx.PbxTrunk;
import java.io.IOException;

/**
 * Reads a {@link PbxTrunk} straight from the parser into its builder: listing pages hold up to 100 of them, so
 * this path avoids the per-field wrappers of the generic one. The common token of each field is read directly;
 * anything else goes through Jackson's usual coercion and error reporting. A JSON {@code null} leaves a known field
 * absent; unknown fields are kept in {@link PbxTrunk#extra()} as sent; a {@code password} is dropped. Not API:
 * public only because {@link PbxTrunk}'s {@code @JsonDeserialize} names it; its package is not exported.
 */
public final class PbxTrunkDeserializer extends StdDeserializer<PbxTrunk> {
  private static final long serialVersionUID = 1L;

  /** The deserializer Jackson makes for {@code @JsonDeserialize(using = ...)}. */
  public PbxTrunkDeserializer() {
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
        case PbxFields.ID:
          b.id(text(p, ctxt));
          hasId = true;
          break;
        case PbxFields.NAME:
          b.name(text(p, ctxt));
          break;
        case PbxFields.ENABLED:
          b.enabled(bool(p, ctxt));
          break;
        case PbxFields.BRAND:
          b.brand(text(p, ctxt));
          break;
        case PbxFields.AUTH_MODE:
          b.authMode(t == JsonToken.VALUE_STRING ? PbxAuthMode.of(p.getText())
              : ctxt.readValue(p, PbxAuthMode.class));
          break;
        case PbxFields.TRANSPORT:
          b.transport(t == JsonToken.VALUE_STRING ? PbxTransport.of(p.getText())
              : ctxt.readValue(p, PbxTransport.class));
          break;
        case PbxFields.HOSTNAME:
          b.hostname(text(p, ctxt));
          break;
        case PbxFields.PORT:
          b.port(integer(p, ctxt));
          break;
        case PbxFields.AUTH_ID:
          b.authId(text(p, ctxt));
          break;
        case PbxFields.USERNAME:
          b.username(text(p, ctxt));
          break;
        case PbxFields.REGISTRATION:
          b.registration(bool(p, ctxt));
          break;
        case PbxFields.REGISTER_INTERVAL:
          b.registerInterval(integer(p, ctxt));
          break;
        case PbxFields.OUTBOUND_SERVER:
          b.outboundServer(text(p, ctxt));
          break;
        case PbxFields.OUTBOUND_SERVER_PORT:
          b.outboundServerPort(integer(p, ctxt));
          break;
        case PbxFields.INLAN:
          b.inlan(bool(p, ctxt));
          break;
        case PbxFields.SINGLE_VIA_HEADER:
          b.singleViaHeader(bool(p, ctxt));
          break;
        case PbxFields.REWRITE_VIA_IP:
          b.rewriteViaIp(bool(p, ctxt));
          break;
        case PbxFields.VERIFY_PORT:
          b.verifyPort(bool(p, ctxt));
          break;
        case PbxFields.KEEP_ALIVE:
          b.keepAlive(bool(p, ctxt));
          break;
        case PbxFields.KEEP_ALIVE_INTERVAL:
          b.keepAliveInterval(integer(p, ctxt));
          break;
        case PbxFields.CONCURRENCY:
          b.concurrency(integer(p, ctxt));
          break;
        case PbxFields.ADDITIONAL_IPS:
          b.additionalIps(text(p, ctxt));
          break;
        case PbxFields.ADJUST_SDP_DIRECTION:
          b.adjustSdpDirection(bool(p, ctxt));
          break;
        case PbxFields.REMOVE_SRTP_INFO:
          b.removeSrtpInfo(bool(p, ctxt));
          break;
        case PbxFields.STIR_SHAKEN_SIGNATURE_REQUIRED:
          b.stirShakenSignatureRequired(bool(p, ctxt));
          break;
        case PbxFields.DID_NUMBERS:
          b.didNumbers(text(p, ctxt));
          break;
        case PbxFields.INBOUND_PARAMETERS:
          b.inboundParameters(ctxt.readValue(p, PbxInboundParameters.class));
          break;
        case PbxFields.OUTBOUND_PARAMETERS:
          b.outboundParameters(ctxt.readValue(p, PbxOutboundParameters.class));
          break;
        case PbxFields.SHARED:
          b.shared(bool(p, ctxt));
          break;
        case PbxFields.PASSWORD:
          p.skipChildren();
          break;
        default:
          b.putExtra(name, ctxt.readTree(p));
      }
    }
    if (!hasId) {
      return ctxt.reportInputMismatch(PbxTrunk.class, "a PBX trunk without its required field '" + PbxFields.ID + "'");
    }
    return b.build();
  }

  private static boolean isKnown(String name) {
    return PbxFields.TYPED.contains(name) || PbxFields.READ_ONLY.contains(name);
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
