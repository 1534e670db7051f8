package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Neutral fields read from elsewhere than their own vendor field: from a read-only vendor field
 * ({@link VendorField#readAs}), and from a fallback field when their own is absent ({@link VendorField#fallbackFor}),
 * alike by the tree reader and the streaming page reader, whatever the order of the keys.
 */
class DerivedNeutralFieldsTest {
  /** {@code dynamic} registers by digest; an address authenticates by IP; an empty host says nothing. */
  private static final Conversion<AuthMode> BY_HOST = new Conversion<>() {
    @Override
    public AuthMode read(JsonNode value) {
      return value.asText().isEmpty() ? null
          : value.asText().equals("dynamic") ? AuthMode.CREDENTIALS : AuthMode.IP;
    }

    @Override
    public JsonNode write(AuthMode value) {
      throw new IllegalArgumentException("not written");
    }
  };

  static final TrunkFields FIELDS = TrunkFields.builder("demo").id("id")
      .field(VendorField.text("label").neutral(NeutralField.NAME))
      .field(VendorField.text("host").neutral(NeutralField.HOST).fallbackFor(NeutralField.AUTH_MODE, BY_HOST))
      .field(VendorField.text("auth").neutral(NeutralField.AUTH_MODE,
          Conversions.codesOr(AuthMode.OTHER, "digest", AuthMode.CREDENTIALS, "ip", AuthMode.IP)))
      .field(VendorField.text("login").readAs(NeutralField.USERNAME).describe("the SIP login the vendor generates"))
      .build();

  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  /** The trunk read from {@code json} by the tree reader, checked to be what the streaming page reader reads. */
  private SipTrunk read(String json) throws Exception {
    SipTrunk fromTree = FIELDS.read(Json.mapper().readTree(json));
    fx.server.stubFor(get("/p").willReturn(aResponse().withStatus(200).withBody("{\"items\":[" + json + "]}")));
    Paging.Chunk<SipTrunk> page = fx.engine().execute(ApiRequest.get("/p").build(), FIELDS.page("items", null));
    assertThat(page.items).as("streamed").containsExactly(fromTree);
    return fromTree;
  }

  @Test
  void aReadOnlyField_readAsANeutralField_isNotKeptInTheAttributes() throws Exception {
    SipTrunk trunk = read("{\"id\":1,\"login\":\"32882\",\"region\":\"eu\"}");

    assertThat(trunk).isEqualTo(SipTrunk.builder().provider("demo").id("1").username("32882")
        .putAttributes("region", TextNode.valueOf("eu")).build());
    assertThat(read("{\"id\":1,\"login\":null}").username()).as("null is not reported").isEmpty();
    assertThat(read("{\"id\":1,\"login\":null}").attributes()).isEmpty();
  }

  @Test
  void theNeutralFieldReadFromAReadOnlyField_staysRefused_andItsRequirementSaysSo() {
    assertThatThrownBy(() -> FIELDS.createBody(TrunkSpec.builder().name("n").username("me").build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("username"))
        .hasMessageContaining("is set by demo (read from its 'login') and cannot be sent");
    assertThatThrownBy(() -> FIELDS.updateBody(TrunkUpdate.builder().username("me").build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("username"));
    assertThatThrownBy(() -> FIELDS.createBody(TrunkSpec.builder().name("n")
        .putAttributes("login", TextNode.valueOf("me")).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class,
            e -> assertThat(e.field()).isEqualTo("attributes.login"));

    List<FieldRequirement> rows = FIELDS.requirements();
    assertThat(rows).filteredOn(r -> r.neutralField().equals(Optional.of(NeutralField.USERNAME))).singleElement()
        .satisfies(r -> {
          assertThat(r.vendorField()).as("the vendor has no field to write it").isEmpty();
          assertThat(r.onCreate()).isEqualTo(Requirement.REFUSED);
          assertThat(r.onUpdate()).isEqualTo(Requirement.REFUSED);
          assertThat(r.readOnly()).isTrue();
          assertThat(r.description()).contains("read from demo's 'login': the SIP login the vendor generates");
        });
    assertThat(rows).filteredOn(r -> r.vendorField().equals(Optional.of("login"))).singleElement()
        .satisfies(r -> {
          assertThat(r.neutralField()).as("one row per neutral field: the username's is above").isEmpty();
          assertThat(r.onCreate()).isEqualTo(Requirement.REFUSED);
          assertThat(r.readOnly()).isTrue();
        });
  }

  @Test
  void aFallbackField_setsTheNeutralField_onlyWhenItsOwnFieldIsAbsentOrNull_inAnyKeyOrder() throws Exception {
    assertThat(read("{\"id\":1,\"host\":\"dynamic\"}").authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(read("{\"id\":1,\"host\":\"203.0.113.10\"}").authMode()).contains(AuthMode.IP);
    assertThat(read("{\"id\":1,\"host\":\"dynamic\",\"auth\":null}").authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(read("{\"auth\":null,\"id\":1,\"host\":\"dynamic\"}").authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(read("{\"id\":1,\"host\":\"\"}").authMode()).as("an empty host says nothing").isEmpty();

    assertThat(read("{\"id\":1,\"host\":\"dynamic\",\"auth\":\"ip\"}").authMode()).as("own field after")
        .contains(AuthMode.IP);
    assertThat(read("{\"id\":1,\"auth\":\"ip\",\"host\":\"dynamic\"}").authMode()).as("own field before")
        .contains(AuthMode.IP);
    SipTrunk other = read("{\"id\":1,\"auth\":\"kerberos\",\"host\":\"dynamic\"}");
    assertThat(other.authMode()).as("an unknown own value is still the own value").contains(AuthMode.OTHER);
    assertThat(other.attributes()).containsEntry("auth", TextNode.valueOf("kerberos"));
    assertThat(read("{\"id\":1,\"host\":\"dynamic\"}").host()).as("the field itself is read too")
        .contains("dynamic");
  }

  @Test
  void declarationsThatContradictThemselves_areRefused() {
    assertThatThrownBy(() -> VendorField.text("x").readAs(NeutralField.STATE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VendorField.text("x").neutral(NeutralField.NAME).readAs(NeutralField.USERNAME))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrunkFields.builder("demo").field(VendorField.text("a").neutral(NeutralField.USERNAME))
        .field(VendorField.text("b").readAs(NeutralField.USERNAME)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("also reads it from 'b'");
  }
}
