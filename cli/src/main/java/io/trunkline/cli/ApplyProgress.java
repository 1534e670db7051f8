package io.trunkline.cli;

import io.trunkline.plan.StepResult;
import java.util.function.Consumer;

/** "apply: 3 of 7 steps done" on one line of stderr, redrawn in place, only when stderr is a terminal. */
final class ApplyProgress implements Consumer<StepResult> {
  private final CliContext ctx;
  private final long total;
  private long done;
  private int drawn;

  ApplyProgress(CliContext ctx, long total) {
    this.ctx = ctx;
    this.total = total;
  }

  @Override
  public synchronized void accept(StepResult result) {
    done++;
    if (!ctx.terminal()) {
      return;
    }
    String line = "apply: " + done + " of " + total + " step" + (total == 1 ? "" : "s") + " done";
    ctx.err().print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
    ctx.err().flush();
    drawn = line.length();
  }

  synchronized void clear() {
    if (ctx.terminal() && drawn > 0) {
      ctx.err().print("\r" + " ".repeat(drawn) + "\r");
      ctx.err().flush();
      drawn = 0;
    }
  }
}
