package vn.lienket.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.WorkbookChecker;
import vn.lienket.workbook.annotate.AnnotatedCopy;
import vn.lienket.workbook.annotate.AnnotatedWorkbookWriter;
import vn.lienket.workbook.report.JsonReportWriter;
import vn.lienket.workbook.report.TextReportWriter;
import vn.lienket.workbook.rows.RowSink;

/**
 * {@code lienket check <file>}: the verdict a department waits for, without loading anything —
 * counts per sheet, the first problems, and an annotated copy of the workbook to fix them from.
 * Exit 0 valid, 1 errors, 2 unreadable.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
class CheckCommand extends WarehouseCommand {

    private static final int PROBLEMS_SHOWN = 20;

    @Parameters(paramLabel = "FILE", descriptionKey = "lienket.check.file")
    private Path file;
    @Option(names = "--json", descriptionKey = "lienket.check.json")
    private boolean json;
    @Option(names = "--annotated", paramLabel = "FILE", descriptionKey = "lienket.check.annotated")
    private Path annotated;

    CheckCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected void checkInput() {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(messages.get("load.missing", file));
        }
    }

    @Override
    protected int run(PrintWriter out) throws IOException {
        WarehouseCheckContexts contexts = bean(WarehouseCheckContexts.class);
        CheckResult result = new WorkbookChecker().check(file, contexts.create(), RowSink.discard());
        if (json) {
            out.println(new JsonReportWriter().toJson(result.report(), result.cover()));
            return result.exitCode();
        }
        out.print(new TextReportWriter().render(result.report(), result.cover(), messages.locale(), PROBLEMS_SHOWN));
        if (result.report().errors() + result.report().warnings() > 0 && result.report().unreadableReason().isEmpty()) {
            Path copy = annotated != null ? annotated : defaultAnnotatedPath();
            AnnotatedCopy written = new AnnotatedWorkbookWriter(contexts.limits()).write(file, result.report(), copy);
            if (written instanceof AnnotatedCopy.NotWritten notWritten) {
                out.println("en".equals(messages.locale().getLanguage()) ? notWritten.reasonEn() : notWritten.reasonVi());
            } else {
                out.println(messages.get("check.annotated", copy.toAbsolutePath().normalize()));
            }
        }
        return result.exitCode();
    }

    private Path defaultAnnotatedPath() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return file.toAbsolutePath().resolveSibling(base + ".kiem-tra.xlsx");
    }
}
