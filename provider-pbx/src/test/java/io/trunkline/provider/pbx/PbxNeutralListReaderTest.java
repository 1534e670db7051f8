package io.trunkline.provider.pbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.Payloads;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The direct list reader gives the same neutral trunks as reading a PbxTrunk and mapping it. */
class PbxNeutralListReaderTest {
  @Test
  void sameTrunksAsTheTypedPathForEveryPayload() throws Exception {
    ObjectNode page = Json.object();
    page.put("count", 5);
    ArrayNode items = page.putArray("items");
    items.add(Payloads.json("pbx/provider.json"));
    items.add(Payloads.json("pbx/provider-newer-version.json"));
    items.add(Payloads.json("pbx/providers-list.json").get("items").get(0));
    ObjectNode odd = Json.object();
    odd.put("id", "x1").putNull("name").put("transport", "WSS").put("auth_mode", "TEAMS").put("port", "5060")
        .put("password", "secret").put("api_token", "t").put("future", 3).putObject("nested").put("a", 1);
    items.add(odd);
    items.add(Json.object().put("id", "only"));
    String json = Json.mapper().writeValueAsString(page);

    PbxNeutralListReader.Page direct = PbxNeutralListReader.READER.readValue(json);
    List<SipTrunk> mapped = new ArrayList<>();
    for (JsonNode item : Json.mapper().readTree(json).get("items")) {
      mapped.add(PbxMapper.toSipTrunk(Json.mapper().treeToValue(item, PbxTrunk.class)));
    }
    assertThat(direct.count).isEqualTo(5L);
    assertThat(direct.items).isEqualTo(mapped);
    assertThat(direct.items.get(3).attributes()).doesNotContainKeys("password", "api_token");
  }

  @Test
  void duplicateKeysAreRefusedAtEveryLevel() {
    for (String bad : List.of(
        "{\"count\":1,\"count\":2,\"items\":[]}",
        "{\"items\":[],\"items\":[]}",
        "{\"items\":[{\"id\":\"a\",\"id\":\"b\"}]}",
        "{\"items\":[{\"id\":\"a\",\"name\":\"x\",\"brand\":\"y\",\"name\":\"z\"}]}",
        "{\"items\":[{\"id\":\"a\",\"future\":1,\"future\":2}]}",
        "{\"items\":[{\"id\":\"a\",\"future\":{\"k\":1,\"k\":2}}]}",
        "{\"items\":[{\"id\":\"a\",\"inbound_parameters\":{\"caller_num\":\"DEFAULT\",\"caller_num\":\"DEFAULT\"}}]}",
        "{\"items\":[{\"name\":\"no id\"}]}")) {
      assertThatThrownBy(() -> PbxNeutralListReader.READER.readValue(bad)).as(bad)
          .isInstanceOf(JsonProcessingException.class);
    }
  }
}
