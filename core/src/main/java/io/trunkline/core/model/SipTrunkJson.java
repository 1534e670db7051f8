package io.trunkline.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/**
 * A {@link SipTrunk} as JSON is read: Jackson fills it property by property (an absent or {@code null} container is
 * left unset, an optional {@code null} is empty), then {@link #build()} makes the trunk through
 * {@link SipTrunk.Builder}, whose checks apply (provider and id required). Only {@link ImmutableSipTrunk#fromJson}
 * uses it.
 */
final class SipTrunkJson {
  private final SipTrunk.Builder trunk = SipTrunk.builder();

  @JsonProperty(value = "provider", required = true)
  void setProvider(String provider) {
    if (provider != null) {
      trunk.provider(provider);
    }
  }

  @JsonProperty(value = "id", required = true)
  void setId(String id) {
    if (id != null) {
      trunk.id(id);
    }
  }

  @JsonProperty("name")
  void setName(Optional<String> name) {
    if (name != null) {
      trunk.name(name);
    }
  }

  @JsonProperty("state")
  void setState(Optional<TrunkState> state) {
    if (state != null) {
      trunk.state(state);
    }
  }

  @JsonProperty("host")
  void setHost(Optional<String> host) {
    if (host != null) {
      trunk.host(host);
    }
  }

  @JsonProperty("port")
  void setPort(Optional<Integer> port) {
    if (port != null) {
      trunk.port(port);
    }
  }

  @JsonProperty("transport")
  void setTransport(Optional<Transport> transport) {
    if (transport != null) {
      trunk.transport(transport);
    }
  }

  @JsonProperty("authMode")
  void setAuthMode(Optional<AuthMode> authMode) {
    if (authMode != null) {
      trunk.authMode(authMode);
    }
  }

  @JsonProperty("username")
  void setUsername(Optional<String> username) {
    if (username != null) {
      trunk.username(username);
    }
  }

  @JsonProperty("allowedIps")
  void setAllowedIps(StringList allowedIps) {
    if (allowedIps != null) {
      trunk.allowedIps(allowedIps);
    }
  }

  @JsonProperty("numbers")
  void setNumbers(StringList numbers) {
    if (numbers != null) {
      trunk.numbers(numbers);
    }
  }

  @JsonProperty("callerId")
  void setCallerId(Optional<String> callerId) {
    if (callerId != null) {
      trunk.callerId(callerId);
    }
  }

  @JsonProperty("maxChannels")
  void setMaxChannels(Optional<Integer> maxChannels) {
    if (maxChannels != null) {
      trunk.maxChannels(maxChannels);
    }
  }

  @JsonProperty("countryCode")
  void setCountryCode(Optional<String> countryCode) {
    if (countryCode != null) {
      trunk.countryCode(countryCode);
    }
  }

  @JsonProperty("createdAt")
  void setCreatedAt(Optional<Instant> createdAt) {
    if (createdAt != null) {
      trunk.createdAt(createdAt);
    }
  }

  @JsonProperty("updatedAt")
  void setUpdatedAt(Optional<Instant> updatedAt) {
    if (updatedAt != null) {
      trunk.updatedAt(updatedAt);
    }
  }

  @JsonProperty("attributes")
  void setAttributes(AttributeMap attributes) {
    if (attributes != null) {
      trunk.attributes(attributes);
    }
  }

  SipTrunk build() {
    return trunk.build();
  }
}
