package vn.lienket.scorecard.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The compiled templates. {@link TemplateCompiler} compiles the JRXML at build time; this class
 * loads the {@code .jasper} files once per JVM (class initialisation is thread-safe) and every
 * render shares them: a {@link JasperReport} is immutable.
 */
final class ScorecardTemplates {

    static final JasperReport MAIN = load("scorecard.jasper");
    static final JasperReport TRENDS = load("scorecard-trends.jasper");
    static final JasperReport SUBMISSIONS = load("scorecard-submissions.jasper");
    static final JasperReport BREAKDOWN = load("scorecard-breakdown.jasper");
    static final JasperReport RECONCILIATION = load("reconciliation.jasper");

    private ScorecardTemplates() {
    }

    private static JasperReport load(String name) {
        try (InputStream compiled = ScorecardTemplates.class.getResourceAsStream(name)) {
            if (compiled == null) {
                throw new IllegalStateException("compiled template missing from the classpath: " + name
                        + " (the build's process-classes phase writes it with TemplateCompiler)");
            }
            return (JasperReport) JRLoader.loadObject(compiled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("compiled template does not load: " + name, e);
        }
    }
}
