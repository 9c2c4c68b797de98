package vn.lienket.workbook.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.CrossFieldRule;
import vn.lienket.workbook.contract.SheetContract;
import vn.lienket.workbook.normalise.Folding;
import vn.lienket.workbook.normalise.NumberReader;
import vn.lienket.workbook.read.CellKind;
import vn.lienket.workbook.read.CellValue;
import vn.lienket.workbook.read.SourceRow;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.report.ValidationReport;
import vn.lienket.workbook.rows.RowSink;

/**
 * Checks one table sheet as its rows stream past: buffers the first rows until the header is
 * found, then checks each data row and forgets it. Memory per sheet is the header buffer, one row,
 * the running column sums and the unique-key index.
 */
final class TableSheetValidator implements Consumer<SourceRow> {

    private static final int HEADER_SEARCH_ROWS = 15;
    private static final List<String> TOTAL_LABELS = List.of("tong cong", "cong", "tong", "tong so", "total", "cong tong");
    private static final Pattern NUMBERING = Pattern.compile("\\(?\\d{1,2}\\)?");
    /** Excel sums in binary floating point; differences below this are rounding, not a wrong total. */
    private static final BigDecimal TOTAL_TOLERANCE = new BigDecimal("0.005");

    private final SheetContract contract;
    private final String sheet;
    private final ValidationSession session;
    private final ValidationReport report;
    private final RowProblems problems;
    private final CellParser parser;
    private final PlausibilityChecks plausibility;
    private final ParsedRow parsed;
    private static final String OCOP = "ocop";

    private final UniqueKeyIndex uniqueKeys = new UniqueKeyIndex();
    private final StringBuilder folded = new StringBuilder();
    private OcopGroupOverlap ocopOverlap;
    private final List<SourceRow> headerBuffer = new ArrayList<>();
    private final BigDecimal[] sums;
    private boolean headerDecided;
    private boolean headerFound;
    private boolean firstDataRow = true;
    private boolean requiredColumnMissing;
    /** Column index in the file for each contract column, -1 when the file lacks it. */
    private final int[] positions;
    private final PlausibilityChecks.ColumnLocator locator = locator();

    TableSheetValidator(SheetContract contract, String sheet, ValidationSession session) {
        this.contract = contract;
        this.sheet = sheet;
        this.session = session;
        this.report = session.findings.report();
        this.problems = new RowProblems(session.findings, sheet);
        this.parser = new CellParser(session, problems);
        this.plausibility = new PlausibilityChecks(session, problems);
        this.parsed = new ParsedRow(contract, sheet);
        this.sums = new BigDecimal[contract.columns().size()];
        this.positions = new int[contract.columns().size()];
        Arrays.fill(positions, -1);
    }

    @Override
    public void accept(SourceRow row) {
        if (!headerDecided) {
            if (!row.isBlank()) {
                headerBuffer.add(row);
            }
            if (headerBuffer.size() >= HEADER_SEARCH_ROWS) {
                decideHeader();
            }
            return;
        }
        data(row);
    }

    void finish() {
        if (!headerDecided) {
            decideHeader();
        }
        plausibility.finish(locator);
    }

    private void decideHeader() {
        headerDecided = true;
        Optional<HeaderMatcher.Match> match = new HeaderMatcher(contract).find(headerBuffer);
        if (match.isEmpty()) {
            if (!headerBuffer.isEmpty()) {
                session.findings.sheet(sheet, "HEADER_NOT_FOUND", Severity.ERROR, null,
                        new Localised(contract.dataColumns().get(0).headerVi(), contract.dataColumns().get(0).nameEn()));
                headerBuffer.forEach(this::data);
            }
            return;
        }
        headerFound = true;
        HeaderMatcher.Match header = match.get();
        int headerRow = headerBuffer.get(header.lastHeaderRow()).number();
        for (Map.Entry<Integer, ColumnContract> e : header.columns().entrySet()) {
            positions[contract.columns().indexOf(e.getValue())] = e.getKey();
        }
        for (HeaderMatcher.UnknownColumn unknown : header.unknown()) {
            session.findings.cell(sheet, headerRow, unknown.column(), "COLUMN_UNKNOWN", Severity.WARNING,
                    unknown.header(), null);
        }
        for (HeaderMatcher.UnknownColumn duplicate : header.duplicates()) {
            session.findings.cell(sheet, headerRow, duplicate.column(), "COLUMN_DUPLICATE", Severity.WARNING,
                    duplicate.header(), null);
        }
        for (int i = 0; i < positions.length; i++) {
            ColumnContract column = contract.columns().get(i);
            if (positions[i] < 0 && !column.ignored()) {
                Severity severity = column.required() ? Severity.ERROR : Severity.WARNING;
                requiredColumnMissing |= column.required();
                session.findings.row(sheet, headerRow, column.required() ? "COLUMN_MISSING" : "COLUMN_OPTIONAL_MISSING",
                        severity, new Localised(column.headerVi(), column.nameEn()));
            }
        }
        headerBuffer.subList(header.lastHeaderRow() + 1, headerBuffer.size()).forEach(this::data);
        headerBuffer.clear();
    }

    private void data(SourceRow row) {
        if (!headerFound) {
            if (!row.isBlank()) {
                report.rowRead(sheet);
                report.rejectedRow(sheet);
            }
            return;
        }
        if (firstDataRow && !row.isBlank()) {
            firstDataRow = false;
            if (isNumberingRow(row)) {
                report.rowRead(sheet);
                report.skippedRow(sheet);
                session.findings.row(sheet, row.number(), "HEADER_NUMBERING_ROW", Severity.INFO);
                return;
            }
        }
        if (!hasData(row)) {
            if (hasContentOutsideColumns(row)) {
                report.rowRead(sheet);
                report.skippedRow(sheet);
                session.findings.row(sheet, row.number(), "ROW_OUTSIDE_COLUMNS", Severity.INFO);
            }
            return;
        }
        report.rowRead(sheet);
        if (isTotalsRow(row)) {
            totals(row);
            return;
        }
        problems.start(row.number());
        parsed.start(row.number());
        for (int i = 0; i < positions.length; i++) {
            ColumnContract column = contract.columns().get(i);
            if (positions[i] < 0 || column.ignored()) {
                continue;
            }
            CellValue cell = row.cell(positions[i]);
            Object value = parser.parse(positions[i], column, cell);
            parsed.set(i, value);
            if (column.summable() && value instanceof BigDecimal number) {
                sums[i] = sums[i] == null ? number : sums[i].add(number);
            }
            if (cell == null && column.required()) {
                problems.cell(positions[i], column, "VALUE_REQUIRED", Severity.ERROR, null);
            }
        }
        crossFieldRules();
        uniqueKey();
        ocopGroupOverlap();
        plausibility.check(contract.key(), parsed, locator);
        if (problems.hasErrors() || requiredColumnMissing) {
            report.rejectedRow(sheet);
            return;
        }
        report.factRow(sheet);
        RowSink sink = session.sink();
        if (sink != null) {
            FactRows.emit(contract, parsed, sink);
        }
    }

    private boolean hasData(SourceRow row) {
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] >= 0 && !contract.columns().get(i).ignored() && row.cell(positions[i]) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean hasContentOutsideColumns(SourceRow row) {
        for (int c = 0; c < row.width(); c++) {
            if (row.cell(c) != null && !isContractColumn(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean isContractColumn(int column) {
        for (int position : positions) {
            if (position == column) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumberingRow(SourceRow row) {
        int numbered = 0;
        for (int c = 0; c < row.width(); c++) {
            CellValue cell = row.cell(c);
            if (cell == null) {
                continue;
            }
            if (!NUMBERING.matcher(cell.display().trim()).matches()) {
                return false;
            }
            numbered++;
        }
        return numbered >= 3;
    }

    private boolean isTotalsRow(SourceRow row) {
        for (int c = 0; c < row.width(); c++) {
            CellValue cell = row.cell(c);
            if (cell != null && cell.kind() == CellKind.TEXT && mayBeTotalLabel(cell.text()) && isTotalLabel(cell.text())) {
                return true;
            }
        }
        return false;
    }

    /** Folded into one buffer and compared in place: sectors such as "Công nghiệp" pass the cheap filter on every row. */
    private boolean isTotalLabel(String text) {
        Folding.fold(text, folded);
        for (String label : TOTAL_LABELS) {
            if (label.contentEquals(folded)) {
                return true;
            }
        }
        return false;
    }

    /** Every total label starts with T or C ("Tổng cộng", "Cộng", "Total"): a cheap filter before folding. */
    private static boolean mayBeTotalLabel(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == end) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(start));
        if (first != 't' && first != 'c') {
            return false;
        }
        while (Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start <= 20;
    }

    private void totals(SourceRow row) {
        for (int i = 0; i < positions.length; i++) {
            ColumnContract column = contract.columns().get(i);
            if (positions[i] < 0 || !column.summable()) {
                continue;
            }
            CellValue cell = row.cell(positions[i]);
            Optional<BigDecimal> stated = totalValue(cell);
            BigDecimal computed = sums[i] == null ? BigDecimal.ZERO : sums[i];
            if (stated.isPresent() && stated.get().subtract(computed).abs().compareTo(TOTAL_TOLERANCE) > 0) {
                session.findings.cell(sheet, row.number(), positions[i], "TOTAL_MISMATCH", Severity.WARNING,
                        cell.display(), column, computed);
            }
            sums[i] = null;
        }
        report.skippedRow(sheet);
        session.findings.row(sheet, row.number(), "TOTAL_ROW_EXCLUDED", Severity.INFO);
    }

    private Optional<BigDecimal> totalValue(CellValue cell) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.isNumber()) {
            return Optional.of(cell.decimal());
        }
        return cell.kind() == CellKind.TEXT ? session.numbers.read(cell.text()).map(NumberReader.Reading::value) : Optional.empty();
    }

    private void crossFieldRules() {
        for (CrossFieldRule rule : contract.rules()) {
            Object right = parsed.get(rule.right());
            if (right == null) {
                continue;
            }
            if (right instanceof LocalDate end) {
                LocalDate start = (LocalDate) parsed.get(rule.left().get(0));
                if (start != null && start.isAfter(end)) {
                    reportRule(rule, VietnameseDates.DAY.format(end), VietnameseDates.DAY.format(start));
                }
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            boolean complete = true;
            for (String field : rule.left()) {
                BigDecimal value = (BigDecimal) parsed.get(field);
                complete &= value != null;
                total = value == null ? total : total.add(value);
            }
            BigDecimal limit = (BigDecimal) right;
            if (complete && total.compareTo(limit) > 0) {
                BigDecimal anchorValue = (BigDecimal) parsed.get(rule.anchor());
                reportRule(rule, anchorValue.stripTrailingZeros().toPlainString(), total, limit);
            }
        }
    }

    private void reportRule(CrossFieldRule rule, Object... extra) {
        int index = fieldIndex(rule.anchor());
        String value = String.valueOf(extra[0]);
        Object[] rest = Arrays.copyOfRange(extra, 1, extra.length);
        problems.cell(positions[index], contract.columns().get(index), rule.code(), rule.severity(), value, rest);
    }

    private void uniqueKey() {
        if (contract.uniqueKey().isEmpty()) {
            return;
        }
        String[] parts = new String[contract.uniqueKey().size()];
        for (int i = 0; i < parts.length; i++) {
            Object value = parsed.get(contract.uniqueKey().get(i));
            if (value == null) {
                return;
            }
            parts[i] = value.toString();
        }
        int first = uniqueKeys.firstRowOf(parts, problems.row());
        if (first > 0) {
            int index = fieldIndex(contract.uniqueKey().get(0));
            problems.cell(positions[index], contract.columns().get(index), contract.duplicateCode(), Severity.ERROR,
                    String.join(" / ", parts), String.valueOf(first));
        }
    }

    /** OCOP rows only: a group and its own sub-group with the same star count the same products twice (an error). */
    private void ocopGroupOverlap() {
        if (!OCOP.equals(contract.key()) || !(parsed.get("group") instanceof String group) || parsed.get("star") == null) {
            return;
        }
        if (ocopOverlap == null) {
            ocopOverlap = new OcopGroupOverlap(session.ocopGroups.all());
        }
        int star = Integer.parseInt(parsed.get("star").toString());
        ocopOverlap.record(group, star, problems.row()).ifPresent(earlier -> {
            int index = fieldIndex("group");
            problems.cell(positions[index], contract.columns().get(index), "OCOP_GROUP_OVERLAP", Severity.ERROR, group,
                    earlier.groupCode(), String.valueOf(earlier.row()), String.valueOf(star));
        });
    }

    private int fieldIndex(String field) {
        for (int i = 0; i < contract.columns().size(); i++) {
            if (contract.columns().get(i).field().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no field " + field + " in sheet " + contract.key());
    }

    private PlausibilityChecks.ColumnLocator locator() {
        return new PlausibilityChecks.ColumnLocator() {
            @Override
            public int index(String field) {
                return positions[fieldIndex(field)];
            }

            @Override
            public ColumnContract column(String field) {
                return contract.columns().get(fieldIndex(field));
            }
        };
    }
}
