package vn.lienket.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseOrderTest {

    @Test
    void provinceNamesSortAsTheVietnameseAlphabetDoes() {
        List<String> names = List.of("Gia Lai", "Đắk Nông", "Quảng Ngãi", "Đắk Lắk", "Cà Mau", "Lâm Đồng", "An Giang", "Ấp Bắc");

        assertThat(names.stream().sorted(VietnameseOrder.names()).toList())
                .containsExactly("An Giang", "Ấp Bắc", "Cà Mau", "Đắk Lắk", "Đắk Nông", "Gia Lai", "Lâm Đồng", "Quảng Ngãi");
        assertThat(names.stream().sorted().toList()).as("code-point order, which this replaces, puts Đ after Q")
                .containsSubsequence("Quảng Ngãi", "Đắk Lắk", "Đắk Nông");
    }
}
