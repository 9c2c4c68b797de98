package vn.lienket.workbook.contract;

import java.util.List;

/** One sheet of the workbook: its name and accepted synonyms, its columns and rules. */
public record SheetContract(
        String key,
        String name,
        List<String> synonyms,
        Layout layout,
        String titleVi,
        List<ColumnContract> columns,
        List<String> uniqueKey,
        String duplicateCode,
        List<CrossFieldRule> rules) {

    public SheetContract {
        synonyms = List.copyOf(synonyms);
        columns = List.copyOf(columns);
        uniqueKey = List.copyOf(uniqueKey);
        rules = List.copyOf(rules);
    }

    /** The columns a user fills, in template order (the row number column excluded). */
    public List<ColumnContract> dataColumns() {
        return columns.stream().filter(c -> !c.ignored()).toList();
    }
}
