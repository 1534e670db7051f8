package io.trunkline.benchmarks;

import io.trunkline.benchmarks.VendorPages.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * The Flex listing of {@link Quick} alone, several times in one JVM (for profiling and for measuring a change to the
 * flex provider without the other measurements): {@code java -cp benchmarks.jar io.trunkline.benchmarks.FlexQuick
 * [--runs N] [--warmup-seconds N] [--measure-seconds N]}. Prints each comparison, then the medians of the runs'
 * ratios as {@code flex: flex_time_ratio=R flex_alloc_ratio=R}.
 */
public final class FlexQuick {
  private FlexQuick() {}

  public static void main(String[] args) {
    int runs = (int) option(args, "--runs", 3);
    double warmup = option(args, "--warmup-seconds", 1.5);
    double measure = option(args, "--measure-seconds", 3.5);
    OkHttpClient rawClient = new OkHttpClient();
    List<long[]> ratios = new ArrayList<>();
    try {
      for (int i = 0; i < runs; i++) {
        Quick.Comparison c = Quick.vendor(Vendor.FLEX, rawClient, warmup, measure);
        ratios.add(new long[] {Math.round(c.timeRatio(1) * 1e6), Math.round(c.allocRatio(1) * 1e6)});
      }
    } finally {
      rawClient.dispatcher().executorService().shutdown();
      rawClient.connectionPool().evictAll();
    }
    System.out.printf(Locale.ROOT, "flex: flex_time_ratio=%.3f flex_alloc_ratio=%.3f%n",
        Quick.median(ratios, 0) / 1e6, Quick.median(ratios, 1) / 1e6);
    System.exit(0);
  }

  private static double option(String[] args, String name, double fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Double.parseDouble(args[i + 1]);
      }
    }
    return fallback;
  }
}
