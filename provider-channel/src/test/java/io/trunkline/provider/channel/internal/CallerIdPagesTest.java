package io.trunkline.provider.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.trunkline.provider.channel.internal.ChannelAccount.ACCOUNT_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.contract.WireMockVendor;
import io.trunkline.core.Paged;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.CallerId;
import io.trunkline.provider.channel.ChannelCallerId;
import io.trunkline.provider.channel.ChannelClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The caller-ID pages bound once to their reader ({@link CallerIdReader.Pages}): one listing read again, or on
 * several threads at once, reads the same items; the neutral builder kept from item to item carries no field from
 * one caller ID to the next; and the declared type is judged JSON exactly as its lower-case form would be.
 */
class CallerIdPagesTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = ChannelAccount.wireMock();
  private final TrunkProvider provider = wm.provider();
  private final ChannelClient client = provider.unwrap(ChannelClient.class);

  private static final String PATH = ACCOUNT_PATH + "/siptrunk-channel-callerids";

  private void answer(long offset, int limit, String body) {
    wm.server().stubFor(get(urlEqualTo(PATH + "?offset=" + offset + "&limit=" + limit))
        .willReturn(jsonResponse(body, 200)));
  }

  private List<String> requested() {
    return wm.requests().stream().map(LoggedRequest::getUrl).collect(Collectors.toList());
  }

  @Test
  void theNeutralBuilder_keepsTheProvider_andClearsEveryExtraFieldAfterTheItemThatHadIt() {
    answer(0, 100, "[{\"callerId\":\"+31207001100\",\"label\":\"a\"},"
        + "{\"callerId\":\"+31207001101\",\"weight\":2},"
        + "{\"callerId\":\"+31207001102\"},"
        + "{\"callerId\":\"+31207001103\",\"label\":\"d\",\"weight\":4}]");
    answer(4, 100, "[]");

    List<CallerId> ids = provider.callerIds().toList();

    assertThat(ids).containsExactly(
        CallerId.builder().provider("channel").number("+31207001100").putAttributes("label", TextNode.valueOf("a"))
            .build(),
        CallerId.builder().provider("channel").number("+31207001101").putAttributes("weight", IntNode.valueOf(2))
            .build(),
        CallerId.builder().provider("channel").number("+31207001102").build(),
        CallerId.builder().provider("channel").number("+31207001103").putAttributes("label", TextNode.valueOf("d"))
            .putAttributes("weight", IntNode.valueOf(4)).build());
    assertThat(ids.get(2).attributes()).isEmpty();
    assertThat(ids.get(3).attributes().keySet()).containsExactly("label", "weight");
    assertThat(ids.get(2).toString()).isEqualTo("CallerId{provider=channel, number=+31207001102, attributes={}}");
  }

  @Test
  void oneListing_readAgainAndOnSeveralThreadsAtOnce_readsTheSameItemsEachTime() throws Exception {
    answer(0, 2, "[{\"callerId\":\"+31207001100\"},{\"callerId\":\"+31207001101\",\"label\":\"b\"}]");
    answer(2, 2, "[{\"callerId\":\"+31207001102\",\"label\":\"c\"},{\"callerId\":\"+31207001103\"}]");
    answer(4, 2, "[{\"callerId\":\"+31207001104\"}]");
    answer(5, 2, "[]");
    Paged<CallerId> listing = ((DefaultChannelClient) client)
        .callerIds(CallerIdReader.pages(() -> CallerIdReader.neutral(ChannelClient.ID), 2));

    List<CallerId> first = listing.toList();
    List<CallerId> again = listing.toList();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<List<CallerId>>> atOnce;
    try {
      Callable<List<CallerId>> read = listing::toList;
      atOnce = threads.invokeAll(List.of(read, read, read, read, read, read, read, read));
    } finally {
      threads.shutdown();
    }

    assertThat(first).extracting(CallerId::number).containsExactly("+31207001100", "+31207001101", "+31207001102",
        "+31207001103", "+31207001104");
    assertThat(first).extracting(c -> c.attributes().get("label")).containsExactly(null, TextNode.valueOf("b"),
        TextNode.valueOf("c"), null, null);
    assertThat(again).isEqualTo(first);
    for (Future<List<CallerId>> read : atOnce) {
      assertThat(read.get()).isEqualTo(first);
    }
    assertThat(requested()).hasSize(4 * 10);
  }

  @Test
  void theTypedClientsPages_ofAnySize_readWhatTheyAskFor() {
    answer(0, 3, "[{\"callerId\":\"+31207001100\"},{\"callerId\":\"+31207001101\"},{\"callerId\":\"+31207001102\"}]");
    answer(3, 3, "[]");

    List<ChannelCallerId> ids = client.callerIds(3).toList();

    assertThat(ids).extracting(ChannelCallerId::callerId).containsExactly("+31207001100", "+31207001101",
        "+31207001102");
    assertThat(requested()).containsExactly(PATH + "?offset=0&limit=3", PATH + "?offset=3&limit=3");
  }

  @Test
  void aDeclaredTypeNamingJsonInAnyLetterCase_isReadAsJson() {
    wm.server().stubFor(get(urlEqualTo(PATH + "?offset=0&limit=100")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "Application/LD+JSON; Charset=UTF-8").withBody("[{\"callerId\":\"+31207001100\"}]")));
    answer(1, 100, "[]");

    assertThat(provider.callerIds().toList()).extracting(CallerId::number).containsExactly("+31207001100");
  }

  @Test
  void namesJson_saysWhatTheLowerCaseFormContainingJsonSays() {
    Map<String, Boolean> expected = Map.ofEntries(
        Map.entry("application/json", true),
        Map.entry("application/json; charset=utf-8", true),
        Map.entry("APPLICATION/JSON", true),
        Map.entry("application/hal+Json", true),
        Map.entry("application/vnd.api+jSoN;v=2", true),
        Map.entry("json", true),
        Map.entry("text/plain", false),
        Map.entry("text/html; charset=utf-8", false),
        Map.entry("application/jso", false),
        Map.entry("application/js on", false),
        Map.entry("jso", false),
        Map.entry("", false),
        // U+017F (long s) upper-cases to S, but lower-cases to itself: not "json"
        Map.entry("application/j\u017Fon", false),
        // U+0130 (capital I with dot) lower-cases to two characters
        Map.entry("\u0130json", true),
        Map.entry("\u0130\u0130js\u0130on", false));

    expected.forEach((type, json) -> {
      assertThat(DefaultChannelClient.namesJson(type)).as(type).isEqualTo(json);
      assertThat(type.toLowerCase(Locale.ROOT).contains("json")).as("the rule it stands for, %s", type)
          .isEqualTo(json);
    });
  }
}
