/**
 * Turns what departments type into comparable values: {@link vn.lienket.workbook.normalise.TextCleaner}
 * (NFC, spaces, legacy TCVN3/VNI encodings), {@link vn.lienket.workbook.normalise.Folding} (keys
 * for matching headers and labels without case or diacritics), {@link
 * vn.lienket.workbook.normalise.NumberReader} ("1.234,5" vs "1,234.5", decided per workbook) and
 * {@link vn.lienket.workbook.normalise.DateReader} (Excel serials and the usual text forms).
 */
package vn.lienket.workbook.normalise;
