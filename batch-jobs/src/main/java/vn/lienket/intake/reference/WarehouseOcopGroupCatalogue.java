package vn.lienket.intake.reference;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.workbook.reference.OcopGroup;
import vn.lienket.workbook.reference.OcopGroupCatalogue;

/** OCOP product groups with their parent group and validity, read once from {@code dim_ocop_group}. */
public final class WarehouseOcopGroupCatalogue implements OcopGroupCatalogue {

    private final List<DatedGroup> groups;

    public WarehouseOcopGroupCatalogue(JdbcClient jdbc) {
        this.groups = jdbc.sql("SELECT group_code, name_vi, parent_code, valid_from, valid_to FROM dim_ocop_group ORDER BY valid_from, group_code")
                .query((row, n) -> new DatedGroup(new OcopGroup(row.getString(1), row.getString(2), row.getString(3)),
                        row.getObject(4, LocalDate.class), row.getObject(5, LocalDate.class)))
                .list();
    }

    @Override
    public List<OcopGroup> validOn(LocalDate date) {
        return groups.stream()
                .filter(group -> !date.isBefore(group.validFrom()) && (group.validTo() == null || !date.isAfter(group.validTo())))
                .map(DatedGroup::group)
                .toList();
    }

    @Override
    public List<OcopGroup> all() {
        return groups.stream().map(DatedGroup::group).toList();
    }

    private record DatedGroup(OcopGroup group, LocalDate validFrom, LocalDate validTo) {
    }
}
