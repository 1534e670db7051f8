package io.trunkline.plan;

import java.util.List;

/**
 * A saved plan that is not applied because the live state changed since it was made: {@link #problems()} names each
 * account and trunk that changed, appeared or is gone. Nothing was sent; plan again.
 */
public class SavedPlanDriftException extends PlanRefusedException {
  public SavedPlanDriftException(List<String> problems) {
    super("saved plan refused: the live state changed since it was made; nothing was sent, plan again", problems);
  }
}
