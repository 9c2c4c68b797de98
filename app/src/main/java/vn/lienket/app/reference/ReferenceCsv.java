package vn.lienket.app.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference CSV files read as rows by header, as Liquibase's {@code loadData} reads them: comma-separated,
 * fields in double quotes where they hold a comma, a quote ({@code ""}) or a line break, lines ending in LF or
 * CRLF. A row shorter than the header has no value for the missing columns; one longer is refused.
 * <p>
 * Apache Commons CSV rather than Jackson's CSV databind: {@code lienket check} reads these files at every start, and
 * Jackson's databind (its deserialisers, built through method handles whose classes Java 17's class archive does
 * not keep) cost that command more than the reading itself. {@code ReferenceCsvTest} holds this reading to
 * Jackson's for every file.
 */
final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private ReferenceCsv() {
    }

    static List<Map<String, String>> read(InputStream in, String file) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            int columns = parser.getHeaderNames().size();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.size() > columns) {
                    throw new IOException(file + ", row " + record.getRecordNumber() + ": " + record.size()
                            + " values, the header names " + columns);
                }
                rows.add(record.toMap());
            }
            return rows;
        }
    }
}
