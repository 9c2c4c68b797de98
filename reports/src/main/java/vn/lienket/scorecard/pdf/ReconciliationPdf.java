package vn.lienket.scorecard.pdf;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * The reconciliation report an auditor files, as PDF/A-1b with the scorecards' fonts and the same reproducibility:
 * its dates are the {@code asOf} of the document (the newest receipt compared), never the clock, so reconciling the
 * same warehouses again gives the same bytes. Every text, labels included, comes from the caller in its language;
 * JasperReports stays inside this module.
 */
public final class ReconciliationPdf {

    private static final String ICC_PROFILE = "vn/lienket/scorecard/pdf/sRGB.icc";
    private static final String PRODUCER = "Lien ket reconciliation";

    private ReconciliationPdf() {
    }

    /** One comparison: what (section, item), its value in production then and in the replay now, the verdict. */
    public record Line(String section, String item, String then, String now, boolean matches, String result, String detail) {
        public Line {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(result, "result");
        }
    }

    /** The whole report: title, what was compared, the verdict, the column headers, the lines and the as-of time. */
    public record Document(String title, String summary, String verdict, boolean matches, String footer, String pageLabel,
                           List<String> headers, List<Line> lines, Instant asOf) {
        public Document {
            headers = List.copyOf(headers);
            lines = List.copyOf(lines);
            Objects.requireNonNull(asOf, "asOf");
            if (headers.size() != 5) {
                throw new IllegalArgumentException("five column headers: section, item, then, now, result");
            }
        }
    }

    public static byte[] render(Document document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", document.title());
        parameters.put("SUMMARY", document.summary());
        parameters.put("VERDICT", document.verdict());
        parameters.put("MATCHES", document.matches());
        parameters.put("FOOTER", document.footer());
        parameters.put("PAGE_LABEL", document.pageLabel());
        parameters.put("HEADER_SECTION", document.headers().get(0));
        parameters.put("HEADER_ITEM", document.headers().get(1));
        parameters.put("HEADER_THEN", document.headers().get(2));
        parameters.put("HEADER_NOW", document.headers().get(3));
        parameters.put("HEADER_RESULT", document.headers().get(4));
        parameters.put(JRParameter.REPORT_LOCALE, Locale.ROOT);
        List<Map<String, ?>> rows = document.lines().stream().<Map<String, ?>>map(line -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("section", line.section());
            row.put("item", line.item());
            row.put("then", line.then());
            row.put("now", line.now());
            row.put("result", line.result());
            row.put("matches", line.matches());
            row.put("detail", line.detail());
            return row;
        }).toList();
        try {
            JasperPrint print = JasperFillManager.fillReport(ScorecardTemplates.RECONCILIATION, parameters,
                    new JRMapCollectionDataSource(rows));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
            configuration.setIccProfilePath(ICC_PROFILE);
            configuration.setEmbedIccProfile(true);
            configuration.setMetadataTitle(document.title());
            configuration.setMetadataCreator(PRODUCER);
            configuration.setMetadataProducer(PRODUCER);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return ReproduciblePdf.normalise(out.toByteArray(), document.asOf());
        } catch (JRException e) {
            throw new IllegalStateException("reconciliation report could not be rendered", e);
        }
    }
}
