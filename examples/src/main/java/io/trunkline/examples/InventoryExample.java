package io.trunkline.examples;

import io.trunkline.core.Capability;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.testing.VendorSimulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;

/**
 * Inventory across accounts: every account read at once, in parallel, on one shared {@link OkHttpClient}; an
 * account that fails is reported and does not stop the others.
 *
 * <p>Run: {@code mvn -q -pl examples exec:java -Dexec.mainClass=io.trunkline.examples.InventoryExample}
 * (optionally {@code -Dexec.args="pbx flex"} to choose the providers; default: every vendor with a simulator).
 */
public final class InventoryExample {
  private InventoryExample() {}

  public static void main(String[] args) {
    run(args, System.out);
  }

  /**
   * Lists every account's trunks on {@code out}; throws {@link ExampleFailedException} at the end when an account
   * failed (after printing the others), so the run exits non-zero.
   */
  static void run(String[] args, java.io.PrintStream out) {
    List<String> providers = args.length > 0 ? List.of(args) : everySimulatedProvider();

    // One client for every account: one connection pool, one set of threads. Each provider derives its own
    // client from it (timeouts, no silent retries) and never closes it: we do, at the end.
    OkHttpClient shared = new OkHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(providers.size(), 8)));
    try {
      // Start every account's listing at once; each future ends with its trunks or its failure.
      Map<String, CompletableFuture<List<SipTrunk>>> running = new LinkedHashMap<>();
      for (String id : providers) {
        running.put(id, CompletableFuture.supplyAsync(() -> trunksOf(id, shared), pool));
      }

      int total = 0;
      int failed = 0;
      for (Map.Entry<String, CompletableFuture<List<SipTrunk>>> account : running.entrySet()) {
        try {
          List<SipTrunk> trunks = account.getValue().join();
          if (trunks == null) {
            out.printf("%s: its API cannot list trunks%n", account.getKey());
            continue;
          }
          total += trunks.size();
          out.printf("%s: %d trunks%n", account.getKey(), trunks.size());
          for (SipTrunk t : trunks) {
            out.printf("  %-24s %-28s %-12s %s%n", t.id(), t.name().orElse("-"),
                t.state().map(Enum::name).orElse("-"), t.host().orElse("-"));
          }
        } catch (RuntimeException e) {
          // CompletableFuture wraps the provider's exception; its message names the vendor call that failed.
          Throwable cause = e.getCause() != null ? e.getCause() : e;
          out.printf("%s: FAILED: %s%n", account.getKey(), cause.getMessage());
          failed++;
        }
      }
      out.printf("%d trunks in %d accounts%n", total, providers.size());
      if (failed > 0) {
        throw new ExampleFailedException(failed + " of " + providers.size() + " accounts failed (see above)");
      }
    } finally {
      pool.shutdown();
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  /** The trunks of one account; null when its API cannot list trunks (the channel API). */
  private static List<SipTrunk> trunksOf(String providerId, OkHttpClient shared) {
    try (ExampleAccount account = ExampleAccount.open(providerId, shared)) {
      TrunkProvider provider = account.provider();
      if (!provider.supports(Capability.LIST)) {
        return null;
      }
      // list() is lazy: pages are requested as the stream reaches them.
      return provider.list().toList();
    }
  }

  private static List<String> everySimulatedProvider() {
    List<String> ids = new ArrayList<>();
    ServiceLoader.load(VendorSimulator.class).forEach(s -> ids.add(s.providerId()));
    return ids;
  }
}
