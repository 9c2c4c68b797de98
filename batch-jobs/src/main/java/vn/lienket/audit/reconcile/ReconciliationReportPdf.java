package vn.lienket.audit.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.lienket.domain.MessageBundle;
import vn.lienket.storage.DurableFiles;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.pdf.ReconciliationPdf;

/**
 * Writes a reconciliation report as {@code reconciliation.pdf}, the document an auditor files: the range, what was
 * compared, the verdict, then every comparison, differences first with their first differing rows and lineage. Same
 * fonts and reproducibility as the scorecards: its date is the newest receipt compared, so the same warehouses give
 * the same bytes.
 */
public final class ReconciliationReportPdf {

    public static final String FILE_NAME = "reconciliation.pdf";

    private static final MessageBundle TEXTS = new MessageBundle("vn.lienket.audit.reconcile.reconciliation");
    private static final int SHORT_HASH = 12;

    private ReconciliationReportPdf() {
    }

    public static Path write(ReconciliationReport report, ReplayRange range, Path directory, ReportLanguage language)
            throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(FILE_NAME);
        Path incoming = Files.createTempFile(directory, ".incoming-", ".part");
        try {
            DurableFiles.writeAndForce(incoming, render(report, range, language));
            DurableFiles.publish(incoming, target);
        } finally {
            Files.deleteIfExists(incoming);
        }
        return target;
    }

    static byte[] render(ReconciliationReport report, ReplayRange range, ReportLanguage language) {
        Locale locale = language.locale();
        List<ReconciliationPdf.Line> differences = new ArrayList<>();
        List<ReconciliationPdf.Line> matches = new ArrayList<>();
        for (ReconciliationReport.SubmissionComparison s : report.submissions()) {
            (s.matches() ? matches : differences).add(new ReconciliationPdf.Line(text(locale, "section.submission"),
                    s.originalFilename() + " · " + s.fileSha256().substring(0, SHORT_HASH) + " · " + s.receivedAt(),
                    state(locale, s.statusThen(), s.contractThen()), state(locale, s.statusNow(), s.contractNow()), s.matches(),
                    result(locale, s.matches()), null));
        }
        for (ReconciliationReport.FactGroupComparison g : report.factGroups()) {
            String detail = g.matches() ? null : rows(locale, g);
            (g.matches() ? matches : differences).add(new ReconciliationPdf.Line(text(locale, "section.facts"),
                    g.table() + " · " + g.quarter() + " · " + g.province(), text(locale, "rows", g.rowsThen()),
                    text(locale, "rows", g.rowsNow()), g.matches(), result(locale, g.matches()), detail));
        }
        for (ReconciliationReport.ScorecardComparison c : report.scorecards()) {
            (c.matches() ? matches : differences).add(new ReconciliationPdf.Line(text(locale, "section.scorecard"),
                    c.kind() + " " + c.subject() + " · " + c.quarter() + " · " + c.view() + " · " + c.language(),
                    shortHash(locale, c.pdfRendered()), shortHash(locale, c.pdfReRendered()), c.matches(), result(locale, c.matches()),
                    text(locale, "xlsx", shortHash(locale, c.xlsxRendered()), shortHash(locale, c.xlsxReRendered()))));
        }
        List<ReconciliationPdf.Line> lines = new ArrayList<>(differences);
        lines.addAll(matches);
        Instant asOf = report.submissions().stream().map(ReconciliationReport.SubmissionComparison::receivedAt)
                .map(OffsetDateTime::toInstant).max(Instant::compareTo).orElse(Instant.EPOCH);
        return ReconciliationPdf.render(new ReconciliationPdf.Document(text(locale, "title"),
                text(locale, "summary", describe(locale, range), report.submissions().size(), report.factGroups().size(),
                        report.scorecards().size()),
                report.matches() ? text(locale, "verdict.matches") : text(locale, "verdict.differs", report.differences()),
                report.matches(), text(locale, "footer", asOf.toString()), text(locale, "page"),
                List.of(text(locale, "headers").split("\\|")), lines, asOf));
    }

    private static String describe(Locale locale, ReplayRange range) {
        if (range.isAll()) {
            return text(locale, "range.all");
        }
        List<String> parts = new ArrayList<>();
        if (range.from() != null) {
            parts.add(text(locale, "range.from", range.from().toString()));
        }
        if (range.to() != null) {
            parts.add(text(locale, "range.to", range.to().toString()));
        }
        if (range.province() != null) {
            parts.add(text(locale, "range.province", range.province().toString()));
        }
        return String.join(", ", parts);
    }

    private static String rows(Locale locale, ReconciliationReport.FactGroupComparison group) {
        List<String> lines = new ArrayList<>();
        group.onlyInProduction().forEach(row -> lines.add(text(locale, "row.production", String.valueOf(row.lineage().submissionId()),
                row.lineage().originalFilename(), row.lineage().fileSha256().substring(0, SHORT_HASH), row.lineage().sheet(),
                String.valueOf(row.lineage().row()))));
        group.onlyInReplay().forEach(row -> lines.add(text(locale, "row.replay", row.lineage().originalFilename(),
                row.lineage().fileSha256().substring(0, SHORT_HASH), row.lineage().sheet(), String.valueOf(row.lineage().row()))));
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static String result(Locale locale, boolean matches) {
        return text(locale, matches ? "result.matches" : "result.differs");
    }

    /** A submission's status and the workbook contract version it was loaded under, e.g. "loaded · v1". */
    private static String state(Locale locale, String status, String contractVersion) {
        return status == null ? text(locale, "absent") : contractVersion == null ? status : status + " · " + contractVersion;
    }

    private static String shortHash(Locale locale, String sha256) {
        return sha256 == null ? text(locale, "absent") : sha256.substring(0, SHORT_HASH);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return TEXTS.text(locale, key, arguments);
    }
}
