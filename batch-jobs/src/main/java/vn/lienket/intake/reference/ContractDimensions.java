package vn.lienket.intake.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lienket.workbook.contract.EnumValue;
import vn.lienket.workbook.contract.WorkbookContract;

/**
 * The guarantee the fact tables do not repeat per row: every code the workbook contract lets through
 * is a code of its dimension. The check only passes contract codes, so comparing the two lists (a
 * few dozen codes) before a load stages anything covers every row of it; a disagreement is a
 * deployment fault (a contract released without its dimension rows), not a fault of the file, and
 * stops the load before anything is written. OCOP product groups are not listed: the check takes them
 * from the dimension itself.
 */
@Component
public class ContractDimensions {

    /** Contract enumeration → the dimension column holding its codes. */
    private static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("investment_status", "SELECT code FROM dim_investment_status");
        DIMENSIONS.put("sector", "SELECT code FROM dim_sector");
        DIMENSIONS.put("event_type", "SELECT code FROM dim_event_type");
        DIMENSIONS.put("event_level", "SELECT code FROM dim_event_level");
        DIMENSIONS.put("ocop_star", "SELECT star::text FROM dim_ocop_star");
    }

    private final JdbcClient jdbc;

    public ContractDimensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws naming every contract code that no dimension row carries. */
    public void requireAgreement(WorkbookContract contract) {
        List<String> unknown = new ArrayList<>();
        DIMENSIONS.forEach((enumeration, codesSql) -> {
            Set<String> known = Set.copyOf(jdbc.sql(codesSql).query(String.class).list());
            contract.enumeration(enumeration).stream()
                    .map(EnumValue::code)
                    .filter(code -> !known.contains(code))
                    .map(code -> enumeration + " " + code)
                    .forEach(unknown::add);
        });
        if (!unknown.isEmpty()) {
            throw new ContractMismatchException(contract.version(), unknown);
        }
    }

    /** The contract allows codes the warehouse does not know: fix the deployment, then load again. */
    public static class ContractMismatchException extends IllegalStateException {
        ContractMismatchException(String contractVersion, List<String> unknown) {
            super("Workbook contract " + contractVersion + " allows codes the warehouse dimensions do not have: "
                    + unknown.stream().collect(Collectors.joining(", ")));
        }
    }
}
