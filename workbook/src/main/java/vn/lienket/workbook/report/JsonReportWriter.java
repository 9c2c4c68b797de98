package vn.lienket.workbook.report;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.workbook.rows.CoverInfo;

/**
 * Writes the report as JSON with schema {@value #SCHEMA}, documented field by field in
 * docs/workbook-contract.md. Fields appear in a fixed order and are present even when null, so
 * that consumers can rely on the shape; new fields are only ever added, never renamed.
 */
public final class JsonReportWriter {

    public static final String SCHEMA = "lienket-workbook-report/1";

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public void write(ValidationReport report, Optional<CoverInfo> cover, OutputStream out) {
        mapper.writeValue(out, document(report, cover));
    }

    public String toJson(ValidationReport report, Optional<CoverInfo> cover) {
        return mapper.writeValueAsString(document(report, cover));
    }

    private static Map<String, Object> document(ValidationReport report, Optional<CoverInfo> cover) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("contractVersion", report.contractVersion());
        root.put("file", report.fileName());
        root.put("verdict", report.verdict().name().toLowerCase(Locale.ROOT));
        root.put("exitCode", report.verdict().exitCode());
        root.put("unreadable", report.unreadableReason().map(reason -> {
            Map<String, Object> unreadable = new LinkedHashMap<>();
            unreadable.put("reason", reason);
            unreadable.put("detail", report.unreadableDetail().orElse(null));
            return unreadable;
        }).orElse(null));
        root.put("cover", cover.map(JsonReportWriter::cover).orElse(null));
        root.put("numberConvention", report.numberConvention().orElse(null));
        root.put("totals", totals(report));
        root.put("sheets", report.sheets().stream().map(JsonReportWriter::sheet).toList());
        root.put("problemsTruncated", report.problemsTruncated());
        root.put("problemCounts", report.countsByCode());
        root.put("problems", report.problems().stream().map(JsonReportWriter::problem).toList());
        return root;
    }

    private static Map<String, Object> cover(CoverInfo cover) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("province", cover.province().toString());
        m.put("provinceName", cover.provinceName());
        m.put("quarter", cover.quarter().toString());
        m.put("preparer", cover.preparer());
        m.put("contact", cover.contact());
        m.put("templateVersion", cover.templateVersion());
        return m;
    }

    private static Map<String, Object> totals(ValidationReport report) {
        List<SheetSummary> sheets = report.sheets();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("errors", report.errors());
        m.put("warnings", report.warnings());
        m.put("infos", report.infos());
        m.put("rowsRead", sheets.stream().mapToLong(SheetSummary::rowsRead).sum());
        m.put("factRows", sheets.stream().mapToLong(SheetSummary::factRows).sum());
        m.put("rejectedRows", sheets.stream().mapToLong(SheetSummary::rejectedRows).sum());
        m.put("skippedRows", sheets.stream().mapToLong(SheetSummary::skippedRows).sum());
        return m;
    }

    private static Map<String, Object> sheet(SheetSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sheet", s.sheet());
        m.put("key", s.key());
        m.put("rowsRead", s.rowsRead());
        m.put("factRows", s.factRows());
        m.put("rejectedRows", s.rejectedRows());
        m.put("skippedRows", s.skippedRows());
        m.put("errors", s.errors());
        m.put("warnings", s.warnings());
        m.put("infos", s.infos());
        return m;
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sheet", p.sheet());
        m.put("cell", p.cell());
        m.put("row", p.row());
        m.put("column", p.column());
        m.put("code", p.code());
        m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        m.put("value", p.value());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("vi", p.messageVi());
        message.put("en", p.messageEn());
        m.put("message", message);
        return m;
    }
}
