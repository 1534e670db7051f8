package io.trunkline.contract.toy;

import io.trunkline.core.*;
import io.trunkline.core.model.*;
import io.trunkline.core.spi.*;

/** The smallest provider there is: a field declaration and an adapter on core's provider kit. */
public final class ToyProviderFactory extends AdapterProviderFactory {
  static final TrunkFields FIELDS = TrunkFields.builder("toy").id("id", FieldRule.digits())
      .field(VendorField.text("name").neutral(NeutralField.NAME).requiredOnCreate().check(FieldRule.length(1, 64)))
      .field(VendorField.text("password").neutral(NeutralField.PASSWORD)).build();

  public ToyProviderFactory() {
    super(ProviderMetadata.builder().id("toy").displayName("Toy vendor").addCredentialKinds(Credentials.Kind.BEARER),
        FIELDS, Toy.class);
  }

  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    return new Toy(context.http());
  }

  /** The toy vendor's calls: trunks under {@code /v1/trunks}, offset paging. */
  static final class Toy implements TrunkAdapter {
    private final HttpEngine http;

    Toy(HttpEngine http) {
      this.http = http;
    }

    @Override
    public HttpEngine vendorClient() {
      return http;
    }

    @Override
    public Paged<SipTrunk> list(TrunkQuery query) {
      return Paging.byOffset(query.pageSize().orElse(2), (offset, size) -> http.execute(ApiRequest.get("/v1/trunks")
          .query("offset", offset).query("limit", size).build(), FIELDS.page("items", "/total")));
    }

    @Override
    public SipTrunk get(String id) {
      return http.execute(ApiRequest.get("/v1/trunks").segment("id", id).build(), FIELDS.item());
    }

    @Override
    public SipTrunk create(VendorBody body, TrunkSpec spec) {
      return http.execute(ApiRequest.post("/v1/trunks").body(body).build(), FIELDS.item());
    }

    @Override
    public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
      return http.execute(ApiRequest.put("/v1/trunks").segment("id", id).body(body).build(), FIELDS.item());
    }

    @Override
    public void delete(String id) {
      http.execute(ApiRequest.delete("/v1/trunks").segment("id", id).build());
    }
  }
}
