package vn.lienket.app.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference CSV files read as rows by header, as Liquibase's {@code loadData} reads them: comma-separated,
 * fields in double quotes where they hold a comma, a quote ({@code ""}) or a line break, lines ending in LF or
 * CRLF. A row shorter than the header has no value for the missing columns; one longer is refused.
 * <p>
 * A reader of its own rather than Jackson's: {@code lienket check} reads these files at every start, and Jackson's
 * databind (its deserialisers, built through method handles whose classes Java 17's class archive does not keep)
 * cost that command more than the reading itself. {@code ReferenceCsvTest} holds it to Jackson's reading of every
 * file.
 */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    static List<Map<String, String>> read(InputStream in, String file) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        List<List<String>> records = records(text, file);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() > header.size()) {
                throw new IOException(file + ", row " + r + ": " + values.size() + " values, the header names " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < values.size(); c++) {
                row.put(header.get(c), values.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String text, String file) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = text.length();
        boolean fieldStarted = false;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                int close = i + 1;
                while (true) {
                    int quote = text.indexOf('"', close);
                    if (quote < 0) {
                        throw new IOException(file + ": a quoted value is not closed");
                    }
                    field.append(text, close, quote);
                    if (quote + 1 < length && text.charAt(quote + 1) == '"') {
                        field.append('"');
                        close = quote + 2;
                    } else {
                        i = quote + 1;
                        break;
                    }
                }
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\n' || c == '\r') {
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
