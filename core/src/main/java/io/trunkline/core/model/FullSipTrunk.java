package io.trunkline.core.model;

import java.time.Instant;
import java.util.List;

/**
 * An {@link ImmutableSipTrunk} with any of the values a listed trunk mostly lacks: transport, auth mode, user name,
 * allowed IPs, caller id, channels, country, times (80 bytes, as every trunk took before). {@link SipTrunk.Builder}
 * makes one only when one of these is set.
 */
final class FullSipTrunk extends ImmutableSipTrunk {
  private final Transport transport;
  private final AuthMode authMode;
  private final String username;
  private final List<String> allowedIps;
  private final String callerId;
  private final Integer maxChannels;
  private final String countryCode;
  private final Instant createdAt;
  private final Instant updatedAt;

  FullSipTrunk(String provider, String id, String name, TrunkState state, String host, Integer port,
      Transport transport, AuthMode authMode, String username, List<String> allowedIps, List<String> numbers,
      String callerId, Integer maxChannels, String countryCode, Instant createdAt, Instant updatedAt,
      AttributeMap attributes) {
    super(provider, id, name, state, host, port, numbers, attributes);
    this.transport = transport;
    this.authMode = authMode;
    this.username = username;
    this.allowedIps = allowedIps;
    this.callerId = callerId;
    this.maxChannels = maxChannels;
    this.countryCode = countryCode;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  @Override
  Transport transportValue() {
    return transport;
  }

  @Override
  AuthMode authModeValue() {
    return authMode;
  }

  @Override
  String usernameValue() {
    return username;
  }

  @Override
  List<String> allowedIpsValue() {
    return allowedIps;
  }

  @Override
  String callerIdValue() {
    return callerId;
  }

  @Override
  Integer maxChannelsValue() {
    return maxChannels;
  }

  @Override
  String countryCodeValue() {
    return countryCode;
  }

  @Override
  Instant createdAtValue() {
    return createdAt;
  }

  @Override
  Instant updatedAtValue() {
    return updatedAt;
  }
}
