package io.trunkline.plan;

import io.trunkline.core.error.TrunklineException;
import java.util.List;

/**
 * A plan that cannot be made safely: a name matching two live trunks, an account that cannot be observed, a trunk
 * lacking a field its vendor requires. {@link #problems()} lists every one found, each naming account and trunk.
 */
public class PlanRefusedException extends TrunklineException {
  private final List<String> problems;

  public PlanRefusedException(List<String> problems) {
    this("cannot plan", problems);
  }

  /** A refusal headed by {@code headline} ({@code cannot plan}, …), one problem a line below it. */
  protected PlanRefusedException(String headline, List<String> problems) {
    super(headline + ":\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
