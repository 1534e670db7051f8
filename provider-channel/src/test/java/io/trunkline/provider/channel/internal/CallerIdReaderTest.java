package io.trunkline.provider.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.trunkline.provider.channel.internal.ChannelAccount.ACCOUNT_PATH;
import static io.trunkline.provider.channel.internal.ChannelAccount.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.channel.ChannelCallerId;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.contract.WireMockVendor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The caller-ID listing's streaming reader ({@link CallerIdReader}): the typed client and the neutral provider read
 * every field of the same caller IDs the same way, from the documented bare array (streamed) and from a Hydra
 * collection (read as a tree); an answer or item that does not fit is refused after one request, never read short.
 */
class CallerIdReaderTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = ChannelAccount.wireMock();
  private final TrunkProvider provider = wm.provider();
  private final ChannelClient client = provider.unwrap(ChannelClient.class);

  private static final String PATH = ACCOUNT_PATH + "/siptrunk-channel-callerids";
  /** Every shape an item may take: each spelling of the number, extra fields of every JSON type, a JSON null. */
  private static final String ITEMS = "[{\"callerId\":\"+31207001100\"},"
      + "{\"caller_id\":\"+31207001101\"},"
      + "{\"label\":\"Support\",\"callerId\":\"+31207001102\",\"flags\":{\"default\":true,\"tags\":[\"a\",1]},"
      + "\"note\":null,\"weight\":2.5},"
      + "{\"callerId\":4921100000000}]";
  private static final String HYDRA = "{\"@type\":\"hydra:Collection\",\"hydra:totalItems\":4,\"hydra:member\":" + ITEMS
      + "}";

  private static Map<String, JsonNode> extra() {
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    extra.put("label", TextNode.valueOf("Support"));
    extra.put("flags", Json.object().put("default", true).set("tags", Json.mapper().createArrayNode().add("a").add(1)));
    extra.put("note", NullNode.getInstance());
    extra.put("weight", Json.mapper().getNodeFactory().numberNode(new java.math.BigDecimal("2.5")));
    return extra;
  }

  private static final List<ChannelCallerId> TYPED = List.of(
      ChannelCallerId.builder().callerId("+31207001100").build(),
      ChannelCallerId.builder().callerId("+31207001101").build(),
      ChannelCallerId.builder().callerId("+31207001102").putAllExtraFields(extra()).build(),
      ChannelCallerId.builder().callerId("4921100000000").build());

  private static final List<CallerId> NEUTRAL = TYPED.stream().map(c -> CallerId.builder().provider(ChannelClient.ID)
      .number(c.callerId()).putAllAttributes(c.extraFields()).build()).collect(Collectors.toList());

  private void answer(long offset, int limit, String body) {
    wm.server().stubFor(get(urlEqualTo(PATH + "?offset=" + offset + "&limit=" + limit))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)).willReturn(jsonResponse(body, 200)));
  }

  private List<String> requested() {
    return wm.requests().stream().map(LoggedRequest::getUrl).collect(Collectors.toList());
  }

  @Test
  void aBareArray_isReadFieldForField_theSameByTheTypedClientAndTheNeutralProvider() {
    answer(0, 100, ITEMS);
    answer(4, 100, "[]");

    List<ChannelCallerId> typed = client.callerIds().toList();
    List<String> typedRequests = requested();
    wm.server().resetRequests();
    List<CallerId> neutral = provider.callerIds().toList();

    assertThat(typed).containsExactlyElementsOf(TYPED);
    assertThat(typed.get(2).extraFields().keySet()).as("the vendor's order").containsExactly("label", "flags", "note",
        "weight");
    assertThat(neutral).containsExactlyElementsOf(NEUTRAL);
    assertThat(neutral).allSatisfy(c -> assertThat(c.id()).isEmpty()).allSatisfy(c -> assertThat(c.name()).isEmpty());
    assertThat(neutral.get(2).attributes().keySet()).containsExactly("label", "flags", "note", "weight");
    assertThat(typedRequests).containsExactly(PATH + "?offset=0&limit=100", PATH + "?offset=4&limit=100");
    assertThat(requested()).isEqualTo(typedRequests);
  }

  @Test
  void aHydraCollection_readAsATree_givesTheSameItemsAsTheStreamedArray() {
    answer(0, 100, HYDRA);

    List<ChannelCallerId> typed = client.callerIds().toList();
    List<CallerId> neutral = provider.callerIds().toList();

    assertThat(typed).containsExactlyElementsOf(TYPED);
    assertThat(neutral).containsExactlyElementsOf(NEUTRAL);
    assertThat(requested()).as("the total ends each listing").containsExactly(PATH + "?offset=0&limit=100",
        PATH + "?offset=0&limit=100");
  }

  @Test
  void oneBuilderPerPage_carriesNoFieldFromOneItemToTheNext() {
    answer(0, 2, "[{\"callerId\":\"+31207001100\",\"label\":\"a\"},{\"callerId\":\"+31207001101\"}]");
    answer(2, 2, "[{\"callerId\":\"+31207001102\"},{\"callerId\":\"+31207001103\",\"label\":\"d\"}]");
    answer(4, 2, "[]");

    List<CallerId> neutral = ((DefaultChannelClient) client).callerIds(2, () -> CallerIdReader.neutral(ChannelClient.ID))
        .toList();

    assertThat(neutral).extracting(CallerId::number).containsExactly("+31207001100", "+31207001101", "+31207001102",
        "+31207001103");
    assertThat(neutral).extracting(c -> c.attributes().get("label")).containsExactly(TextNode.valueOf("a"), null,
        null, TextNode.valueOf("d"));
    assertThat(neutral).extracting(CallerId::provider).containsOnly(ChannelClient.ID);
  }

  @Test
  void anItemThatDoesNotFit_isRefused_namingItAndTheField_afterOneRequest() {
    assertRefused("[{\"callerId\":\"+31207001100\"},{\"label\":\"x\"}]", "caller ID 2 has no 'callerId'");
    assertRefused("[{\"callerId\":\"+31207001100\",\"caller_id\":\"+31207001101\"}]",
        "caller ID 1 holds both 'callerId' and 'caller_id'");
    assertRefused("[{\"callerId\":null}]", "caller ID 1 has a JSON null as 'callerId' where a string was expected");
    assertRefused("[{\"callerId\":{\"number\":\"+31207001100\"}}]",
        "caller ID 1 has an object as 'callerId' where a string was expected");
    assertRefused("[\"+31207001100\"]", "caller ID 1 is a string where an object was expected");
    assertRefused("{\"hydra:member\":[{\"callerId\":\"+31207001100\"},{}]}", "caller ID 2 has no 'callerId'");
    assertRefused("[{\"callerId\":\"+31207001100\",\"callerId\":\"+31207001101\"}]", "Duplicate field 'callerId'");
  }

  @Test
  void anAnswerThatIsNoList_isRefused() {
    assertRefused("null", "the vendor answered 200 with JSON null where a list was expected");
    assertRefused("\"+31207001100\"", "the vendor answered 200 with JSON string where a list was expected");
    assertRefused("{\"callerIds\":[]}", "the vendor answered 200 with JSON object where a list was expected");
    assertRefused("", "could not read the vendor's answer");
    assertRefused("[{\"callerId\":\"+31207001100\"}] []", "Trailing token");
  }

  @Test
  void aBlankBodyOfAnotherType_isAnEmptyBody_andAnyOtherBodyOfAnotherTypeIsRefused() {
    wm.server().stubFor(get(urlEqualTo(PATH + "?offset=0&limit=100")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain").withBody("  ")));
    assertRefused(() -> client.callerIds().toList(), "the vendor answered 200 with an empty body where a list was"
        + " expected");

    wm.server().stubFor(get(urlEqualTo(PATH + "?offset=0&limit=100")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>Login</html>")));
    assertRefused(() -> provider.callerIds().toList(), "a body of type text/html where JSON was expected");
  }

  @Test
  void theVendorsErrorBodyUnderA200_isItsError_notAPage() {
    answer(0, 100, wm.payload("error-channel-does-not-exist.json"));

    TrunkApiException typed = catchThrowableOfType(TrunkApiException.class, () -> client.callerIds().toList());
    TrunkApiException neutral = catchThrowableOfType(TrunkApiException.class, () -> provider.callerIds().toList());

    assertThat(typed.vendorMessage()).contains("Channel name does not exist");
    assertThat(neutral.vendorMessage()).contains("Channel name does not exist");
    assertThat(typed.failure().note()).hasValueSatisfying(n -> assertThat(n).contains("HTTP 200"));
  }

  private void assertRefused(String body, String message) {
    wm.server().resetAll();
    answer(0, 100, body);
    assertRefused(() -> client.callerIds().toList(), message);
    assertRefused(() -> provider.callerIds().toList(), message);
  }

  private void assertRefused(Supplier<?> listing, String message) {
    wm.server().resetRequests();
    TrunkResponseException e = catchThrowableOfType(TrunkResponseException.class, listing::get);
    assertThat(e).as("refused: %s", message).isNotNull();
    assertThat(e.getMessage()).contains(message).contains(PATH);
    assertThat(requested()).as("not retried, not read on").containsExactly(PATH + "?offset=0&limit=100");
  }
}
