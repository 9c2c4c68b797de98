package vn.lienket.workbook.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The whole contract of one version: sheets in workbook order (the cover first), enumerations by
 * name, sheet names to ignore (instructions, lists, an earlier "Lỗi" sheet) and plausibility
 * thresholds.
 *
 * @param version       {@code v1}, {@code v2} …: what a submission records it was checked and loaded under
 * @param effectiveFrom the first day (in {@code lienket.time-zone}) a workbook received is checked under this
 *                      version; it stays in force until the next version's day (see {@link WorkbookContracts})
 */
public record WorkbookContract(
        String version,
        LocalDate effectiveFrom,
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
