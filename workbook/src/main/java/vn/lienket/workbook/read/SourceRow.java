package vn.lienket.workbook.read;

/** One row as read: its 1-based row number and its cells by 0-based column (null = blank). */
public final class SourceRow {

    private final int number;
    private final CellValue[] cells;

    /**
     * Takes ownership of {@code cells}; blank text (spaces only) is dropped here once, as checks ask
     * for each cell several times.
     */
    public SourceRow(int number, CellValue[] cells) {
        this.number = number;
        this.cells = cells;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && cells[i].isBlank()) {
                cells[i] = null;
            }
        }
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
        return cells[column];
    }

    public boolean isBlank() {
        for (CellValue cell : cells) {
            if (cell != null) {
                return false;
            }
        }
        return true;
    }
}
