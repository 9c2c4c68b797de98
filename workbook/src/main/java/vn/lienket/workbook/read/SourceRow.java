package vn.lienket.workbook.read;

import java.util.Arrays;

/** One row as read: its 1-based row number and its cells by 0-based column (null = blank). */
public final class SourceRow {

    private final int number;
    private final CellValue[] cells;

    public SourceRow(int number, CellValue[] cells) {
        this.number = number;
        this.cells = cells;
    }

    public int number() {
        return number;
    }

    public int width() {
        return cells.length;
    }

    public CellValue cell(int column) {
        if (column < 0 || column >= cells.length) {
            return null;
        }
        CellValue value = cells[column];
        return value == null || value.isBlank() ? null : value;
    }

    public boolean isBlank() {
        return Arrays.stream(cells).allMatch(c -> c == null || c.isBlank());
    }
}
