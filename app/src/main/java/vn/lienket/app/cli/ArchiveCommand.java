package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Command;
import vn.lienket.audit.ArchiveProblem;
import vn.lienket.audit.ArchiveReport;
import vn.lienket.audit.ArchiveVerification;

/** {@code lienket archive verify}: the archive of submitted files, re-hashed and held against its receipts and the registry. */
@Command(name = "archive", mixinStandardHelpOptions = true, subcommands = ArchiveCommand.Verify.class)
class ArchiveCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true)
    static class Verify extends WarehouseCommand {

        Verify(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) throws Exception {
            ArchiveVerification verification = bean(ArchiveVerification.class);
            ArchiveReport report = verification.verify();
            Path root = verification.archive().root();
            out.println(messages.get("archive.verify.checked", root, report.files(), report.receipts(), report.submissions()));
            if (report.clean()) {
                out.println(messages.get("archive.verify.clean"));
                return ExitCodes.SUCCESS;
            }
            SummaryTable table = new SummaryTable(messages.get("archive.table.header").split("\\|"));
            for (ArchiveProblem problem : report.problems()) {
                Path shown = problem.path().startsWith(root) ? root.relativize(problem.path()) : problem.path();
                table.row(messages.get("archive.problem." + problem.kind().name()), shown.toString(),
                        Optional.ofNullable(problem.sha256()).orElse("—"));
            }
            table.print(out);
            out.println(messages.get("archive.verify.problems", report.problems().size()));
            return ExitCodes.REJECTED;
        }
    }
}
