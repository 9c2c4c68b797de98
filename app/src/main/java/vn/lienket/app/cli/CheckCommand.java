package vn.lienket.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.lienket.app.home.HomeSettings;
import vn.lienket.workbook.CheckContext;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.WorkbookChecker;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.annotate.AnnotatedCopy;
import vn.lienket.workbook.annotate.AnnotatedWorkbookWriter;
import vn.lienket.workbook.reference.PreviousQuarterFigures;
import vn.lienket.workbook.report.JsonReportWriter;
import vn.lienket.workbook.report.TextReportWriter;
import vn.lienket.workbook.rows.RowSink;

/**
 * {@code lienket check <file>}: the verdict a department waits for, without loading anything —
 * counts per sheet, the first problems, and an annotated copy of the workbook to fix them from.
 * Exit 0 valid, 1 errors, 2 unreadable.
 * <p>
 * It starts no database and writes nothing but the annotated copy: the contract and the reference
 * data come from the jar ({@link CheckInputs}). The comparison with the province's previous
 * quarter needs the warehouse, so it is made when the file is loaded, not here.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
class CheckCommand implements Callable<Integer> {

    private static final int PROBLEMS_SHOWN = 20;

    @Parameters(paramLabel = "FILE", descriptionKey = "lienket.check.file")
    private Path file;
    @Option(names = "--json", descriptionKey = "lienket.check.json")
    private boolean json;
    @Option(names = "--annotated", paramLabel = "FILE", descriptionKey = "lienket.check.annotated")
    private Path annotated;

    private final ApplicationContextLauncher application;
    private final Messages messages;
    @Spec
    private CommandSpec spec;

    CheckCommand(ApplicationContextLauncher application, Messages messages) {
        this.application = application;
        this.messages = messages;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(messages.get("load.missing", file));
        }
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = check(out);
        out.flush();
        return exitCode;
    }

    private int check(PrintWriter out) throws IOException {
        CheckInputs inputs = CheckInputs.read();
        Clock clock = Clock.system(HomeSettings.of(application.home()).timeZone());
        CheckContext context = CheckContext.of(inputs.reference().provinces(), inputs.reference().ocopGroups(),
                PreviousQuarterFigures.none(), clock);
        WorkbookContract contract = inputs.contracts().inForceOn(context.today());
        CheckResult result = new WorkbookChecker(contract).check(file, context, RowSink.discard());
        boolean problems = result.report().errors() + result.report().warnings() > 0
                && result.report().unreadableReason().isEmpty();
        if (json) {
            out.println(new JsonReportWriter().toJson(result.report(), result.cover()));
            if (annotated != null && problems) {
                // stdout carries the JSON alone; what became of the copy goes to stderr
                annotate(result, annotated, context, spec.commandLine().getErr());
            }
            return result.exitCode();
        }
        out.print(new TextReportWriter().render(result.report(), result.cover(), messages.locale(), PROBLEMS_SHOWN));
        if (problems) {
            annotate(result, annotated != null ? annotated : defaultAnnotatedPath(), context, out);
        }
        return result.exitCode();
    }

    private void annotate(CheckResult result, Path copy, CheckContext context, PrintWriter out) {
        AnnotatedCopy written = new AnnotatedWorkbookWriter(context.limits()).write(file, result.report(), copy);
        if (written instanceof AnnotatedCopy.NotWritten notWritten) {
            out.println("en".equals(messages.locale().getLanguage()) ? notWritten.reasonEn() : notWritten.reasonVi());
        } else {
            out.println(messages.get("check.annotated", copy.toAbsolutePath().normalize()));
        }
    }

    private Path defaultAnnotatedPath() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return file.toAbsolutePath().resolveSibling(base + ".kiem-tra.xlsx");
    }
}
