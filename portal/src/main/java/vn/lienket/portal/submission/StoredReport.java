package vn.lienket.portal.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.report.SheetSummary;
import vn.lienket.workbook.report.ValidationReport;

/**
 * A submission's validation report as stored beside it (the JSON of {@code lienket check --json},
 * schema {@code lienket-workbook-report/1}), read back for the verdict page: counts per sheet and every
 * listed problem with its sheet, cell and message in both languages.
 *
 * @param problemsTruncated true when the file has more problems than the report lists (counts are complete)
 */
public record StoredReport(String contractVersion, String fileName, Optional<String> unreadableReason,
                           long errors, long warnings, List<SheetSummary> sheets, List<Problem> problems,
                           boolean problemsTruncated) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public StoredReport {
        sheets = List.copyOf(sheets);
        problems = List.copyOf(problems);
    }

    public static StoredReport parse(String json) {
        JsonNode root = JSON.readTree(json);
        List<SheetSummary> sheets = new ArrayList<>();
        for (JsonNode s : root.path("sheets")) {
            sheets.add(new SheetSummary(s.path("sheet").asString(""), s.path("key").asString(""), s.path("rowsRead").asLong(),
                    s.path("factRows").asLong(), s.path("rejectedRows").asLong(), s.path("skippedRows").asLong(),
                    s.path("errors").asLong(), s.path("warnings").asLong(), s.path("infos").asLong()));
        }
        List<Problem> problems = new ArrayList<>();
        for (JsonNode p : root.path("problems")) {
            problems.add(new Problem(p.path("sheet").asString(""), p.path("cell").asString(""), p.path("row").asInt(),
                    p.path("column").asInt(), p.path("code").asString(""),
                    Severity.valueOf(p.path("severity").asString("error").toUpperCase(Locale.ROOT)),
                    p.path("value").isNull() ? null : p.path("value").asString(null),
                    p.path("message").path("vi").asString(""), p.path("message").path("en").asString("")));
        }
        JsonNode unreadable = root.path("unreadable");
        JsonNode totals = root.path("totals");
        return new StoredReport(root.path("contractVersion").asString(""), root.path("file").asString(""),
                unreadable.isObject() ? Optional.of(unreadable.path("reason").asString("")) : Optional.empty(),
                totals.path("errors").asLong(), totals.path("warnings").asLong(), sheets, problems,
                root.path("problemsTruncated").asBoolean(false));
    }

    /** Whether there is anything to mark in an annotated copy. */
    public boolean hasProblems() {
        return unreadableReason.isEmpty() && errors + warnings > 0;
    }

    /** The problems a person must act on or should look at, errors first; notes ({@code info}) are left out. */
    public List<Problem> errorsAndWarnings() {
        return problems.stream().filter(p -> p.severity() != Severity.INFO)
                .sorted(java.util.Comparator.comparing(p -> p.severity() != Severity.ERROR))
                .toList();
    }

    /** The message of a problem in the page's language: English for English, Vietnamese otherwise. */
    public static String message(Problem problem, Locale locale) {
        return "en".equals(locale.getLanguage()) ? problem.messageEn() : problem.messageVi();
    }

    /**
     * The report again as the annotated-copy writer takes it: the listed problems and the sheets. Counts
     * beyond the listed problems are not kept in the JSON per sheet, so a truncated report's copy marks
     * what was listed, as the copy written at check time does.
     */
    public ValidationReport toValidationReport() {
        ValidationReport report = new ValidationReport(contractVersion, fileName, Math.max(1, problems.size()));
        sheets.forEach(s -> report.sheet(s.sheet(), s.key()));
        problems.forEach(report::add);
        return report;
    }
}
