package io.trunkline.provider.propertiesv2;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.Validate;

/**
 * The {@code properties-v2} provider: Fone Dynamics' REST API v2, SIP trunks of one Property. Not API: public only
 * so that {@link java.util.ServiceLoader} finds it on the class path; open it with
 * {@code Trunkline.discover().open("properties-v2", config)}.
 *
 * <p>Credentials are {@link Credentials.Kind#USER_PASSWORD}: the account SID as the user and the account token as the
 * password (HTTP Basic). Settings: {@value #PROPERTY_SID} (required), {@value #ACCOUNT_SID} (optional; the
 * credentials' user is the account SID, so when set it must be the same), {@value #UPDATE_METHOD} ({@code PUT},
 * {@code PATCH} or {@code POST}; default {@code PUT}). Its trunk fields are {@code metadata().trunkFields()}.
 */
public final class PropertiesV2ProviderFactory extends AdapterProviderFactory {
  /** The provider id. */
  public static final String ID = "properties-v2";
  /** The vendor's public API host. */
  public static final String DEFAULT_BASE_URL = "https://api.fonedynamics.com";
  /** Setting: the {@code PropertySid} whose trunks are managed. Required. */
  public static final String PROPERTY_SID = "property-sid";
  /** Setting: the {@code AccountSid}; optional, must equal the credentials' user when set. */
  public static final String ACCOUNT_SID = "account-sid";
  /** Setting: the update verb, {@code PUT} (default), {@code PATCH} or {@code POST}. */
  public static final String UPDATE_METHOD = "update-method";

  /** For {@code ServiceLoader}. */
  public PropertiesV2ProviderFactory() {
    super(ProviderMetadata.builder()
        .id(ID)
        .displayName("Fone Dynamics (REST API v2, Properties)")
        .defaultBaseUrl(DEFAULT_BASE_URL)
        .addCredentialKinds(Credentials.Kind.USER_PASSWORD)
        .addRequiredSettings(PROPERTY_SID)
        .addOptionalSettings(ACCOUNT_SID, UPDATE_METHOD)
        .documentation("https://www.fonedynamics.com/docs/rest-api/get-sip-trunks"),
        PropertiesV2Fields.FIELDS, PropertiesV2Adapter.class);
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
    return new PropertiesV2Adapter(new PropertiesV2Client(context.http(), accountSid, propertySid, updateMethod));
  }
}
