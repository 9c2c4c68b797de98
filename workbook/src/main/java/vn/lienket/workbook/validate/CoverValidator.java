package vn.lienket.workbook.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.ColumnType;
import vn.lienket.workbook.contract.SheetContract;
import vn.lienket.workbook.normalise.Folding;
import vn.lienket.workbook.normalise.TextCleaner;
import vn.lienket.workbook.read.CellValue;
import vn.lienket.workbook.read.SourceRow;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.rows.CoverInfo;

/**
 * Reads the cover's label/value pairs (a label anywhere in a row, its value in the next filled cell
 * to the right), resolves the quarter first and then the province within that quarter's era.
 * A cover without errors is handed to the session, which opens the sink for fact rows.
 */
final class CoverValidator {

    /** A cover is a dozen rows; anything beyond this is not a cover and is not kept in memory. */
    private static final int MAX_ROWS = 200;

    private record Entry(int row, int column, CellValue value) {
    }

    private final SheetContract contract;
    private final String sheet;
    private final ValidationSession session;
    private final List<SourceRow> rows = new ArrayList<>();

    CoverValidator(SheetContract contract, String sheet, ValidationSession session) {
        this.contract = contract;
        this.sheet = sheet;
        this.session = session;
    }

    void accept(SourceRow row) {
        if (rows.size() < MAX_ROWS && !row.isBlank()) {
            rows.add(row);
        }
    }

    void finish() {
        Map<String, Entry> entries = entries();
        RowProblems problems = new RowProblems(session.findings, sheet);
        CellParser parser = new CellParser(session, problems);
        boolean valid = true;
        Map<String, Object> values = new HashMap<>();
        List<ColumnContract> ordered = new ArrayList<>(contract.columns());
        // the quarter decides the era the province is looked up in, so it is read first
        ordered.sort((a, b) -> Boolean.compare(b.type() == ColumnType.QUARTER, a.type() == ColumnType.QUARTER));
        for (ColumnContract field : ordered) {
            Entry entry = entries.get(field.field());
            if (entry == null || entry.value() == null) {
                if (field.required()) {
                    valid = false;
                    int row = entry == null ? 0 : entry.row();
                    session.findings.cell(sheet, row, entry == null ? -1 : entry.column(), "COVER_FIELD_MISSING",
                            Severity.ERROR, null, field);
                }
                continue;
            }
            problems.start(entry.row());
            Object value = parser.parse(entry.column(), field, entry.value());
            valid &= !problems.hasErrors();
            values.put(field.field(), value);
            if (value instanceof Quarter quarter) {
                if (!hasEra(quarter)) {
                    problems.cell(entry.column(), field, "QUARTER_OUT_OF_RANGE", Severity.ERROR, quarter.toString());
                    valid = false;
                    continue;
                }
                session.quarter(quarter);
                if (quarter.firstDay().isAfter(session.today)) {
                    problems.cell(entry.column(), field, "COVER_QUARTER_IN_FUTURE", Severity.ERROR, quarter.toString(),
                            VietnameseDates.DAY.format(session.today));
                    valid = false;
                }
            }
            if ("template_version".equals(field.field()) && !session.contract.version().equals(value)) {
                problems.cell(entry.column(), field, "COVER_TEMPLATE_VERSION", Severity.WARNING, String.valueOf(value),
                        session.contract.version(), VietnameseDates.DAY.format(session.contract.effectiveFrom()));
            }
        }
        if (valid && values.get("province") instanceof ProvinceId province && session.quarter() != null) {
            String name = session.directory.find(province).map(p -> p.name()).orElse(province.toString());
            session.acceptCover(new CoverInfo(province, name, session.quarter(), (String) values.get("preparer"),
                    (String) values.get("contact"), (String) values.get("template_version")));
        }
    }

    /** The warehouse knows provinces only from its first era on (1 August 2008). */
    private boolean hasEra(Quarter quarter) {
        try {
            session.directory.eraOf(quarter);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Map<String, Entry> entries() {
        Map<String, ColumnContract> labels = new HashMap<>();
        for (ColumnContract field : contract.columns()) {
            labels.putIfAbsent(Folding.fold(field.headerVi()), field);
            labels.putIfAbsent(Folding.fold(field.nameEn()), field);
            field.synonyms().forEach(s -> labels.putIfAbsent(Folding.fold(s), field));
        }
        Map<String, Entry> entries = new HashMap<>();
        for (SourceRow row : rows) {
            for (int c = 0; c < row.width(); c++) {
                CellValue cell = row.cell(c);
                ColumnContract field = cell == null ? null : labels.get(Folding.fold(TextCleaner.readable(cell.display())));
                if (field != null && !entries.containsKey(field.field())) {
                    entries.put(field.field(), valueRightOf(row, c));
                    break;
                }
            }
        }
        return entries;
    }

    private static Entry valueRightOf(SourceRow row, int labelColumn) {
        for (int c = labelColumn + 1; c < row.width(); c++) {
            if (row.cell(c) != null) {
                return new Entry(row.number(), c, row.cell(c));
            }
        }
        return new Entry(row.number(), labelColumn + 1, null);
    }
}
