package vn.lienket.workbook.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void headersDifferingInCaseAccentsSpacingAndUnitsFoldAlike() {
        assertThat(Folding.fold("Vốn đăng ký (tỷ đồng)"))
                .isEqualTo(Folding.fold("VON  DANG KY"))
                .isEqualTo(Folding.fold(" vốn đăng ký\n"))
                .isEqualTo("von dang ky");
        assertThat(Folding.fold("Hội nghị kết nối cung – cầu")).isEqualTo(Folding.fold("hoi nghi ket noi cung cau"));
        assertThat(Folding.fold("Tọa đàm")).isEqualTo(Folding.fold("Toạ đàm"));
    }
}
