package io.trunkline.cli;

import io.trunkline.core.Paged;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.spi.Json;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The listings beside trunks: caller IDs, proxies, templates, call barrings. */
final class ListingCommands {
  private ListingCommands() {}

  /** Lists one kind of item of one account. */
  abstract static class Listing<T> extends CliCommand {
    @Mixin
    ProviderOptions provider;

    @Mixin
    OutputOptions output;

    @Mixin
    LimitOption limit;

    abstract String noun();

    abstract Paged<T> fetch(TrunkProvider provider);

    abstract List<Column<T>> columns(Format format);

    @Override
    int execute() {
      limit.value();
      try (TrunkProvider p = provider.open(ctx)) {
        List<T> items = limit.apply(fetch(p)).toList();
        Function<T, com.fasterxml.jackson.databind.JsonNode> json = item -> Json.mapper().valueToTree(item);
        output.printer(ctx).list(noun(), items, columns(output.format), json);
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "caller-ids", sortOptions = false,
      description = "List the caller IDs (presentation numbers) the account may use.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline caller-ids --provider channel --base-url https://channel.example.com \\",
          "      --api-key ... --setting account-id=123 --output json"})
  static final class CallerIds extends Listing<io.trunkline.core.model.CallerId> {
    @Override
    String noun() {
      return "caller IDs";
    }

    @Override
    Paged<io.trunkline.core.model.CallerId> fetch(TrunkProvider provider) {
      return provider.callerIds();
    }

    @Override
    List<Column<io.trunkline.core.model.CallerId>> columns(Format format) {
      return Views.callerIdColumns(format);
    }
  }

  @Command(name = "proxies", sortOptions = false,
      description = "List the outbound proxies a trunk can use.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline proxies --provider channel --base-url https://channel.example.com \\",
          "      --api-key ... --setting account-id=123"})
  static final class Proxies extends Listing<io.trunkline.core.model.Proxy> {
    @Override
    String noun() {
      return "proxies";
    }

    @Override
    Paged<io.trunkline.core.model.Proxy> fetch(TrunkProvider provider) {
      return provider.proxies();
    }

    @Override
    List<Column<io.trunkline.core.model.Proxy>> columns(Format format) {
      return Views.proxyColumns(format);
    }
  }

  @Command(name = "templates", sortOptions = false,
      description = "List the trunk templates of the account.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline templates --provider channel --base-url https://channel.example.com \\",
          "      --api-key ... --setting account-id=123 --output csv"})
  static final class Templates extends Listing<io.trunkline.core.model.Template> {
    @Override
    String noun() {
      return "templates";
    }

    @Override
    Paged<io.trunkline.core.model.Template> fetch(TrunkProvider provider) {
      return provider.templates();
    }

    @Override
    List<Column<io.trunkline.core.model.Template>> columns(Format format) {
      return Views.templateColumns(format);
    }
  }

  @Command(name = "call-barrings", sortOptions = false,
      description = "List the call-barring profiles: which destinations a trunk may not call.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline call-barrings --provider flex --limit 10"})
  static final class CallBarrings extends Listing<io.trunkline.core.model.CallBarring> {
    @Override
    String noun() {
      return "call barrings";
    }

    @Override
    Paged<io.trunkline.core.model.CallBarring> fetch(TrunkProvider provider) {
      return provider.callBarrings();
    }

    @Override
    List<Column<io.trunkline.core.model.CallBarring>> columns(Format format) {
      return Views.callBarringColumns(format);
    }
  }
}
