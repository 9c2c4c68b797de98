package vn.lienket.workbook.read;

import java.io.Closeable;
import java.util.List;
import java.util.function.Consumer;

/**
 * An open workbook that hands out rows one at a time. Blank rows may or may not be delivered;
 * rows come in ascending order. Implementations throw {@link UnreadableWorkbookException} for a
 * file that turns out to be damaged while reading.
 */
public interface WorkbookSource extends Closeable {

    WorkbookFormat format();

    /** Sheet names in workbook order. */
    List<String> sheetNames();

    /** True when dates count from 1904 (old Mac Excel); needed to turn serials into dates. */
    boolean date1904();

    /** True when the file carries a VBA project (an .xlsm, or an .xls with macros); it is never run. */
    boolean hasMacros();

    void forEachRow(String sheetName, Consumer<SourceRow> rows);

    @Override
    void close();
}
