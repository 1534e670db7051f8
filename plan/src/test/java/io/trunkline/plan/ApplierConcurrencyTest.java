package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.testing.pbx.PbxSimulator;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** At one account, at most {@code concurrency(n)} steps are under way at once, and n do run side by side. */
class ApplierConcurrencyTest {
  @Test
  void atMostTwoCreatesAtOnce_withConcurrencyTwo() {
    try (PbxSimulator pbx = new PbxSimulator()) {
      pbx.start();
      AtomicInteger inFlight = new AtomicInteger();
      AtomicInteger most = new AtomicInteger();
      CyclicBarrier pairs = new CyclicBarrier(2);
      pbx.intercept(request -> {
        if (!(request.method().equals("POST") && request.rawPath().equals("/api/providers"))) {
          return pbx.dispatchToRoutes(request);
        }
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
          pairs.await(30, TimeUnit.SECONDS);   // two creates meet here: they run side by side
          return pbx.dispatchToRoutes(request);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
          throw new IllegalStateException("two creates did not run side by side", e);
        } finally {
          inFlight.decrementAndGet();
        }
      });
      StringBuilder trunks = new StringBuilder();
      for (int i = 1; i <= 4; i++) {
        trunks.append(Desired.berlinMain().replace("name: Berlin main", "name: Parallel " + i));
      }
      DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n" + trunks);
      try (Accounts accounts = Desired.open(desired)) {
        ApplyReport report = new Applier().concurrency(2).apply(new Planner().plan(desired, accounts), accounts);

        assertThat(report.allApplied()).as(PlanPrinter.human(report)).isTrue();
        assertThat(most).hasValue(2);
        assertThat(report.results()).extracting(r -> r.name().orElseThrow())
            .containsExactly("Parallel 1", "Parallel 2", "Parallel 3", "Parallel 4");
        assertThat(pbx.trunkCount()).isEqualTo(4);
      }
    }
  }
}
