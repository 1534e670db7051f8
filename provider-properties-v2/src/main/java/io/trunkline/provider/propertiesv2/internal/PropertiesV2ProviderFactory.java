package io.trunkline.provider.propertiesv2.internal;

import static io.trunkline.provider.propertiesv2.PropertiesV2Client.ACCOUNT_SID;
import static io.trunkline.provider.propertiesv2.PropertiesV2Client.DEFAULT_BASE_URL;
import static io.trunkline.provider.propertiesv2.PropertiesV2Client.ID;
import static io.trunkline.provider.propertiesv2.PropertiesV2Client.PROPERTY_SID;
import static io.trunkline.provider.propertiesv2.PropertiesV2Client.UPDATE_METHOD;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.Validate;
import io.trunkline.provider.propertiesv2.PropertiesV2Client;

/**
 * Not API: public only because ServiceLoader requires it; its package is not exported. The {@code properties-v2}
 * provider (Fone Dynamics' REST API v2, SIP trunks of one Property): open it with
 * {@code Trunkline.discover().open("properties-v2", config)}; its settings are named on {@link PropertiesV2Client},
 * its trunk fields are {@code metadata().trunkFields()}.
 */
public final class PropertiesV2ProviderFactory extends AdapterProviderFactory {
  /** For {@code ServiceLoader}. */
  public PropertiesV2ProviderFactory() {
    super(ID);
  }

  @Override
  protected ProviderMetadata.Builder metadataBuilder() {
    return ProviderMetadata.builder()
        .id(ID)
        .displayName("Fone Dynamics (REST API v2, Properties)")
        .defaultBaseUrl(DEFAULT_BASE_URL)
        .addCredentialKinds(Credentials.Kind.USER_PASSWORD)
        .addRequiredSettings(PROPERTY_SID)
        .addOptionalSettings(ACCOUNT_SID, UPDATE_METHOD)
        .documentation("https://www.fonedynamics.com/docs/rest-api/get-sip-trunks");
  }

  @Override
  protected TrunkFields declaration() {
    return PropertiesV2Fields.FIELDS;
  }

  @Override
  protected Class<? extends TrunkAdapter> adapterType() {
    return PropertiesV2Adapter.class;
  }

  @Override
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context.errorDecoder(PropertiesV2ErrorDecoder.INSTANCE);
  }

  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    ProviderConfig config = context.config();
    String user = config.credentials().name().orElseThrow();
    String accountSid = config.setting(ACCOUNT_SID).map(String::trim).orElse(user);
    if (!accountSid.equals(user)) {
      throw new TrunkConfigurationException("provider '" + ID + "': the setting '" + ACCOUNT_SID
          + "' differs from the credentials' user; Fone Dynamics authenticates with the account SID as the user");
    }
    String propertySid = context.setting(PROPERTY_SID).trim();
    try {
      Validate.pathSegment(PROPERTY_SID, propertySid);
    } catch (TrunkValidationException e) {
      throw new TrunkConfigurationException("provider '" + ID + "': the setting '" + PROPERTY_SID + "' " + e.rule());
    }
    UpdateMethod updateMethod = config.setting(UPDATE_METHOD)
        .map(value -> UpdateMethod.parse(UPDATE_METHOD, value))
        .orElse(UpdateMethod.PUT);
    return new PropertiesV2Adapter(new DefaultPropertiesV2Client(context.http(), accountSid, propertySid, updateMethod));
  }
}
