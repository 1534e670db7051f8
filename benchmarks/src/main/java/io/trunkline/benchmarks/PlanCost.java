package io.trunkline.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The planner's own cost, without threads in the way: {@link PlanBench}'s desired state the listing fully carries,
 * planned with a concurrency of 1 (every account listed and compared on the calling thread), against listing the
 * same accounts one after the other on that thread; alternating after a warm-up, medians of the calling thread's CPU
 * time and bytes allocated. Prints one line: the plan's extra CPU and bytes per desired trunk and its CPU ratio.
 * Options: {@code --warmup-seconds N} (default 6), {@code --measure-seconds N} (default 14).
 */
public final class PlanCost {
  private PlanCost() {}

  public static void main(String[] args) {
    double warmup = Quick.option(args, "--warmup-seconds", 6);
    double measure = Quick.option(args, "--measure-seconds", 14);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    try (PlanBench bench = PlanBench.start(Quick.PLAN_ACCOUNTS, Quick.PLAN_TRUNKS, 4)) {
      long desired = bench.expected().desired();
      List<long[]> plans = new ArrayList<>();
      List<long[]> lists = new ArrayList<>();
      long end = System.nanoTime() + (long) (warmup * 1e9);
      boolean measuring = false;
      while (true) {
        if (System.nanoTime() > end) {
          if (measuring) {
            break;
          }
          measuring = true;
          end = System.nanoTime() + (long) (measure * 1e9);
        }
        for (int k = 0; k < 2; k++) {
          long cpu = threads.getCurrentThreadCpuTime();
          long bytes = threads.getThreadAllocatedBytes(self);
          long n = k == 0 ? bench.planListed(1).unchanged() : bench.list();
          long[] sample = {threads.getCurrentThreadCpuTime() - cpu, threads.getThreadAllocatedBytes(self) - bytes, n};
          if (measuring) {
            (k == 0 ? plans : lists).add(sample);
          }
        }
      }
      double planCpu = Quick.median(plans, 0);
      double listCpu = Quick.median(lists, 0);
      double planBytes = Quick.median(plans, 1);
      double listBytes = Quick.median(lists, 1);
      System.out.printf(Locale.ROOT, "plan cost: %d desired trunks, concurrency 1, %d rounds, medians of the calling"
          + " thread: plan %.1f ms %.0f B per trunk, list %.1f ms %.0f B per trunk; the planner's own %.2f us and %.0f B"
          + " per trunk; plan/list cpu %.3f (load average %.2f)%n", desired, plans.size(), planCpu / 1e6,
          planBytes / desired, listCpu / 1e6, listBytes / desired, (planCpu - listCpu) / 1e3 / desired,
          (planBytes - listBytes) / desired, planCpu / listCpu,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    System.exit(0);
  }
}
