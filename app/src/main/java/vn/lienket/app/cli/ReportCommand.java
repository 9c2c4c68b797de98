package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.jobs.JobEvents;
import vn.lienket.render.ScorecardRecord;
import vn.lienket.render.ScorecardRuns;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.data.ScorecardAssembler;
import vn.lienket.scorecard.data.ScorecardSubject;

/**
 * {@code lienket report --quarter 2025-Q3 --out DIR}: runs the scorecard job for every programme and member province of
 * the quarter (or the ones named) and prints each PDF and XLSX written with the start of its SHA-256.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
class ReportCommand extends WarehouseCommand {

    private static final int SHORT_HASH = 12;

    @Option(names = "--quarter", required = true, paramLabel = "2025-Q3", descriptionKey = "lienket.report.quarter")
    private String quarter;

    @Option(names = "--programme", paramLabel = "HCMC_TN", descriptionKey = "lienket.report.programme")
    private List<String> programmes = new ArrayList<>();

    @Option(names = "--province", paramLabel = "P34:68", descriptionKey = "lienket.report.province")
    private List<String> provinces = new ArrayList<>();

    /** Null when not given: a quarter before the 2025 merger defaults to "as submitted", a later one to current. */
    @Option(names = "--view", paramLabel = "as-submitted|current", descriptionKey = "lienket.report.view")
    private String view;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "lienket.report.out")
    private Path out;

    private Quarter parsedQuarter;
    private ScorecardView parsedView;
    private ReportLanguage parsedLanguage;
    private List<ScorecardSubject> parsedSubjects;

    ReportCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected void checkInput() {
        parsedQuarter = parse(() -> Quarter.parse(quarter));
        // Without --view the quarter's era decides, which needs the warehouse: see run().
        parsedView = view == null ? null : parseView();
        parsedLanguage = parseLanguage();
        parsedSubjects = subjects();
        JobEvents.initialiseAhead();
    }

    @Override
    protected int run(PrintWriter printer) {
        ScorecardRuns runs = bean(ScorecardRuns.class);
        ScorecardRuns.RenderRequest request = new ScorecardRuns.RenderRequest(parsedQuarter,
                parsedView != null ? parsedView : bean(ScorecardAssembler.class).defaultView(parsedQuarter), parsedLanguage,
                parsedSubjects, out);
        List<ScorecardSubject> subjects = runs.subjects(request);
        List<ScorecardRecord> written;
        try (ProgressBar progress = Progress.bar(messages.get("report.progress"), subjects.size())) {
            written = runs.render(request, subjects, recorded -> {
                progress.setExtraMessage(recorded.subjectCode());
                progress.step();
            });
        } catch (ScorecardRuns.RenderFailedException e) {
            throw unknownSubject(e);
        }
        SummaryTable table = new SummaryTable(messages.get("report.table.header").split("\\|"));
        for (ScorecardRecord recorded : written) {
            table.row(recorded.subjectCode(), recorded.subjectName(), request.outputDir().relativize(recorded.pdf()).toString(),
                    recorded.pdfSha256().substring(0, SHORT_HASH), request.outputDir().relativize(recorded.xlsx()).toString(),
                    recorded.xlsxSha256().substring(0, SHORT_HASH));
        }
        table.print(printer);
        printer.println(messages.get("report.summary", written.size(), request.quarter(), request.outputDir()));
        return ExitCodes.SUCCESS;
    }

    /** A programme or province that does not exist (or has no members that quarter) is the user's input, not a failure. */
    private RuntimeException unknownSubject(ScorecardRuns.RenderFailedException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ScorecardAssembler.UnknownSubjectException unknown) {
                return new UnusableInputException(messages.get("report.unknownSubject", unknown.getMessage()));
            }
        }
        return failure;
    }

    private List<ScorecardSubject> subjects() {
        List<ScorecardSubject> subjects = new ArrayList<>();
        programmes.forEach(code -> subjects.add(new ScorecardSubject.Programme(code)));
        provinces.forEach(province -> subjects.add(new ScorecardSubject.Province(parse(() -> ProvinceId.parse(province)))));
        return subjects;
    }

    private ScorecardView parseView() {
        return switch (view.toLowerCase(Locale.ROOT)) {
            case "as-submitted" -> ScorecardView.AS_SUBMITTED;
            case "current" -> ScorecardView.CURRENT;
            default -> throw new UnusableInputException(messages.get("report.badView", view));
        };
    }

    /** The scorecards speak the language of the command line ({@code --lang}, {@code LIENKET_LANG}). */
    private ReportLanguage parseLanguage() {
        return messages.isEnglish() ? ReportLanguage.EN : ReportLanguage.VI;
    }
}
