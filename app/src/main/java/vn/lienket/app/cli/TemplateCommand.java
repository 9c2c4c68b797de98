package vn.lienket.app.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.reference.PreviousQuarterProjects;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.intake.reference.WarehouseProvinceDirectory;
import vn.lienket.workbook.contract.ContractLoader;
import vn.lienket.workbook.reference.Succession;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.template.TemplateGenerator;
import vn.lienket.workbook.template.TemplateProvince;

/**
 * {@code lienket template --province P34:68 --quarter 2026-Q1}: a ready-to-fill workbook for one
 * province and quarter, with last quarter's projects pre-filled when the warehouse has them.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
class TemplateCommand extends WarehouseCommand {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Option(names = "--province", required = true, paramLabel = "P34:68", descriptionKey = "lienket.template.province")
    private String province;
    @Option(names = "--quarter", required = true, paramLabel = "2026-Q1", descriptionKey = "lienket.template.quarter")
    private String quarter;
    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "lienket.template.out")
    private Path out;

    private ProvinceId provinceId;
    private Quarter period;

    TemplateCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected void checkInput() {
        provinceId = parse(() -> ProvinceId.parse(province));
        period = parse(() -> Quarter.parse(quarter));
    }

    @Override
    protected int run(PrintWriter writer) throws Exception {
        WarehouseCheckContexts reference = bean(WarehouseCheckContexts.class);
        WarehouseProvinceDirectory provinces = reference.provinces();
        TemplateProvince asked = TemplateProvince.of(provinceId, period, provinces);
        if (asked instanceof TemplateProvince.Merged merged) {
            Succession succession = merged.succession();
            throw new UnusableInputException(messages.get("template.merged", succession.from().name(), provinceId,
                    succession.to().name(), DAY.format(succession.effective()), period, succession.to().id()));
        }
        if (asked instanceof TemplateProvince.CodeOfAnotherEra other) {
            Succession succession = other.succession();
            throw new UnusableInputException(messages.get("template.codeOfAnotherEra", provinceId, period,
                    provinceId.code(), succession.from().name(), succession.from().id(), DAY.format(succession.effective()),
                    succession.to().name(), succession.to().id()));
        }
        if (asked instanceof TemplateProvince.NotInEra notInEra) {
            throw new UnusableInputException(messages.get("template.wrongEra", provinceId, period, notInEra.era()));
        }
        List<InvestmentProjectRow> previous = bean(PreviousQuarterProjects.class).before(provinceId, period);
        Path file = out != null ? out : Path.of(provinceId.era() + "-" + provinceId.code() + "-" + period + ".xlsx");
        try (OutputStream stream = Files.newOutputStream(file)) {
            new TemplateGenerator(ContractLoader.current(), provinces, reference.ocopGroups())
                    .generate(provinceId, period, previous, stream);
        }
        writer.println(messages.get("template.written", file.toAbsolutePath().normalize(), provinceId, period, previous.size()));
        return ExitCodes.SUCCESS;
    }
}
