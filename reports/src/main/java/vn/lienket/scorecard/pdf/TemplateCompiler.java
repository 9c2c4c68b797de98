package vn.lienket.scorecard.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step, run by Maven in {@code process-classes}: compiles every scorecard JRXML next to it
 * into a {@code .jasper} file, so a broken template fails the build and no JVM compiles at run
 * time. Argument: the classes directory ({@code target/classes}).
 */
public final class TemplateCompiler {

    private static final String TEMPLATE_DIRECTORY = "vn/lienket/scorecard/pdf";

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path directory = Path.of(args[0]).resolve(TEMPLATE_DIRECTORY);
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
