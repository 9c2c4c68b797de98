package vn.lienket.intake.staging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyRowEncoderTest {

    private final CopyRowEncoder encoder = new CopyRowEncoder();

    @Test
    void encodesTypedFieldsTabSeparated() {
        String row = encoder.field(7L).field("Lâm Đồng").field(new BigDecimal("1E+3")).field(LocalDate.of(2025, 9, 30))
                .field(null).endRow();
        assertThat(row).isEqualTo("7\tLâm Đồng\t1000\t2025-09-30\t\\N\n");
    }

    @Test
    void escapesCharactersThatWouldSplitAFieldOrRow() {
        String row = encoder.field("Tuần lễ\ttriển lãm\r\nĐắk Lắk \\ 2024").endRow();
        assertThat(row).isEqualTo("Tuần lễ\\ttriển lãm\\r\\nĐắk Lắk \\\\ 2024\n");
    }

    @Test
    void encodesTextArraysForPartnerLists() {
        String row = encoder.field(List.of("66", "68")).field(List.of("a\"b")).endRow();
        assertThat(row).isEqualTo("{\"66\",\"68\"}\t{\"a\\\\\"b\"}\n");
    }

    @Test
    void startsEachRowAfresh() {
        encoder.field("x").endRow();
        assertThat(encoder.field("y").endRow()).isEqualTo("y\n");
    }
}
