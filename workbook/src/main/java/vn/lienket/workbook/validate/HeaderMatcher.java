package vn.lienket.workbook.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.SheetContract;
import vn.lienket.workbook.normalise.Folding;
import vn.lienket.workbook.normalise.TextCleaner;
import vn.lienket.workbook.read.CellValue;
import vn.lienket.workbook.read.SourceRow;

/**
 * Finds the header among a sheet's first rows and maps columns to the contract by folded text,
 * never by position. A two-row header (a merged "Vốn (tỷ đồng)" above "Đăng ký" | "Thực hiện")
 * is read by carrying the upper label across the blank cells a merge leaves and joining it with
 * the label below. Title rows above the header simply match nothing.
 */
final class HeaderMatcher {

    /** One matching cell can be a coincidence in a title; a header matches at least two columns. */
    private static final int MINIMUM_SCORE = 2;

    record UnknownColumn(int column, String header) {
    }

    record Match(int lastHeaderRow, Map<Integer, ColumnContract> columns, List<UnknownColumn> unknown,
                 List<UnknownColumn> duplicates, int score) {
    }

    private final SheetContract sheet;
    private final Map<String, ColumnContract> labels = new HashMap<>();

    HeaderMatcher(SheetContract sheet) {
        this.sheet = sheet;
        for (ColumnContract column : sheet.columns()) {
            labels.putIfAbsent(Folding.fold(column.headerVi()), column);
            labels.putIfAbsent(Folding.fold(column.nameEn()), column);
            labels.putIfAbsent(Folding.fold(column.field().replace('_', ' ')), column);
            column.synonyms().forEach(s -> labels.putIfAbsent(Folding.fold(s), column));
        }
    }

    Optional<Match> find(List<SourceRow> rows) {
        Match best = null;
        for (int i = 0; i < rows.size(); i++) {
            Match single = match(i, null, rows.get(i));
            if (best == null || single.score() > best.score()) {
                best = single;
            }
            if (i + 1 < rows.size() && rows.get(i + 1).number() == rows.get(i).number() + 1) {
                Match pair = match(i + 1, rows.get(i), rows.get(i + 1));
                if (pair.score() > best.score()) {
                    best = pair;
                }
            }
        }
        return Optional.ofNullable(best).filter(m -> m.score() >= Math.min(MINIMUM_SCORE, sheet.columns().size()));
    }

    private Match match(int index, SourceRow upper, SourceRow lower) {
        int width = Math.max(lower.width(), upper == null ? 0 : upper.width());
        Map<Integer, ColumnContract> columns = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<UnknownColumn> unknown = new ArrayList<>();
        List<UnknownColumn> duplicates = new ArrayList<>();
        String carried = "";
        for (int c = 0; c < width; c++) {
            String below = label(lower.cell(c));
            String above = upper == null ? "" : label(upper.cell(c));
            if (!above.isEmpty()) {
                carried = above;
            } else if (below.isEmpty()) {
                carried = "";
            }
            String group = above.isEmpty() && !below.isEmpty() ? carried : above;
            ColumnContract column = null;
            for (String candidate : candidates(group, below)) {
                column = labels.get(Folding.fold(candidate));
                if (column != null) {
                    break;
                }
            }
            String shown = (group + " " + below).trim();
            if (column == null) {
                if (!Folding.fold(shown).isEmpty()) {
                    unknown.add(new UnknownColumn(c, shown));
                }
            } else if (seen.putIfAbsent(column.field(), c) != null) {
                duplicates.add(new UnknownColumn(c, shown));
            } else {
                columns.put(c, column);
            }
        }
        return new Match(index, columns, unknown, duplicates, seen.size());
    }

    private static List<String> candidates(String group, String below) {
        if (below.isEmpty()) {
            return List.of(group);
        }
        if (group.isEmpty()) {
            return List.of(below);
        }
        return List.of(group + " " + below, below, group);
    }

    private static String label(CellValue cell) {
        return cell == null ? "" : TextCleaner.readable(cell.display());
    }
}
