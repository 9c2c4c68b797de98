/** Writing filled-in workbooks from typed rows (demo data, benchmarks): the inverse of a check. */
package vn.lienket.workbook.write;
