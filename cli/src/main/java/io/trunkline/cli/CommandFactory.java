package io.trunkline.cli;

import picocli.CommandLine;

/** Creates commands and mixins the picocli way, then hands each command the run's {@link CliContext}. */
final class CommandFactory implements CommandLine.IFactory {
  private final CliContext ctx;
  private final CommandLine.IFactory defaults = CommandLine.defaultFactory();

  CommandFactory(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K made = defaults.create(type);
    if (made instanceof CliCommand) {
      ((CliCommand) made).ctx = ctx;
    }
    return made;
  }
}
