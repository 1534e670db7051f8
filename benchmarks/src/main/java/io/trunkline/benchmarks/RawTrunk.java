package io.trunkline.benchmarks;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline's trunk: a plain mutable class with the fields the neutral mapping reads ({@code id, name, enabled,
 * hostname, port, transport, auth_mode, username, additional_ips, did_numbers, concurrency}), the two
 * {@code ;}-separated lists split as the SDK splits them, and every other field kept as its JSON tree, as the
 * SDK keeps them in {@code attributes}. What a careful hand-written client would decode into.
 */
public final class RawTrunk {
  public String id;
  public String name;
  public Boolean enabled;
  public String hostname;
  public Integer port;
  public String transport;
  @JsonProperty("auth_mode")
  public String authMode;
  public String username;
  public Integer concurrency;
  public List<String> allowedIps = List.of();
  public List<String> numbers = List.of();
  public final Map<String, JsonNode> other = new LinkedHashMap<>();

  @JsonProperty("additional_ips")
  void additionalIps(String value) {
    allowedIps = value == null ? List.of() : split(value);
  }

  @JsonProperty("did_numbers")
  void didNumbers(String value) {
    numbers = value == null ? List.of() : split(value);
  }

  @JsonAnySetter
  void other(String name, JsonNode value) {
    other.put(name, value);
  }

  /** The trimmed, non-empty items of a {@code ;}-separated list. */
  static List<String> split(String value) {
    List<String> items = new ArrayList<>(4);
    int start = 0;
    while (start <= value.length()) {
      int end = value.indexOf(';', start);
      if (end < 0) {
        end = value.length();
      }
      String item = value.substring(start, end).trim();
      if (!item.isEmpty()) {
        items.add(item);
      }
      start = end + 1;
    }
    return items;
  }
}
