package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.trunkline.provider.pbx.internal.PbxFields;
import java.util.Optional;

/**
 * The settings of a PBX trunk that can be written on create and on update, under the PBX's own field names. Every
 * one is optional here: the PBX applies its default (given below) to a field left out on create and leaves it
 * unchanged on update. {@link PbxTrunkSpec} adds the create-only fields, {@link PbxTrunk} the read-only ones.
 */
public interface PbxTrunkSettings {
  /** the trunk's name, 1 to 64 characters; required on create. */
  @JsonProperty(PbxFields.NAME)
  Optional<String> name();

  /** whether the trunk is enabled; default true. */
  @JsonProperty(PbxFields.ENABLED)
  Optional<Boolean> enabled();

  /** UDP, TCP or TLS; required on create. */
  @JsonProperty(PbxFields.TRANSPORT)
  Optional<PbxTransport> transport();

  /** the trunk's host name or IP address; required on create. */
  @JsonProperty(PbxFields.HOSTNAME)
  Optional<String> hostname();

  /** the trunk's port, 0 to 65535; required on create. */
  @JsonProperty(PbxFields.PORT)
  Optional<Integer> port();

  /** the authentication ID (SIP user name), at most 64 characters. */
  @JsonProperty(PbxFields.AUTH_ID)
  Optional<String> authId();

  /** the authentication user name, at most 64 characters. */
  @JsonProperty(PbxFields.USERNAME)
  Optional<String> username();

  /** whether the PBX registers to the trunk; default true. */
  @JsonProperty(PbxFields.REGISTRATION)
  Optional<Boolean> registration();

  /** seconds between registration refreshes; default 600. */
  @JsonProperty(PbxFields.REGISTER_INTERVAL)
  Optional<Integer> registerInterval();

  /** the outbound server's host name; required on create. */
  @JsonProperty(PbxFields.OUTBOUND_SERVER)
  Optional<String> outboundServer();

  /** the outbound server's port, 0 to 65535; required on create. */
  @JsonProperty(PbxFields.OUTBOUND_SERVER_PORT)
  Optional<Integer> outboundServerPort();

  /** whether the trunk is on the LAN; default false. */
  @JsonProperty(PbxFields.INLAN)
  Optional<Boolean> inlan();

  /** whether the trunk accepts only a single Via header; default true. */
  @JsonProperty(PbxFields.SINGLE_VIA_HEADER)
  Optional<Boolean> singleViaHeader();

  /** rewrite the Via host with the public IP towards the trunk; default true. */
  @JsonProperty(PbxFields.REWRITE_VIA_IP)
  Optional<Boolean> rewriteViaIp();

  /** verify the port of SIP messages from the trunk; default true. */
  @JsonProperty(PbxFields.VERIFY_PORT)
  Optional<Boolean> verifyPort();

  /** send OPTIONS as keep-alive; default true. */
  @JsonProperty(PbxFields.KEEP_ALIVE)
  Optional<Boolean> keepAlive();

  /** seconds between keep-alive messages; default 360. */
  @JsonProperty(PbxFields.KEEP_ALIVE_INTERVAL)
  Optional<Integer> keepAliveInterval();

  /** the most concurrent calls; required on create. */
  @JsonProperty(PbxFields.CONCURRENCY)
  Optional<Integer> concurrency();

  /** more addresses of the trunk, {@code ;}-separated CIDR blocks ({@code 192.0.2.0/24}). */
  @JsonProperty(PbxFields.ADDITIONAL_IPS)
  Optional<String> additionalIps();

  /** adjust the SDP direction for call hold; default true. */
  @JsonProperty(PbxFields.ADJUST_SDP_DIRECTION)
  Optional<Boolean> adjustSdpDirection();

  /** remove the crypto line from the SDP; default true. */
  @JsonProperty(PbxFields.REMOVE_SRTP_INFO)
  Optional<Boolean> removeSrtpInfo();

  /** sign outbound calls with STIR/SHAKEN; default false. */
  @JsonProperty(PbxFields.STIR_SHAKEN_SIGNATURE_REQUIRED)
  Optional<Boolean> stirShakenSignatureRequired();

  /** {@code ;}-separated DID numbers and ranges ({@code 3000;12000-18000}). */
  @JsonProperty(PbxFields.DID_NUMBERS)
  Optional<String> didNumbers();

  /** how inbound calls are read. */
  @JsonProperty(PbxFields.INBOUND_PARAMETERS)
  Optional<PbxInboundParameters> inboundParameters();

  /** how the SIP headers of outbound calls are written. */
  @JsonProperty(PbxFields.OUTBOUND_PARAMETERS)
  Optional<PbxOutboundParameters> outboundParameters();
}
