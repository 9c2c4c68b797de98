package vn.lienket.workbook.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormulaTextTest {

    @Test
    void textAFormulaCouldBeMadeOfIsRecognised() {
        assertThat(FormulaText.looksLikeFormula("=1+1")).isTrue();
        assertThat(FormulaText.looksLikeFormula("+cmd|' /C calc'!A0")).isTrue();
        assertThat(FormulaText.looksLikeFormula("-2+3")).isTrue();
        assertThat(FormulaText.looksLikeFormula("@SUM(A1)")).isTrue();
        assertThat(FormulaText.looksLikeFormula("\t=1")).isTrue();
        assertThat(FormulaText.looksLikeFormula("Khu du lịch = đẹp")).isFalse();
        assertThat(FormulaText.looksLikeFormula("")).isFalse();
        assertThat(FormulaText.looksLikeFormula(null)).isFalse();
    }

    @Test
    void aCsvFieldGetsAnApostropheOnlyWhenItLooksLikeAFormula() {
        assertThat(FormulaText.forDelimitedText("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FormulaText.forDelimitedText("LD-001")).isEqualTo("LD-001");
    }

    @Test
    void aCellKeepsTheTextExactlyAndOneQuotedStyleServesEveryCellOfAStyle() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            FormulaText text = new FormulaText(workbook);
            Row row = workbook.createSheet("DuAn").createRow(0);
            Cell first = row.createCell(0);
            Cell second = row.createCell(1);
            Cell plain = row.createCell(2);

            text.set(first, "=1+1");
            text.set(second, "@A1");
            text.set(plain, "LD-001");

            assertThat(first.getStringCellValue()).isEqualTo("=1+1");
            assertThat(first.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(second.getCellStyle().getIndex()).isEqualTo(first.getCellStyle().getIndex());
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
