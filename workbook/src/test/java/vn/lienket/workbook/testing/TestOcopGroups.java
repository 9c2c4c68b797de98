package vn.lienket.workbook.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import vn.lienket.workbook.reference.OcopGroup;
import vn.lienket.workbook.reference.OcopGroupCatalogue;

/**
 * The groups of Decision 1048/2019 (valid until 2023-02-23) and the six of Decision 148/2023 (from 2023-02-24)
 * with a few of its sub-groups (1.1 and its 1.1a, 1.2), as the warehouse has them.
 */
public final class TestOcopGroups implements OcopGroupCatalogue {

    private static final LocalDate DECISION_148 = LocalDate.of(2023, 2, 24);
    private static final List<OcopGroup> OLD = List.of(
            new OcopGroup("OCOP1048-1", "Thực phẩm"), new OcopGroup("OCOP1048-2", "Đồ uống"),
            new OcopGroup("OCOP1048-3", "Thảo dược"), new OcopGroup("OCOP1048-4", "Vải và may mặc"));
    private static final List<OcopGroup> CURRENT = List.of(
            new OcopGroup("OCOP148-1", "Thực phẩm"), new OcopGroup("OCOP148-2", "Đồ uống"),
            new OcopGroup("OCOP148-3", "Dược liệu và sản phẩm từ dược liệu"),
            new OcopGroup("OCOP148-4", "Hàng thủ công mỹ nghệ"), new OcopGroup("OCOP148-5", "Sinh vật cảnh"),
            new OcopGroup("OCOP148-6", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"),
            new OcopGroup("OCOP148-1.1", "Nông sản tươi sống", "OCOP148-1"),
            new OcopGroup("OCOP148-1.1a", "Rau, củ, quả, hạt tươi", "OCOP148-1.1"),
            new OcopGroup("OCOP148-1.2", "Nông sản sơ chế", "OCOP148-1"));

    @Override
    public List<OcopGroup> validOn(LocalDate date) {
        return date.isBefore(DECISION_148) ? OLD : CURRENT;
    }

    @Override
    public List<OcopGroup> all() {
        return Stream.concat(OLD.stream(), CURRENT.stream()).toList();
    }
}
