package vn.lienket.workbook.annotate;

/**
 * What was written: the file extension the copy needs ({@code xlsx} or {@code xls}) and whether the
 * original's formatting was kept ({@code IN_PLACE}) or only its values ({@code STREAMED}).
 */
public record AnnotatedCopy(String extension, Mode mode) {

    public enum Mode {
        IN_PLACE, STREAMED
    }
}
