package vn.lienket.scorecard.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRCompiler;

/**
 * Build step, run by Maven in {@code process-classes}: compiles every scorecard JRXML next to it
 * into a {@code .jasper} file, so a broken template fails the build and no JVM compiles at run
 * time. Argument: the classes directory ({@code target/classes}).
 *
 * <p>The generated Java sources go to a directory of this build ({@code target/jasper-compile}), not the shared
 * {@code /tmp}: their names are hashes of the template, so two builds of the same code on one machine (two
 * checkouts, CI beside a developer) would otherwise write, read and delete the same file under each other.
 */
public final class TemplateCompiler {

    private static final String TEMPLATE_DIRECTORY = "vn/lienket/scorecard/pdf";

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path classes = Path.of(args[0]);
        Path directory = classes.resolve(TEMPLATE_DIRECTORY);
        Path sources = Files.createDirectories(classes.resolveSibling("jasper-compile"));
        DefaultJasperReportsContext.getInstance().setProperty(JRCompiler.COMPILER_TEMP_DIR, sources.toString());
        List<Path> templates;
        try (Stream<Path> files = Files.list(directory)) {
            templates = files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no JRXML templates in " + directory);
        }
        for (Path template : templates) {
            String compiled = template.toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(template.toString(), compiled);
        }
    }
}
