package vn.lienket.scorecard.pdf;

import java.io.ByteArrayOutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import vn.lienket.scorecard.Scorecard;

/**
 * Renders a scorecard to PDF/A-1b: fills the compiled templates, exports with every font
 * embedded and the sRGB output intent, then makes the bytes reproducible.
 */
public final class ScorecardPdf {

    private static final String ICC_PROFILE = "vn/lienket/scorecard/pdf/sRGB.icc";
    /**
     * ASCII on purpose: OpenPDF writes the Info /Producer in PDFDocEncoding and drops "ế", and
     * PDF/A requires it to equal the XMP pdf:Producer.
     */
    private static final String PRODUCER = "Lien ket scorecards";

    public byte[] render(Scorecard scorecard) {
        return ReproduciblePdf.normalise(renderAsExported(scorecard), scorecard.dataAsOf());
    }

    /** Jasper's output before the bytes are made reproducible; the benchmark's reference. */
    byte[] renderAsExported(Scorecard scorecard) {
        try {
            JasperPrint print = JasperFillManager.fillReport(ScorecardTemplates.MAIN,
                    ScorecardParameters.of(scorecard), ScorecardParameters.kpis(scorecard));
            return export(print, scorecard);
        } catch (JRException e) {
            throw new IllegalStateException("scorecard could not be rendered: " + scorecard.title(), e);
        }
    }

    private static byte[] export(JasperPrint print, Scorecard scorecard) throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
        configuration.setIccProfilePath(ICC_PROFILE);
        configuration.setEmbedIccProfile(true);
        configuration.setMetadataTitle(scorecard.title() + " – " + scorecard.subject().name());
        configuration.setMetadataSubject(scorecard.quarter().toString());
        configuration.setMetadataCreator(PRODUCER);
        configuration.setMetadataProducer(PRODUCER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return out.toByteArray();
    }
}
