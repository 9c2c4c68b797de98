package vn.lienket.app.cli;

import picocli.CommandLine.Command;
import vn.lienket.app.bench.BenchCommand;
import vn.lienket.app.demo.DemoCommand;

/** The {@code lienket} command; each feature adds its sub-commands here. */
@Command(name = "lienket",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {DbCommand.class, TemplateCommand.class, CheckCommand.class, LoadCommand.class, SubmissionsCommand.class, BenchCommand.class,
                DemoCommand.class, ReplayCommand.class, ServeCommand.class, StatusCommand.class, RecipientsCommand.class, ReportCommand.class,
                AuditCommand.class, ArchiveCommand.class, ReconcileCommand.class})
public class LienketCommand {
}
