package vn.lienket.intake.commit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.intake.reference.WarehouseProvinceDirectory;
import vn.lienket.intake.registry.SubmissionOutcomes.DiffLine;
import vn.lienket.intake.staging.FactPart;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.ColumnType;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.reference.Province;

/**
 * A resubmission's differences as the province's clerk knows them from the workbook: each warehouse
 * column is named by its column header in the contract ("Vốn đăng ký (tỷ đồng)", not
 * {@code registered_capital_bn}), codes by their list labels ("Đang triển khai", not
 * {@code under_implementation}) and province keys by the province's name.
 */
@Component
public class DiffLabels {

    private final WarehouseCheckContexts reference;

    public DiffLabels(WarehouseCheckContexts reference) {
        this.reference = reference;
    }

    /** Vietnamese headers and labels, English ones for an English locale. */
    public List<DiffLine> asInWorkbook(List<DiffLine> lines, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        WorkbookContract contract = WorkbookContracts.released().latest();
        WarehouseProvinceDirectory provinces = reference.provinces();
        return lines.stream().map(line -> contractColumn(contract, line)
                .map(column -> new DiffLine(line.previousSubmissionId(), line.part(), line.rowKey(), line.change(),
                        english ? column.nameEn() : column.headerVi(),
                        value(column, line.oldValue(), contract, provinces, english),
                        value(column, line.newValue(), contract, provinces, english)))
                .orElse(line)).toList();
    }

    private static Optional<ColumnContract> contractColumn(WorkbookContract contract, DiffLine line) {
        if (line.field() == null) {
            return Optional.empty();
        }
        return FactPart.ALL.stream().filter(part -> part.part().equals(line.part())).findFirst()
                .flatMap(part -> part.columns().stream().filter(c -> c.name().equals(line.field())).findFirst()
                        .flatMap(column -> contract.sheet(part.sheet()).columns().stream()
                                .filter(c -> c.field().equals(column.field())).findFirst()));
    }

    private static String value(ColumnContract column, String stored, WorkbookContract contract,
                                WarehouseProvinceDirectory provinces, boolean english) {
        if (stored == null) {
            return null;
        }
        if (column.type() == ColumnType.ENUM) {
            return contract.enumeration(column.enumeration()).stream().filter(v -> v.code().equals(stored)).findFirst()
                    .map(v -> english ? v.labelEn() : v.labelVi()).orElse(stored);
        }
        if (column.type() == ColumnType.PROVINCE) {
            return provinces.byKey(Integer.parseInt(stored)).map(Province::name).orElse(stored);
        }
        return stored;
    }
}
