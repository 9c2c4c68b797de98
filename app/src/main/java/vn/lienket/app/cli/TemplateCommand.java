package vn.lienket.app.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.lienket.app.database.WarehouseMigrator;
import vn.lienket.app.database.WarehouseMissingException;
import vn.lienket.app.home.HomeSettings;
import vn.lienket.app.reference.PackagedReference;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.intake.reference.PreviousQuarterProjects;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.reference.Succession;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.template.TemplateGenerator;
import vn.lienket.workbook.template.TemplateProvince;

/**
 * {@code lienket template --province P34:68 --quarter 2026-Q1}: a ready-to-fill workbook for one
 * province and quarter. The contract and reference data come from the jar; the warehouse is opened
 * only for last quarter's projects, and when it cannot be (none yet, server down) the template is
 * written without them and the command says so. When the installation surely has no warehouse the
 * application is not even started.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
class TemplateCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(TemplateCommand.class);

    @Option(names = "--province", required = true, paramLabel = "P34:68", descriptionKey = "lienket.template.province")
    private String province;
    @Option(names = "--quarter", required = true, paramLabel = "2026-Q1", descriptionKey = "lienket.template.quarter")
    private String quarter;
    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "lienket.template.out")
    private Path out;

    private final ApplicationContextLauncher application;
    private final Messages messages;
    @Spec
    private CommandSpec spec;

    TemplateCommand(ApplicationContextLauncher application, Messages messages) {
        this.application = application;
        this.messages = messages;
    }

    @Override
    public Integer call() throws Exception {
        ProvinceId provinceId = WarehouseCommand.parse(() -> ProvinceId.parse(province));
        Quarter period = WarehouseCommand.parse(() -> Quarter.parse(quarter));
        PackagedReference reference = PackagedReference.load();
        ProvinceDirectory provinces = reference.provinces();
        TemplateProvince asked = TemplateProvince.of(provinceId, period, provinces);
        if (asked instanceof TemplateProvince.Merged merged) {
            Succession succession = merged.succession();
            throw new UnusableInputException(messages.get("template.merged", succession.from().name(), provinceId,
                    succession.to().name(), VietnameseDates.DAY.format(succession.effective()), period, succession.to().id()));
        }
        if (asked instanceof TemplateProvince.CodeOfAnotherEra other) {
            Succession succession = other.succession();
            throw new UnusableInputException(messages.get("template.codeOfAnotherEra", provinceId, period,
                    provinceId.code(), succession.from().name(), succession.from().id(), VietnameseDates.DAY.format(succession.effective()),
                    succession.to().name(), succession.to().id()));
        }
        if (asked instanceof TemplateProvince.NotInEra notInEra) {
            throw new UnusableInputException(messages.get("template.wrongEra", provinceId, period, notInEra.era()));
        }
        PrintWriter writer = spec.commandLine().getOut();
        List<InvestmentProjectRow> previous = previousProjects(provinceId, period, writer);
        Path file = out != null ? out : Path.of(provinceId.era() + "-" + provinceId.code() + "-" + period + ".xlsx");
        try (OutputStream stream = Files.newOutputStream(file)) {
            LocalDate today = LocalDate.now(HomeSettings.of(application.home()).timeZone());
            new TemplateGenerator(WorkbookContracts.released().inForceOn(today), provinces, reference.ocopGroups())
                    .generate(provinceId, period, previous, stream);
        }
        writer.println(messages.get("template.written", file.toAbsolutePath().normalize(), provinceId, period, previous.size()));
        writer.flush();
        return ExitCodes.SUCCESS;
    }

    private List<InvestmentProjectRow> previousProjects(ProvinceId provinceId, Quarter period, PrintWriter writer) {
        // last quarter's projects are one query: read without the Spring application when users start it
        application.withoutApplication();
        Optional<Path> none = application.missingWarehouse();
        if (none.isPresent()) {
            // nothing to read: the application (Spring, a database) is not started for nothing
            writer.println(messages.get("template.noWarehouse", none.get()));
            return List.of();
        }
        try {
            application.bean(WarehouseMigrator.class).migrate();
            return application.bean(PreviousQuarterProjects.class).before(provinceId, period);
        } catch (RuntimeException e) {
            String reason = FailureReporter.cause(e, WarehouseMissingException.class)
                    .map(missing -> messages.get("template.noWarehouse", missing.expectedDirectory()))
                    .orElseGet(() -> messages.get("template.warehouseUnavailable", e.getMessage()));
            log.info("Template without last quarter's projects: {}", reason);
            writer.println(reason);
            return List.of();
        }
    }
}
