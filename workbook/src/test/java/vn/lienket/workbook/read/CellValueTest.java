package vn.lienket.workbook.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Whole numbers skip the text round trip of {@link BigDecimal#valueOf(double)}; typed rows and
 * messages must not see the difference, not even in the scale (10 stays 10.0).
 */
class CellValueTest {

    @Test
    void numbersBecomeTheDecimalsAndTextThatValueOfGives() {
        for (double number : new double[] {0, -0.0, 1, -1, 10, 120.5, 1250.5, 0.1 + 0.2, 9_999_999, -9_999_999,
                10_000_000, 12_345_678, 1e15, 1e20, 3.0e-7, 2958465}) {
            assertSameAsValueOf(number);
        }
        for (long whole = -20_000; whole <= 20_000_000; whole += whole < 20_000 ? 1 : 997) {
            assertSameAsValueOf(whole);
        }
    }

    @Test
    void aWholeNumberKeepsTheScaleOfItsDouble() {
        assertThat(CellValue.number(10).decimal()).isEqualTo(new BigDecimal("10.0"));
        assertThat(CellValue.number(10).display()).isEqualTo("10");
        assertThat(CellValue.number(1e20).display()).isEqualTo("100000000000000000000");
    }

    private static void assertSameAsValueOf(double number) {
        BigDecimal expected = BigDecimal.valueOf(number);
        CellValue cell = CellValue.number(number);
        assertThat(cell.decimal()).as("%s", number).isEqualTo(expected);
        assertThat(cell.display()).as("%s", number).isEqualTo(expected.stripTrailingZeros().toPlainString());
    }
}
