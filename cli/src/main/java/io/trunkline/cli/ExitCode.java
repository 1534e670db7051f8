package io.trunkline.cli;

import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.UnsupportedCapabilityException;
import io.trunkline.plan.DesiredStateException;
import io.trunkline.plan.PlanRefusedException;

/** The exit codes of the command line, as DESIGN.md fixes them. */
final class ExitCode {
  /** Success. */
  static final int OK = 0;
  /** The vendor refused the call or could not be reached; stdout could not be written; an unexpected failure. */
  static final int VENDOR = 1;
  /** Bad usage or bad input: unknown provider or option, a capability the provider lacks, invalid values. */
  static final int USAGE = 2;
  /** An inventory finished, but some accounts failed; an apply finished, but some steps did not apply. */
  static final int PARTIAL = 3;
  /** With {@code --detailed-exitcode}: plan or diff found changes; apply applied some (and all it tried). */
  static final int CHANGES = 4;

  private ExitCode() {}

  /** The exit code for a command that ended with {@code error}. */
  static int of(Throwable error) {
    if (error instanceof UsageException
        || error instanceof TrunkValidationException
        || error instanceof TrunkConfigurationException
        || error instanceof UnsupportedCapabilityException
        || error instanceof DesiredStateException
        || error instanceof PlanRefusedException) {
      return USAGE;
    }
    return VENDOR;
  }
}
