package io.trunkline.provider.propertiesv2.modulepath;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.provider.propertiesv2.PropertiesV2Client;
import io.trunkline.provider.propertiesv2.SipTrunkCredentials;
import io.trunkline.provider.propertiesv2.SipTrunkSummary;

/**
 * The fork of {@code PropertiesV2ModulePathTest}, on the class path (a package of no module) while the provider,
 * core and Jackson are on the module path: prints what a user of the module sees, one fact a line.
 */
public final class ModulePathMain {
  private ModulePathMain() {}

  public static void main(String[] args) throws Exception {
    Module module = PropertiesV2Client.class.getModule();
    System.out.println("module " + module.getName() + " exports internal "
        + module.isExported(PropertiesV2Client.class.getPackageName() + ".internal"));
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module());
    SipTrunkSummary summary = mapper.readValue("{\"SipTrunkSid\":\"S\",\"Created\":1767225600,"
        + "\"Type\":\"Authenticated\",\"ProvisioningState\":2}", SipTrunkSummary.class);
    System.out.println("read " + summary);
    System.out.println("written " + mapper.writeValueAsString(summary));
    System.out.println("credentials " + mapper.readValue("{\"Realm\":\"r\",\"Password\":\"\"}",
        SipTrunkCredentials.class));
    try (TrunkProvider provider = Trunkline.discover().open(PropertiesV2Client.ID, ProviderConfig.builder()
        .credentials(Credentials.userPassword("AC1", Secret.of("t")))
        .putSettings(PropertiesV2Client.PROPERTY_SID, "PR1").build())) {
      PropertiesV2Client client = provider.unwrap(PropertiesV2Client.class);
      System.out.println("client " + client.propertySid() + " " + client.updateMethod() + " in "
          + client.getClass().getPackageName());
    }
  }
}
