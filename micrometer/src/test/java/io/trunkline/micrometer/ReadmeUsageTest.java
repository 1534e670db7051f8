package io.trunkline.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.testing.flex.FlexSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usage in micrometer/README.md is this class's, as written, and works against the flex simulator. */
class ReadmeUsageTest {
  private static final Path SOURCE =
      Paths.get("src", "test", "java", "io", "trunkline", "micrometer", "ReadmeUsageTest.java");

  /** The README's usage; {@code baseUrl} and {@code apiKey} are the reader's. */
  static Timer usage(String baseUrl, String apiKey) {
    // README:begin
    MeterRegistry registry = new SimpleMeterRegistry();          // or your Prometheus, OTLP, … registry
    TrunklineMetrics metrics = new TrunklineMetrics(registry);   // one may serve every provider

    ProviderConfig config = ProviderConfig.builder()
        .baseUrl(baseUrl)                                        // https://api.wavix.com, or a simulator's
        .credentials(Credentials.bearer(apiKey))
        .listener(metrics)
        .build();
    try (TrunkProvider flex = Trunkline.discover().open("flex", config)) {
      flex.list(TrunkQuery.all()).forEach(trunk -> System.out.println(trunk.id() + " " + trunk.name().orElse("")));
    }
    Timer listings = registry.get("trunkline.calls").tags("provider", "flex", "operation", "list").timer();
    // README:end
    return listings;
  }

  @Test
  void theReadmesUsage_isThisOne_andRecordsTheListing() throws Exception {
    try (FlexSimulator flex = new FlexSimulator()) {
      flex.start();
      flex.seedDemoData();
      Timer listings = usage(flex.baseUrl(), flex.config().credentials().secret().reveal());
      assertThat(listings.count()).isPositive();
    }

    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    String inTest = String.join("\n", source.subList(source.indexOf("    // README:begin") + 1,
        source.indexOf("    // README:end"))).replaceAll("(?m)^    ", "");
    String readme = Files.readString(Paths.get("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```java\n") + "```java\n".length();
    assertThat(readme.substring(start, readme.indexOf("```", start)).strip()).isEqualTo(inTest.strip());
  }
}
