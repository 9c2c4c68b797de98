package vn.lienket.app.cli;

import picocli.CommandLine.Command;

/** The {@code lienket} command; each feature adds its sub-commands here. */
@Command(name = "lienket",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {DbCommand.class, LoadCommand.class, SubmissionsCommand.class})
public class LienketCommand {
}
