package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The settings of a PBX trunk that can be written on create and on update, under the PBX's own field names. Every
 * one is optional here: the PBX applies its default (given below) to a field left out on create and leaves it
 * unchanged on update. {@link PbxTrunkSpec} adds the create-only fields, {@link PbxTrunk} the read-only ones.
 */
public interface PbxTrunkSettings {
  /** {@code name}: the trunk's name, 1 to 64 characters; required on create. */
  @JsonProperty("name")
  Optional<String> name();

  /** {@code enabled}: whether the trunk is enabled; default true. */
  @JsonProperty("enabled")
  Optional<Boolean> enabled();

  /** {@code transport}: UDP, TCP or TLS; required on create. */
  @JsonProperty("transport")
  Optional<PbxTransport> transport();

  /** {@code hostname}: the trunk's host name or IP address; required on create. */
  @JsonProperty("hostname")
  Optional<String> hostname();

  /** {@code port}: the trunk's port, 0 to 65535; required on create. */
  @JsonProperty("port")
  Optional<Integer> port();

  /** {@code auth_id}: the authentication ID (SIP user name), at most 64 characters. */
  @JsonProperty("auth_id")
  Optional<String> authId();

  /** {@code username}: the authentication user name, at most 64 characters. */
  @JsonProperty("username")
  Optional<String> username();

  /** {@code registration}: whether the PBX registers to the trunk; default true. */
  @JsonProperty("registration")
  Optional<Boolean> registration();

  /** {@code register_interval}: seconds between registration refreshes; default 600. */
  @JsonProperty("register_interval")
  Optional<Integer> registerInterval();

  /** {@code outbound_server}: the outbound server's host name; required on create. */
  @JsonProperty("outbound_server")
  Optional<String> outboundServer();

  /** {@code outbound_server_port}: the outbound server's port, 0 to 65535; required on create. */
  @JsonProperty("outbound_server_port")
  Optional<Integer> outboundServerPort();

  /** {@code inlan}: whether the trunk is on the LAN; default false. */
  @JsonProperty("inlan")
  Optional<Boolean> inlan();

  /** {@code single_via_header}: whether the trunk accepts only a single Via header; default true. */
  @JsonProperty("single_via_header")
  Optional<Boolean> singleViaHeader();

  /** {@code rewrite_via_ip}: rewrite the Via host with the public IP towards the trunk; default true. */
  @JsonProperty("rewrite_via_ip")
  Optional<Boolean> rewriteViaIp();

  /** {@code verify_port}: verify the port of SIP messages from the trunk; default true. */
  @JsonProperty("verify_port")
  Optional<Boolean> verifyPort();

  /** {@code keep_alive}: send OPTIONS as keep-alive; default true. */
  @JsonProperty("keep_alive")
  Optional<Boolean> keepAlive();

  /** {@code keep_alive_interval}: seconds between keep-alive messages; default 360. */
  @JsonProperty("keep_alive_interval")
  Optional<Integer> keepAliveInterval();

  /** {@code concurrency}: the most concurrent calls; required on create. */
  @JsonProperty("concurrency")
  Optional<Integer> concurrency();

  /** {@code additional_ips}: more addresses of the trunk, {@code ;}-separated CIDR blocks ({@code 192.0.2.0/24}). */
  @JsonProperty("additional_ips")
  Optional<String> additionalIps();

  /** {@code adjust_sdp_direction}: adjust the SDP direction for call hold; default true. */
  @JsonProperty("adjust_sdp_direction")
  Optional<Boolean> adjustSdpDirection();

  /** {@code remove_srtp_info}: remove the crypto line from the SDP; default true. */
  @JsonProperty("remove_srtp_info")
  Optional<Boolean> removeSrtpInfo();

  /** {@code stir_shaken_signature_required}: sign outbound calls with STIR/SHAKEN; default false. */
  @JsonProperty("stir_shaken_signature_required")
  Optional<Boolean> stirShakenSignatureRequired();

  /** {@code did_numbers}: {@code ;}-separated DID numbers and ranges ({@code 3000;12000-18000}). */
  @JsonProperty("did_numbers")
  Optional<String> didNumbers();

  /** {@code inbound_parameters}: how inbound calls are read. */
  @JsonProperty("inbound_parameters")
  Optional<PbxInboundParameters> inboundParameters();

  /** {@code outbound_parameters}: how the SIP headers of outbound calls are written. */
  @JsonProperty("outbound_parameters")
  Optional<PbxOutboundParameters> outboundParameters();
}
