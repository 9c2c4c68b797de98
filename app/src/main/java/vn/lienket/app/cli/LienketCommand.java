package vn.lienket.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.lienket.app.bench.BenchCommand;
import vn.lienket.app.demo.DemoCommand;

/** The {@code lienket} command; each feature adds its sub-commands here. */
@Command(name = "lienket",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {DbCommand.class, TemplateCommand.class, CheckCommand.class, LoadCommand.class, SubmissionsCommand.class, BenchCommand.class,
                DemoCommand.class, ReplayCommand.class, ServeCommand.class, StatusCommand.class, RecipientsCommand.class, ReportCommand.class,
                AuditCommand.class, ArchiveCommand.class, ReconcileCommand.class, UsersCommand.class})
public class LienketCommand {

    /** Read before parsing ({@link Messages#forCommandLine}); declared here so every command accepts it. */
    @Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT, descriptionKey = "lienket.lang")
    void language(String language) {
        if (!language.equalsIgnoreCase("vi") && !language.equalsIgnoreCase("en")) {
            throw new UnusableInputException("--lang " + language + ": vi | en");
        }
    }
}
