package io.trunkline.cli;

import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkState;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false,
    description = {"List the trunks of one account.", "Pages are requested only as they are needed; --limit stops early.",
        "",
        "A vendor's listing may leave fields out that 'get' has (the PBX's has no auth mode or transport, Wavix's no "
        + "host): a '-' in the table is a field the listing did not carry, or one the trunk does not have. --full reads "
        + "each listed trunk with 'get' instead, one more call per trunk, so every column has what 'get' has."},
    footerHeading = "%nExample:%n",
    footer = {"  export TRUNKLINE_TOKEN=...",
        "  trunkline list --provider pbx --base-url https://pbx.example.com:8887 --limit 20",
        "  trunkline list --provider flex --state active --output csv > trunks.csv",
        "  trunkline list --provider pbx --base-url https://pbx.example.com:8887 --full --limit 5"})
final class ListCommand extends ProviderCommand {
  @Mixin
  LimitOption limit;

  @Option(names = "--name", order = 12, paramLabel = "TEXT", description = "Only trunks whose name contains TEXT (any case).")
  String name;

  @Option(names = "--state", order = 13, paramLabel = "STATE",
      description = "Only trunks in this state: ${COMPLETION-CANDIDATES}.")
  TrunkState state;

  @Option(names = "--auth-mode", order = 14, paramLabel = "MODE",
      description = "Only trunks with this auth mode: ${COMPLETION-CANDIDATES}.")
  AuthMode authMode;

  @Option(names = "--page-size", order = 15, paramLabel = "N", description = "Trunks per request (default: the provider's).")
  Integer pageSize;

  @Option(names = "--full", order = 16,
      description = "Read each listed trunk with 'get' (one call per trunk): every field 'get' has, also those the "
          + "vendor's listing leaves out.")
  boolean full;

  @Override
  int execute() throws Exception {
    TrunkQuery query;
    try {
      query = TrunkQuery.builder()
          .name(Optional.ofNullable(name))
          .state(Optional.ofNullable(state))
          .authMode(Optional.ofNullable(authMode))
          .pageSize(Optional.ofNullable(pageSize))
          .limit(Optional.ofNullable(limit.value()))
          .build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage().replace("pageSize", "--page-size"), e);
    }
    return withProvider(p -> {
      List<SipTrunk> trunks = limit.apply(p.list(query)).toList();
      if (full) {
        trunks = trunks.stream().map(t -> p.get(t.id())).toList();
      }
      output.printer(ctx).list("trunks", trunks, Views.trunkColumns(output.format), Views::trunkJson);
    });
  }
}
