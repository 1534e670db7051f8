package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import java.util.List;
import org.junit.jupiter.api.Test;

class WantedTest {
  private final SipTrunk live = SipTrunk.builder().provider("pbx").id("7").name("Berlin").host("sip.example.net")
      .port(5060).transport(Transport.UDP).numbers(List.of("4930100", "4930200")).maxChannels(30).build();

  @Test
  void gives_theNameAlways_andEachFieldTheTrunkSets_thePasswordToo() {
    Wanted wanted = Wanted.of(DesiredTrunk.builder().account("a").name("Berlin").host("sip.example.net")
        .password("env:PW").numbers(List.of()).build());

    assertThat(wanted.given()).isEqualTo(Wanted.bit(NeutralField.NAME) | Wanted.bit(NeutralField.HOST)
        | Wanted.bit(NeutralField.PASSWORD) | Wanted.bit(NeutralField.NUMBERS));
    assertThat(wanted.gives(NeutralField.PORT)).isFalse();
    assertThat(wanted.gives(NeutralField.NUMBERS)).isTrue();
  }

  @Test
  void sameAsLive_comparesTyped_listsAsSets() {
    Wanted wanted = Wanted.of(DesiredTrunk.builder().account("a").name("Berlin").host("sip.example.net").port(5060)
        .transport(Transport.UDP).numbers(List.of("4930200", "4930100")).maxChannels(31).build());

    assertThat(wanted.sameAsLive(live, NeutralField.HOST)).isTrue();
    assertThat(wanted.sameAsLive(live, NeutralField.PORT)).isTrue();
    assertThat(wanted.sameAsLive(live, NeutralField.TRANSPORT)).isTrue();
    assertThat(wanted.sameAsLive(live, NeutralField.NUMBERS)).isTrue();
    assertThat(wanted.sameAsLive(live, NeutralField.MAX_CHANNELS)).isFalse();
  }

  @Test
  void sameAsLive_isFalse_forAFieldNotGiven_orTheLiveTrunkLacks() {
    Wanted wanted = Wanted.of(DesiredTrunk.builder().account("a").name("Berlin").username("u1").build());

    assertThat(wanted.sameAsLive(live, NeutralField.HOST)).isFalse();
    assertThat(wanted.sameAsLive(live, NeutralField.USERNAME)).isFalse();
    assertThat(wanted.sameAsLive(live, NeutralField.NAME)).isFalse();
  }

  @Test
  void asListed_isUnchanged_whenEveryFieldGivenHasTheListedValue_listsInAnyOrder() {
    DesiredTrunk same = DesiredTrunk.builder().account("a").name("Berlin").host("sip.example.net").port(5060)
        .password("env:PW").numbers(List.of("4930200", "4930100")).build();

    assertThat(Wanted.asListed(same, live, 0, 0, true)).isEqualTo(Wanted.UNCHANGED);
  }

  @Test
  void asListed_isCompare_whenAFieldDiffers() {
    DesiredTrunk port = DesiredTrunk.builder().account("a").name("Berlin").host("sip.example.net").port(5061).build();

    assertThat(Wanted.asListed(port, live, 0, 0, true)).isEqualTo(Wanted.COMPARE);
  }

  @Test
  void asListed_isRead_whenTheListingLacksAFieldGiven_orRequiredOnUpdate_unlessTheVendorCannotRead() {
    DesiredTrunk callerId = DesiredTrunk.builder().account("a").name("Berlin").callerId("4930100").build();
    DesiredTrunk host = DesiredTrunk.builder().account("a").name("Berlin").host("sip.example.net").build();
    int username = Wanted.bit(NeutralField.USERNAME);

    assertThat(Wanted.asListed(callerId, live, 0, 0, true)).isEqualTo(Wanted.READ);
    assertThat(Wanted.asListed(callerId, live, 0, 0, false)).isEqualTo(Wanted.COMPARE);
    assertThat(Wanted.asListed(host, live, username, 0, true)).isEqualTo(Wanted.READ);
    assertThat(Wanted.asListed(host, live, 0, 0, true)).isEqualTo(Wanted.UNCHANGED);
  }

  @Test
  void asListed_readsNothing_forAFieldTheVendorIgnoresOnUpdate_andLeavesItToTheComparison() {
    DesiredTrunk callerId = DesiredTrunk.builder().account("a").name("Berlin").callerId("4930100").build();

    assertThat(Wanted.asListed(callerId, live, 0, Wanted.bit(NeutralField.CALLER_ID), true))
        .isEqualTo(Wanted.COMPARE);
  }
}
