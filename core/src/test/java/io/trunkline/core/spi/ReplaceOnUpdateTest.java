package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkUpdate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A vendor whose update replaces the whole trunk: the adapter gets the trunk the kit read, refusals come early. */
class ReplaceOnUpdateTest {
  static final TrunkFields FIELDS = TrunkFields.builder("whole").id("id", FieldRule.digits())
      .field(VendorField.text("label").neutral(NeutralField.NAME).check(FieldRule.length(1, 8)))
      .field(VendorField.text("auth").neutral(NeutralField.AUTH_MODE,
          Conversions.codesOr(AuthMode.OTHER, "IP_AUTH", AuthMode.IP, "REGISTER", AuthMode.CREDENTIALS)))
      .field(VendorField.text("status").readOnly())
      .field(VendorField.text("kind").createOnly())
      .replaceOnUpdate()
      .build();

  private final List<String> calls = new ArrayList<>();
  private SipTrunk stored = FIELDS.read(Json.object().put("id", 7).put("label", "a").put("auth", "REGISTER")
      .put("status", "pending"));
  private VendorBody sent;

  /** An adapter with get and update only. */
  final class Adapter implements TrunkAdapter {
    @Override
    public Object vendorClient() {
      return this;
    }

    @Override
    public SipTrunk get(String id) {
      calls.add("get " + id);
      return stored;
    }

    @Override
    public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
      calls.add("update " + id);
      sent = body;
      return stored;
    }
  }

  private final ProviderContext context = ProviderContext.builder(ProviderMetadata.builder().id("whole")
      .displayName("Whole").addCredentialKinds(Credentials.Kind.BEARER)
      .addCapabilities(Capability.GET, Capability.UPDATE).build(),
      ProviderConfig.builder().baseUrl("http://127.0.0.1:9").credentials(Credentials.bearer("t")).build()).build();
  private final KitTrunkProvider provider = new KitTrunkProvider(context, new Adapter(), FIELDS);

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void capabilities_areStillTheAdaptersMethods() {
    assertThat(KitTrunkProvider.capabilities(Adapter.class)).containsExactlyInAnyOrder(Capability.GET,
        Capability.UPDATE);
  }

  @Test
  void theAdaptersUpdate_getsTheTrunkTheKitRead_onItsBody() {
    provider.update("7", TrunkUpdate.builder().name("b").build());

    assertThat(calls).containsExactly("get 7", "update 7");
    assertThat(sent.replaces()).containsSame(stored);
    assertThat(sent.replaces().get().attributes()).containsEntry("status", TextNode.valueOf("pending"));
    assertThat(sent.get("label")).contains(TextNode.valueOf("b"));
    assertThat(FIELDS.updateBody(TrunkUpdate.builder().name("c").build()).replaces()).isEmpty();
  }

  @Test
  void refusalsThatNeedNoTrunk_comeBeforeTheRead() {
    assertThatThrownBy(() -> provider.update("7", TrunkUpdate.builder().name("far-too-long").build()))
        .isInstanceOf(TrunkValidationException.class).hasMessageStartingWith("name (label): must be 1 to 8");
    assertThatThrownBy(() -> provider.update("7", TrunkUpdate.builder()
        .putAttributes("kind", TextNode.valueOf("x")).build()))
        .isInstanceOf(TrunkValidationException.class).hasMessageContaining("cannot be changed after");
    assertThatThrownBy(() -> provider.update("7", TrunkUpdate.builder()
        .putAttributes("status", TextNode.valueOf("x")).build()))
        .isInstanceOf(TrunkValidationException.class).hasMessageContaining("cannot be sent");
    assertThat(calls).as("no request for an update refused on its own fields").isEmpty();
  }

  @Test
  void aCurrentValueItsConversionCannotWriteBack_isAValidationErrorNamingTheField() {
    stored = FIELDS.read(Json.object().put("id", 7).put("label", "a").put("auth", "CUSTOM"));
    assertThat(stored.authMode()).contains(AuthMode.OTHER);

    assertThatThrownBy(() -> provider.update("7", TrunkUpdate.builder().name("b").build()))
        .isInstanceOf(TrunkValidationException.class)
        .hasMessageStartingWith("authMode (auth): the trunk's current value cannot be sent back to whole")
        .hasMessageContaining("set it in this update");
    assertThat(calls).containsExactly("get 7");

    provider.update("7", TrunkUpdate.builder().name("b").authMode(AuthMode.IP).build());
    assertThat(Json.mapper().valueToTree(sent).toString()).isEqualTo("{\"label\":\"b\",\"auth\":\"IP_AUTH\"}");
  }
}
