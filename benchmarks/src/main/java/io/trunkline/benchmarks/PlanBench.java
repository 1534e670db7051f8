package io.trunkline.benchmarks;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.benchmarks.LoopbackServer.Answer;
import io.trunkline.benchmarks.LoopbackServer.Route;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.Transport;
import io.trunkline.plan.AccountSpec;
import io.trunkline.plan.Accounts;
import io.trunkline.plan.DesiredState;
import io.trunkline.plan.DesiredTrunk;
import io.trunkline.plan.Plan;
import io.trunkline.plan.Planner;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan measurement (issue 18): {@code accounts} PBX accounts, each its own loopback server holding
 * {@code trunks} trunks (the listing in summaries, pages of 100, as the PBX and its simulator list them; each trunk's
 * detail, {@code GET /api/providers/{id}}, in the full shape), and a desired state naming them by name:
 * <ul>
 *   <li>of each account's trunks, all but the last 1 % are named, with the {@code host}, {@code port} and
 *       {@code numbers} they have (what a listing carries): unchanged;</li>
 *   <li>every 50th of those ({@code i % 50 == 0}) wants another port: an update the listing shows;</li>
 *   <li>every 50th, offset by 25, also sets {@code maxChannels} (only the detail carries it), one more than it has:
 *       an update only a full read shows;</li>
 *   <li>1 % more trunks, not there yet: creates.</li>
 * </ul>
 * So each account has as many desired trunks as live ones. The last 1 % of live trunks are left alone (no pruning).
 */
final class PlanBench implements AutoCloseable {
  /** What a plan of this desired state must find, over all accounts. */
  record Expected(long creates, long updates, long unchanged, long detailReads) {
    long desired() {
      return creates + updates + unchanged;
    }
  }

  private final LoopbackServer[] servers;
  private final Map<String, TrunkProvider> providers = new LinkedHashMap<>();
  private final Accounts accounts;
  private final DesiredState desired;
  private final int trunks;

  private PlanBench(int accountCount, int trunks, int serverThreads) {
    if (trunks <= 0 || trunks % PbxPages.PAGE_SIZE != 0) {
      throw new IllegalArgumentException("trunks must be a positive multiple of " + PbxPages.PAGE_SIZE);
    }
    this.trunks = trunks;
    Route route = route(PbxPages.of(trunks, PbxPages.Shape.SUMMARY), trunks);
    this.servers = new LoopbackServer[accountCount];
    DesiredState.Builder state = DesiredState.builder();
    try {
      for (int a = 0; a < accountCount; a++) {
        servers[a] = LoopbackServer.start("Bearer " + LoopbackServer.TOKEN, route, 0, serverThreads);
        String id = "pbx-" + (a + 1);
        providers.put(id, Sdk.open(servers[a].baseUrl()));
        state.addAccounts(AccountSpec.builder().id(id).provider("pbx").baseUrl(servers[a].baseUrl())
            .putCredentials("token", "env:BENCH_TOKEN").build());
        addTrunks(state, id, trunks);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    this.accounts = Accounts.of(providers, Map.of("BENCH_TOKEN", LoopbackServer.TOKEN));
    this.desired = state.build();
  }

  /** Starts the servers and opens the providers; close it to stop them. */
  static PlanBench start(int accounts, int trunks, int serverThreads) {
    return new PlanBench(accounts, trunks, serverThreads);
  }

  DesiredState desired() {
    return desired;
  }

  /** {@code new Planner().plan(desired, accounts)}: what is measured. */
  Plan plan() {
    return new Planner().plan(desired, accounts);
  }

  /** The same with at most {@code concurrency} full reads at once per account. */
  Plan plan(int concurrency) {
    return new Planner().concurrency(concurrency).plan(desired, accounts);
  }

  /** Lists every account through the SDK, one after the other; the trunks listed. */
  long list() {
    long n = 0;
    for (TrunkProvider provider : providers.values()) {
      n += Sdk.list(provider, t -> { });
    }
    return n;
  }

  /** Requests answered by every account's server so far. */
  long requests() {
    long n = 0;
    for (LoopbackServer server : servers) {
      n += server.requests();
    }
    return n;
  }

  Expected expected() {
    long creates = 0;
    long updates = 0;
    long unchanged = 0;
    long detailOnly = 0;
    for (int i = 0; i < trunks; i++) {
      if (i >= named(trunks)) {
        creates++;
      } else if (i % 50 == 0) {
        updates++;
      } else if (i % 50 == 25) {
        updates++;
        detailOnly++;
      } else {
        unchanged++;
      }
    }
    int n = servers.length;
    return new Expected(creates * n, updates * n, unchanged * n, detailOnly * n);
  }

  /** The live trunks a desired trunk names: all but the last 1 %. */
  private static int named(int trunks) {
    return trunks - trunks / 100;
  }

  private static void addTrunks(DesiredState.Builder state, String account, int trunks) {
    for (int i = 0; i < named(trunks); i++) {
      int port = i % 50 == 0 ? 5060 + 5061 - PbxPages.port(i) : PbxPages.port(i);
      DesiredTrunk.Builder t = DesiredTrunk.builder().account(account).name(PbxPages.name(i))
          .host(PbxPages.host(i)).port(port).numbers(PbxPages.numbers(i));
      if (i % 50 == 25) {
        t.maxChannels(PbxPages.concurrency(i) + 1);
      }
      state.addTrunks(t.build());
    }
    for (int j = 0; j < trunks / 100; j++) {
      String host = "sip" + j + ".planned.example.net";
      state.addTrunks(DesiredTrunk.builder().account(account)
          .name(String.format(Locale.ROOT, "Planned %05d", j)).host(host).port(5060).transport(Transport.UDP)
          .maxChannels(30).numbers(List.of(Long.toString(4930555000L + j)))
          .putAttributes("outbound_server", TextNode.valueOf(host))
          .putAttributes("outbound_server_port", IntNode.valueOf(5060)).build());
    }
  }

  /** The PBX's listing (summaries) and each trunk's detail (the full shape). */
  private static Route route(PbxPages pages, int trunks) {
    Route list = LoopbackServer.pbx(pages);
    Map<String, byte[]> details = new HashMap<>();
    for (int i = 0; i < trunks; i++) {
      details.put("/api/providers/" + PbxPages.id(i), PbxPages.detail(i));
    }
    return (path, query) -> {
      byte[] detail = details.get(path);
      return detail != null ? Answer.ok(detail) : list.answer(path, query);
    };
  }

  @Override
  public void close() {
    if (accounts != null) {
      accounts.close();
    } else {
      providers.values().forEach(TrunkProvider::close);
    }
    for (LoopbackServer server : servers) {
      if (server != null) {
        server.close();
      }
    }
  }
}
