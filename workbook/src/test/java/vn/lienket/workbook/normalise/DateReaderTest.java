package vn.lienket.workbook.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    private static final LocalDate JULY_25 = LocalDate.of(2024, 7, 25);

    @ParameterizedTest
    @ValueSource(strings = {"25/07/2024", "25/7/2024", "25/7/24", "25-07-2024", "25.07.2024", "2024-07-25",
            " 25 / 7 / 2024 ", "ngày 25 tháng 7 năm 2024", "Ngay 25 thang 07 nam 2024"})
    void dayFirstAndIsoTextFormsAreRead(String text) {
        assertThat(DateReader.fromText(text)).contains(JULY_25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7/25/2024", "31/02/2026", "tháng 7", "2024", "25/07"})
    void monthFirstImpossibleOrIncompleteDatesAreRejected(String text) {
        assertThat(DateReader.fromText(text)).isEmpty();
    }

    @Test
    void excelSerialsBecomeDatesInBothDateSystems() {
        assertThat(DateReader.fromSerial(45498, false)).contains(JULY_25);
        assertThat(DateReader.fromSerial(45498 - 1462, true)).contains(JULY_25);
        assertThat(DateReader.fromSerial(-3, false)).isEmpty();
    }
}
