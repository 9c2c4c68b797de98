package vn.lienket.intake.staging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyRowEncoderTest {

    private final CopyRowEncoder encoder = new CopyRowEncoder();

    @Test
    void encodesTypedFieldsTabSeparated() {
        encoder.field(7L).field("Lâm Đồng").field(new BigDecimal("1E+3")).field(LocalDate.of(2025, 9, 30))
                .field(null).field(-42).field(Long.MIN_VALUE).endRow();
        assertThat(encoder.pending()).isEqualTo("7\tLâm Đồng\t1000\t2025-09-30\t\\N\t-42\t-9223372036854775808\n");
    }

    @Test
    void escapesCharactersThatWouldSplitAFieldOrRow() {
        encoder.field("Tuần lễ\ttriển lãm\r\nĐắk Lắk \\ 2024").endRow();
        assertThat(encoder.pending()).isEqualTo("Tuần lễ\\ttriển lãm\\r\\nĐắk Lắk \\\\ 2024\n");
    }

    @Test
    void writesTheSameUtf8BytesAsJava() {
        String text = "Đắk Lắk · 𝔸 emoji 🍵 · NFD Đă\u0301k · Hồ Chí Minh";
        encoder.field(text).endRow();
        assertThat(encoder.pending().getBytes(StandardCharsets.UTF_8)).isEqualTo((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesArraysForPartnerLists() {
        encoder.field(List.of(66, 68)).field(List.of("a\"b")).endRow();
        assertThat(encoder.pending()).isEqualTo("{\"66\",\"68\"}\t{\"a\\\\\"b\"}\n");
    }

    @Test
    void keepsRowsUntilWrittenAndStartsEachRowAfresh() {
        encoder.field("x").field(1).endRow();
        encoder.field("y").endRow();
        assertThat(encoder.pending()).isEqualTo("x\t1\ny\n");
    }

    @Test
    void growsForLongText() {
        String cell = "Đ".repeat(40_000);
        encoder.field(cell).endRow();
        assertThat(encoder.pending()).isEqualTo(cell + "\n");
    }

    @Test
    void wholeNumbersOfEverySizeAreWrittenAsTheirDigits() {
        long[] values = {0, 9, 10, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 4_294_967_296L, 10_000_000_000L, Long.MAX_VALUE, -1};
        for (long value : values) {
            encoder.field((Object) value);
        }
        encoder.endRow();

        assertThat(encoder.pending()).isEqualTo(String.join("\t", java.util.Arrays.stream(values).mapToObj(Long::toString).toList()) + "\n");
    }
}
