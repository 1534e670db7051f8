package io.trunkline.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * The limit's PBX list item in the summary shape (vendors.md section 003: {@code id, name, enabled, brand, hostname,
 * port, did_numbers, shared}), natural types, read field by field from a streaming parser; unknown fields skipped.
 */
public record PbxSummaryTrunk(String id, String name, boolean enabled, String brand, String hostname, int port,
    List<String> didNumbers, boolean shared) {

  static PbxSummaryTrunk read(JsonParser p) throws IOException {
    RawHttp.expect(p, JsonToken.START_OBJECT);
    String id = null;
    String name = null;
    boolean enabled = false;
    String brand = null;
    String hostname = null;
    int port = 0;
    List<String> didNumbers = List.of();
    boolean shared = false;
    String field;
    while ((field = p.nextFieldName()) != null) {
      p.nextToken();
      switch (field) {
        case "id" -> id = RawHttp.text(p);
        case "name" -> name = RawHttp.text(p);
        case "enabled" -> enabled = p.getBooleanValue();
        case "brand" -> brand = RawHttp.text(p);
        case "hostname" -> hostname = RawHttp.text(p);
        case "port" -> port = RawHttp.integer(p, 0);
        case "did_numbers" -> didNumbers = RawHttp.split(RawHttp.text(p));
        case "shared" -> shared = p.getBooleanValue();
        default -> p.skipChildren();
      }
    }
    return new PbxSummaryTrunk(id, name, enabled, brand, hostname, port, didNumbers, shared);
  }
}
