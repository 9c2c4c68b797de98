package vn.lienket.workbook.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The whole contract of one version: sheets in workbook order (the cover first), enumerations by
 * name, sheet names to ignore (instructions, lists, an earlier "Lỗi" sheet) and plausibility
 * thresholds.
 */
public record WorkbookContract(
        String version,
        String numberConventionDefault,
        List<String> ignoredSheets,
        BigDecimal capitalChangeFactor,
        Map<String, List<EnumValue>> enumerations,
        List<SheetContract> sheets) {

    public static final String COVER = "cover";
    public static final String INVESTMENT = "investment";
    public static final String OCOP = "ocop";
    public static final String EVENTS = "events";

    public WorkbookContract {
        ignoredSheets = List.copyOf(ignoredSheets);
        enumerations = Map.copyOf(enumerations);
        sheets = List.copyOf(sheets);
    }

    public SheetContract sheet(String key) {
        return sheets.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no sheet " + key + " in contract " + version));
    }

    public List<EnumValue> enumeration(String name) {
        List<EnumValue> values = enumerations.get(name);
        if (values == null) {
            throw new NoSuchElementException("no enumeration " + name + " in contract " + version);
        }
        return values;
    }
}
