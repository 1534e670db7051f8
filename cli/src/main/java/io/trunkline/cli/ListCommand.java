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
    description = {"List the trunks of one account.", "Pages are requested only as they are needed; --limit stops early."},
    footerHeading = "%nExample:%n",
    footer = {"  export TRUNKLINE_TOKEN=...",
        "  trunkline list --provider pbx --base-url https://pbx.example.com:8887 --limit 20",
        "  trunkline list --provider flex --state active --output csv > trunks.csv"})
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
      output.printer(ctx).list("trunks", trunks, Views.trunkColumns(output.format), Views::trunkJson);
    });
  }
}
