package vn.lienket.scorecard.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The compiled templates. Compiling takes seconds, filling a fraction of one, so the JRXML is
 * compiled once, the first time any scorecard is rendered in this JVM (class initialisation is
 * thread-safe), and the compiled reports are shared: a {@link JasperReport} is immutable.
 */
final class ScorecardTemplates {

    static final JasperReport MAIN = compile("scorecard.jrxml");
    static final JasperReport TRENDS = compile("scorecard-trends.jrxml");
    static final JasperReport SUBMISSIONS = compile("scorecard-submissions.jrxml");
    static final JasperReport BREAKDOWN = compile("scorecard-breakdown.jrxml");

    private ScorecardTemplates() {
    }

    private static JasperReport compile(String name) {
        try (InputStream jrxml = ScorecardTemplates.class.getResourceAsStream(name)) {
            if (jrxml == null) {
                throw new IllegalStateException("template missing from the classpath: " + name);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("template does not compile: " + name, e);
        }
    }
}
