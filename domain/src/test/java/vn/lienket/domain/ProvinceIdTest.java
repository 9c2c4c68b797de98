package vn.lienket.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProvinceIdTest {

    @Test
    void theSameCodeInTwoErasIsTwoProvinces() {
        ProvinceId binhDinh = ProvinceId.parse("P63:52");
        ProvinceId giaLai = ProvinceId.parse("p34:52");
        assertThat(binhDinh).isNotEqualTo(giaLai);
        assertThat(giaLai).hasToString("P34:52");
    }

    @Test
    void rejectsACodeWithoutEra() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProvinceId.parse("68"));
        assertThatIllegalArgumentException().isThrownBy(() -> ProvinceId.parse("P34:6"));
    }
}
