package vn.lienket.app.cli;

import picocli.CommandLine.Command;
import vn.lienket.app.bench.BenchCommand;

/** The {@code lienket} command; each feature adds its sub-commands here. */
@Command(name = "lienket",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {DbCommand.class, LoadCommand.class, SubmissionsCommand.class, BenchCommand.class})
public class LienketCommand {
}
