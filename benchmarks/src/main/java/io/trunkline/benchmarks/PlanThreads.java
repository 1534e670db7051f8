package io.trunkline.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Where a plan's CPU goes, by thread (not in the quick runner): {@link PlanBench}'s plan, the plan of its listed-only
 * desired state, listing the accounts at once and one after the other, alternating after a warm-up; per operation,
 * medians of the CPU time of each group of threads: the caller ({@code main}), the planner's listing and full-read
 * threads ({@code plan-list}, {@code plan-reads}), the benchmark's listing threads ({@code bench-list}), the loopback
 * servers' ({@code server}: the JDK's dispatcher and pool, or the lean server's connection threads), OkHttp's task
 * runner ({@code okhttp-tasks}) and the rest of the JVM's named threads ({@code other}). The planner's read threads
 * end with each plan, so a sampler reads the planner's threads' CPU every half millisecond (up to that much of each is
 * missed); its listing threads are kept from plan to plan, so only what each used during the run is counted. Run it
 * with {@code -Dtrunkline.bench.server=lean} for the lean servers. Options: {@code --rounds N} (default 30),
 * {@code --plan-concurrency N} (default: the planner's).
 */
public final class PlanThreads {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** The last CPU time read of each planner thread, by thread id, and its group. */
  private final Map<Long, Long> plannerCpu = new ConcurrentHashMap<>();
  private final Map<Long, String> plannerGroup = new ConcurrentHashMap<>();

  private PlanThreads() {}

  public static void main(String[] args) throws InterruptedException {
    int rounds = (int) Quick.option(args, "--rounds", 30);
    int concurrency = (int) Quick.option(args, "--plan-concurrency", 0);
    new PlanThreads().run(rounds, concurrency);
    System.exit(0);
  }

  static String group(String name) {
    if (name.startsWith("trunkline-plan-reads")) {
      return "plan-reads";
    } else if (name.startsWith("trunkline-plan-list")) {
      return "plan-list";
    } else if (name.startsWith("loopback-") || name.startsWith("HTTP-Dispatcher")) {
      return "server";
    } else if (name.startsWith("bench-list")) {
      return "bench-list";
    } else if (name.startsWith("OkHttp TaskRunner")) {
      return "okhttp-tasks";
    } else if (name.equals("main")) {
      return "main";
    }
    return name.equals("plan-threads-sampler") ? "sampler" : "other";
  }

  private void run(int rounds, int concurrency) throws InterruptedException {
    startSampler();
    try (PlanBench bench = PlanBench.start(Quick.PLAN_ACCOUNTS, Quick.PLAN_TRUNKS, 4)) {
      int threads = bench.listThreads(concurrency);
      Map<String, LongSupplier> runs = new LinkedHashMap<>();
      runs.put("plan", () -> bench.plan(concurrency).unchanged());
      runs.put("plan (listed)", () -> bench.planListed(concurrency).unchanged());
      runs.put("list at once", () -> bench.listAtOnce(threads));
      runs.put("list", bench::list);
      List<String> names = List.copyOf(runs.keySet());
      for (int w = 0; w < 10; w++) {
        runs.values().forEach(LongSupplier::getAsLong);
      }
      Map<String, List<Map<String, Double>>> samples = new LinkedHashMap<>();
      names.forEach(n -> samples.put(n, new ArrayList<>()));
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < names.size(); k++) {
          String name = names.get((r + k) % names.size());
          samples.get(name).add(measure(runs.get(name)));
        }
      }
      System.out.printf(Locale.ROOT, "plan threads: %s servers, %d rounds, load average %.2f; medians, ms of CPU"
          + " per operation by thread group (wall: ms)%n", LoopbackServer.Kind.configured().name()
          .toLowerCase(Locale.ROOT), rounds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      samples.forEach((name, list) -> {
        TreeSet<String> groups = new TreeSet<>();
        list.forEach(m -> groups.addAll(m.keySet()));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", name));
        for (String g : groups) {
          double[] values = list.stream().mapToDouble(m -> m.getOrDefault(g, 0.0)).sorted().toArray();
          line.append(String.format(Locale.ROOT, " %s=%.1f", g, values[values.length / 2]));
        }
        System.out.println(line);
      });
    }
  }

  /** One run's CPU by group, its sum ({@code threads}) and its wall time, in ms. */
  private Map<String, Double> measure(LongSupplier run) throws InterruptedException {
    plannerCpu.clear();
    plannerGroup.clear();
    Map<Long, Long> before = liveCpu();
    long t0 = System.nanoTime();
    run.getAsLong();
    long wall = System.nanoTime() - t0;
    Thread.sleep(2);   // the planner's threads are stopped: let the sampler see their last
    Map<Long, Long> after = liveCpu();
    Map<String, Double> out = new TreeMap<>();
    Map<Long, String> names = new ConcurrentHashMap<>();
    Thread.getAllStackTraces().keySet().forEach(t -> names.put(t.getId(), t.getName()));
    double total = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      String name = names.get(e.getKey());
      if (name == null || plannerGroup.containsKey(e.getKey())) {
        continue;
      }
      double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1e6;
      out.merge(group(name), ms, Double::sum);
      total += ms;
    }
    for (Map.Entry<Long, Long> e : plannerCpu.entrySet()) {
      double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1e6;   // a thread kept from an earlier plan
      out.merge(plannerGroup.get(e.getKey()), ms, Double::sum);
      total += ms;
    }
    out.put("threads", total);
    out.put("wall", wall / 1e6);
    return out;
  }

  private static Map<Long, Long> liveCpu() {
    Map<Long, Long> cpu = new TreeMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      long ns = THREADS.getThreadCpuTime(id);
      if (ns >= 0) {
        cpu.put(id, ns);
      }
    }
    return cpu;
  }

  private void startSampler() {
    Thread sampler = new Thread(() -> {
      Thread[] threads = new Thread[1024];
      while (!Thread.currentThread().isInterrupted()) {
        int n = Thread.currentThread().getThreadGroup().enumerate(threads, true);
        for (int i = 0; i < n; i++) {
          String group = group(threads[i].getName());
          if (group.startsWith("plan-")) {
            long ns = THREADS.getThreadCpuTime(threads[i].getId());
            if (ns >= 0) {
              plannerCpu.put(threads[i].getId(), ns);
              plannerGroup.put(threads[i].getId(), group);
            }
          }
        }
        try {
          Thread.sleep(0, 500_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "plan-threads-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }
}
