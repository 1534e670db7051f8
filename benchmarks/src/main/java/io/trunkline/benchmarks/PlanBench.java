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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
 * A second desired state, {@link #listedDesired()}, has the same mix but wants another {@code host} where the first
 * sets {@code maxChannels}: the listing carries every field it sets, so its plan reads nothing in full.
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
  private final DesiredState listedDesired;
  private final int trunks;
  /** Lists the accounts after the first, for {@link #listAtOnce}; started when first needed. */
  private ExecutorService listers;
  private int listerThreads;

  private PlanBench(int accountCount, int trunks, int serverThreads) {
    if (trunks <= 0 || trunks % PbxPages.PAGE_SIZE != 0) {
      throw new IllegalArgumentException("trunks must be a positive multiple of " + PbxPages.PAGE_SIZE);
    }
    this.trunks = trunks;
    Route route = route(PbxPages.of(trunks, PbxPages.Shape.SUMMARY), trunks);
    this.servers = new LoopbackServer[accountCount];
    DesiredState.Builder state = DesiredState.builder();
    DesiredState.Builder listedState = DesiredState.builder();
    try {
      for (int a = 0; a < accountCount; a++) {
        servers[a] = LoopbackServer.start("Bearer " + LoopbackServer.TOKEN, route, 0, serverThreads);
        String id = "pbx-" + (a + 1);
        providers.put(id, Sdk.open(servers[a].baseUrl()));
        AccountSpec account = AccountSpec.builder().id(id).provider("pbx").baseUrl(servers[a].baseUrl())
            .putCredentials("token", "env:BENCH_TOKEN").build();
        state.addAccounts(account);
        listedState.addAccounts(account);
        addTrunks(state, id, trunks, false);
        addTrunks(listedState, id, trunks, true);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    this.accounts = Accounts.of(providers, Map.of("BENCH_TOKEN", LoopbackServer.TOKEN));
    this.desired = state.build();
    this.listedDesired = listedState.build();
  }

  /** Starts the servers and opens the providers; close it to stop them. */
  static PlanBench start(int accounts, int trunks, int serverThreads) {
    return new PlanBench(accounts, trunks, serverThreads);
  }

  DesiredState desired() {
    return desired;
  }

  /** The same mix, every field it sets carried by the listing: its plan reads nothing in full. */
  DesiredState listedDesired() {
    return listedDesired;
  }

  /** {@code new Planner().plan(desired, accounts)}: what is measured. */
  Plan plan() {
    return new Planner().plan(desired, accounts);
  }

  /** The same with at most {@code concurrency} full reads, and accounts listed, at once (0: the default). */
  Plan plan(int concurrency) {
    return concurrency > 0 ? new Planner().concurrency(concurrency).plan(desired, accounts) : plan();
  }

  /** The plan of {@link #listedDesired()}, with {@code concurrency} as {@link #plan(int)} (0: the default). */
  Plan planListed(int concurrency) {
    Planner planner = new Planner();
    return (concurrency > 0 ? planner.concurrency(concurrency) : planner).plan(listedDesired, accounts);
  }

  /**
   * The threads a plan with {@code concurrency} (0: the planner's default) lists the accounts on: as many as
   * accounts, at most the concurrency (the caller's and one less of their own).
   */
  int listThreads(int concurrency) {
    return Math.min(servers.length, concurrency > 0 ? concurrency : Planner.DEFAULT_CONCURRENCY);
  }

  /**
   * Lists every account through the SDK at once on {@code threads} threads, as a plan does: the first account on
   * this thread, the others on {@code threads - 1} threads kept from run to run; the trunks listed.
   */
  long listAtOnce(int threads) {
    List<TrunkProvider> all = List.copyOf(providers.values());
    if (threads < 2 || all.size() < 2) {
      return list();
    }
    if (listers == null || listerThreads != threads) {
      if (listers != null) {
        listers.shutdownNow();
      }
      AtomicInteger started = new AtomicInteger();
      listers = Executors.newFixedThreadPool(threads - 1, r -> {
        Thread thread = new Thread(r, "bench-list-" + started.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
      listerThreads = threads;
    }
    List<Future<Long>> others = new ArrayList<>();
    for (TrunkProvider provider : all.subList(1, all.size())) {
      others.add(listers.submit(() -> Sdk.list(provider, t -> { })));
    }
    long n = Sdk.list(all.get(0), t -> { });
    try {
      for (Future<Long> other : others) {
        n += other.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    return n;
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

  /** With {@code listed}, another host where the other sets {@code maxChannels}. */
  private static void addTrunks(DesiredState.Builder state, String account, int trunks, boolean listed) {
    for (int i = 0; i < named(trunks); i++) {
      int port = i % 50 == 0 ? 5060 + 5061 - PbxPages.port(i) : PbxPages.port(i);
      boolean other = i % 50 == 25;
      DesiredTrunk.Builder t = DesiredTrunk.builder().account(account).name(PbxPages.name(i))
          .host(other && listed ? "moved." + PbxPages.host(i) : PbxPages.host(i)).port(port)
          .numbers(PbxPages.numbers(i));
      if (other && !listed) {
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
    if (listers != null) {
      listers.shutdownNow();
    }
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
