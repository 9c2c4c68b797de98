package vn.lienket.workbook.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
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

    /** Whole serials are counted without POI; every day Excel can hold must still land where POI puts it. */
    @Test
    void wholeSerialsGiveThePoiDateIncludingAroundExcelsFake29February1900() {
        for (boolean date1904 : new boolean[] {false, true}) {
            for (int serial = 1; serial <= 2958465; serial += serial < 1000 ? 1 : 97) {
                assertThat(DateReader.fromSerial(serial, date1904))
                        .as("serial %d, 1904 system %s", serial, date1904)
                        .contains(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
            }
        }
        assertThat(DateReader.fromSerial(60, false)).contains(LocalDate.of(1900, 3, 1));
        assertThat(DateReader.fromSerial(61, false)).contains(LocalDate.of(1900, 3, 1));
        assertThat(DateReader.fromSerial(2958465, false)).contains(LocalDate.of(9999, 12, 31));
        assertThat(DateReader.fromSerial(45498.75, false)).contains(JULY_25);
    }
}
