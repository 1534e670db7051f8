package io.trunkline.cli;

import io.trunkline.core.Paged;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.CallBarring;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.Template;
import io.trunkline.core.spi.Json;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The listings beside trunks: caller IDs, proxies, templates, call barrings. */
final class ListingCommands {
  private ListingCommands() {}

  /** Lists one kind of item of one account: what differs per kind is its noun, its call and its columns. */
  abstract static class Listing<T> extends ProviderCommand {
    @Mixin
    LimitOption limit;

    private final String noun;
    private final Function<TrunkProvider, Paged<T>> fetch;
    private final Function<Format, List<Column<T>>> columns;

    Listing(String noun, Function<TrunkProvider, Paged<T>> fetch, Function<Format, List<Column<T>>> columns) {
      this.noun = noun;
      this.fetch = fetch;
      this.columns = columns;
    }

    @Override
    int execute() throws Exception {
      limit.value();
      return withProvider(p -> {
        List<T> items = limit.apply(fetch.apply(p)).toList();
        output.printer(ctx).list(noun, items, columns.apply(output.format), item -> Json.mapper().valueToTree(item));
      });
    }
  }

  @Command(name = "caller-ids", sortOptions = false,
      description = "List the caller IDs (presentation numbers) the account may use.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline caller-ids --provider channel --base-url https://channel.example.com \\",
          "      --api-key ... --setting account-id=ACCOUNT-UUID --output json"})
  static final class CallerIds extends Listing<CallerId> {
    CallerIds() {
      super("caller IDs", TrunkProvider::callerIds, Views::callerIdColumns);
    }
  }

  @Command(name = "proxies", sortOptions = false,
      description = "List the outbound proxies a trunk can use.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline proxies --provider channel --base-url https://channel.example.com \\",
          "      --api-key ... --setting account-id=ACCOUNT-UUID"})
  static final class Proxies extends Listing<Proxy> {
    Proxies() {
      super("proxies", TrunkProvider::proxies, Views::proxyColumns);
    }
  }

  @Command(name = "templates", sortOptions = false,
      description = "List the trunk templates of the account.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline templates --provider channel --base-url https://channel.example.com \\",
          "      --api-key ... --setting account-id=ACCOUNT-UUID --output csv"})
  static final class Templates extends Listing<Template> {
    Templates() {
      super("templates", TrunkProvider::templates, Views::templateColumns);
    }
  }

  @Command(name = "call-barrings", sortOptions = false,
      description = "List the call-barring profiles: which destinations a trunk may not call.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline call-barrings --provider channel --base-url https://channel.example.com \\",
          "      --api-key ... --setting account-id=ACCOUNT-UUID --limit 10"})
  static final class CallBarrings extends Listing<CallBarring> {
    CallBarrings() {
      super("call barrings", TrunkProvider::callBarrings, Views::callBarringColumns);
    }
  }
}
