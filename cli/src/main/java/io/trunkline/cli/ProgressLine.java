package io.trunkline.cli;

/**
 * "inventory: 3 of 5 accounts done" on one line of stderr, redrawn in place as work ends, only when stderr is a
 * terminal; {@link #clear()} wipes it before the results are printed. Safe to call from several threads.
 */
final class ProgressLine {
  private final CliContext ctx;
  private final String work;
  private final String unit;
  private final long total;
  private long done;
  private int drawn;

  /** Shows {@code "WORK: 0 of TOTAL UNITs done"} at once. */
  ProgressLine(CliContext ctx, String work, String unit, long total) {
    this.ctx = ctx;
    this.work = work;
    this.unit = unit;
    this.total = total;
    draw();
  }

  /** One more done. */
  synchronized void done() {
    done++;
    draw();
  }

  synchronized void clear() {
    if (ctx.terminal() && drawn > 0) {
      ctx.err().print("\r" + " ".repeat(drawn) + "\r");
      ctx.err().flush();
      drawn = 0;
    }
  }

  private void draw() {
    if (!ctx.terminal()) {
      return;
    }
    String line = work + ": " + done + " of " + total + " " + unit + (total == 1 ? "" : "s") + " done";
    ctx.err().print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
    ctx.err().flush();
    drawn = line.length();
  }
}
