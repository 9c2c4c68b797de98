package vn.lienket.workbook.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.lienket.workbook.rows.CoverInfo;

/**
 * The readable verdict {@code lienket check} prints: the verdict with counts, the reporting unit,
 * a line per sheet and the first problems. Vietnamese by default, English on request; the words
 * come from the same bundles as the problem messages.
 */
public final class TextReportWriter {

    private final Messages messages = new Messages();

    public String render(ValidationReport report, Optional<CoverInfo> cover, Locale locale, int firstProblems) {
        StringBuilder out = new StringBuilder();
        line(out, locale, "summary.verdict." + report.verdict().name(), report.fileName(), report.errors(),
                report.warnings(), report.infos());
        cover.ifPresent(c -> line(out, locale, "summary.cover", c.provinceName(), c.province().toString(),
                c.quarter().toString()));
        List<SheetSummary> sheets = report.sheets();
        if (!sheets.isEmpty()) {
            line(out, locale, "summary.header");
            for (SheetSummary s : sheets) {
                line(out, locale, "summary.sheet", s.sheet(), count(s.rowsRead()), count(s.factRows()),
                        count(s.rejectedRows()), count(s.skippedRows()), count(s.errors()), count(s.warnings()));
            }
        }
        List<Problem> problems = report.problems();
        if (!problems.isEmpty()) {
            line(out, locale, "summary.first");
            problems.stream().limit(firstProblems).forEach(p -> line(out, locale, "summary.problem",
                    messages.message(locale, "summary.severity." + p.severity().name()),
                    p.cell().isEmpty() ? "" : p.cell() + " ", p.code(),
                    Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? p.messageEn() : p.messageVi()));
            long more = report.errors() + report.warnings() + report.infos() - Math.min(firstProblems, problems.size());
            if (more > 0) {
                line(out, locale, "summary.more", count(more));
            }
        }
        return out.toString();
    }

    /** Counts as plain digits: a table of "1.000.000" and "0" reads worse than of 1000000. */
    private static String count(long value) {
        return Long.toString(value);
    }

    private void line(StringBuilder out, Locale locale, String key, Object... args) {
        out.append(messages.message(locale, key, args)).append(System.lineSeparator());
    }
}
