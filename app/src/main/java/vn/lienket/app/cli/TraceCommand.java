package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardLabels;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.TraceRow;
import vn.lienket.scorecard.TracedKpi;
import vn.lienket.scorecard.data.KpiTracer;
import vn.lienket.scorecard.data.ScorecardAssembler;
import vn.lienket.scorecard.data.ScorecardRequest;
import vn.lienket.scorecard.data.ScorecardSubject;
import vn.lienket.scorecard.xlsx.TraceWorkbook;

/**
 * {@code lienket trace --quarter 2025-Q3 --programme HCMC_TN --kpi ocop_products}: every workbook row behind one
 * figure of a scorecard (submission, file and its SHA-256, sheet, row, value, how it counts) and the total, which is
 * the figure the scorecard prints. For auditors: from a number on page 1 to the cell of the file that was sent.
 */
@Command(name = "trace", mixinStandardHelpOptions = true)
class TraceCommand extends WarehouseCommand {

    @Option(names = "--quarter", required = true, paramLabel = "2025-Q3", descriptionKey = "lienket.trace.quarter")
    private String quarter;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Subject subject;

    @Option(names = "--kpi", required = true, paramLabel = "CODE", descriptionKey = "lienket.trace.kpi")
    private String kpi;

    @Option(names = "--view", paramLabel = "as-submitted|current", descriptionKey = "lienket.report.view")
    private String view;

    @Option(names = "--xlsx", paramLabel = "FILE", descriptionKey = "lienket.trace.xlsx")
    private Path xlsx;

    private Quarter parsedQuarter;
    private ScorecardSubject parsedSubject;

    TraceCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    /** A programme or a province, never both: the scorecard whose figure is traced. */
    static class Subject {
        @Option(names = "--programme", paramLabel = "HCMC_TN", descriptionKey = "lienket.trace.programme")
        String programme;
        @Option(names = "--province", paramLabel = "P34:68", descriptionKey = "lienket.trace.province")
        String province;
    }

    @Override
    protected void checkInput() {
        parsedQuarter = parse(() -> Quarter.parse(quarter));
        parsedSubject = subject.programme != null ? new ScorecardSubject.Programme(subject.programme)
                : new ScorecardSubject.Province(parse(() -> ProvinceId.parse(subject.province)));
        if (view != null) {
            parseView();
        }
    }

    @Override
    protected int run(PrintWriter out) throws Exception {
        ScorecardAssembler assembler = bean(ScorecardAssembler.class);
        ReportLanguage language = messages.isEnglish() ? ReportLanguage.EN : ReportLanguage.VI;
        ScorecardView scorecardView = view != null ? parseView() : assembler.defaultView(parsedQuarter);
        ScorecardRequest request = new ScorecardRequest(parsedSubject, parsedQuarter, scorecardView, language);
        TracedKpi trace;
        try {
            trace = assembler.trace(request, kpi);
        } catch (KpiTracer.UnknownKpiException e) {
            throw new UnusableInputException(messages.get("trace.unknownKpi", kpi));
        } catch (ScorecardAssembler.UnknownSubjectException e) {
            throw new UnusableInputException(messages.get("report.unknownSubject", e.getMessage()));
        }
        ResourceBundle labels = ScorecardLabels.bundle(language);
        out.println(messages.get("trace.heading", trace.label(), trace.code(), parsedSubject.code(), parsedQuarter,
                scorecardView == ScorecardView.CURRENT ? "current" : "as-submitted"));
        out.println(messages.get("trace.definition", trace.definition()));
        SummaryTable table = new SummaryTable(messages.get("trace.table.header").split("\\|"));
        for (TraceRow row : trace.rows()) {
            table.row(String.valueOf(row.submissionId()), row.province(), row.originalFilename(), row.fileSha256(), row.sheet(),
                    String.valueOf(row.row()), row.item() == null ? "" : row.item(), number(row.value()),
                    labels.getString("contribution." + row.contribution().name()));
        }
        table.print(out);
        out.println(messages.get("trace.total", number(trace.total()), trace.unit(), trace.addedRows().size(),
                trace.reportedProvinces(), trace.provincesInScope()));
        if (!trace.notSubmitted().isEmpty()) {
            out.println(messages.get("trace.notSubmitted", String.join(", ", trace.notSubmitted())));
        }
        if (xlsx != null) {
            Path parent = xlsx.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(xlsx, TraceWorkbook.write(trace, language));
            out.println(messages.get("trace.xlsx", xlsx));
        }
        return ExitCodes.SUCCESS;
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private ScorecardView parseView() {
        return switch (view.toLowerCase(Locale.ROOT)) {
            case "as-submitted" -> ScorecardView.AS_SUBMITTED;
            case "current" -> ScorecardView.CURRENT;
            default -> throw new UnusableInputException(messages.get("report.badView", view));
        };
    }
}
