package vn.lienket.portal.template;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.reference.PreviousQuarterProjects;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.template.TemplateGenerator;
import vn.lienket.workbook.template.TemplateProvince;

/**
 * The ready-to-fill workbook of a province for a quarter, as {@code lienket template} writes it, with last
 * quarter's investment projects pre-filled from the warehouse. A province id of the other era (a merged
 * province) is answered with where it went, so the page can tell the user which template to take.
 */
@Service
public class QuarterTemplates {

    private final WarehouseCheckContexts reference;
    private final PreviousQuarterProjects previousProjects;

    private final WorkbookContracts contracts;
    private final Clock clock;

    public QuarterTemplates(WarehouseCheckContexts reference, PreviousQuarterProjects previousProjects,
                            WorkbookContracts contracts, Clock clock) {
        this.reference = reference;
        this.previousProjects = previousProjects;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** The province the quarter's template would be for: one that reports it, or why not. */
    public TemplateProvince province(ProvinceId province, Quarter quarter) {
        return TemplateProvince.of(province, quarter, reference.provinces());
    }

    /**
     * Writes the template of a province that reports the quarter ({@link TemplateProvince.Reporting}), in the workbook
     * contract version in force today: the one a file sent today is checked under.
     */
    public void write(ProvinceId province, Quarter quarter, OutputStream out) {
        List<InvestmentProjectRow> previous = previousProjects.before(province, quarter);
        new TemplateGenerator(contracts.inForceOn(LocalDate.now(clock)), reference.provinces(), reference.ocopGroups())
                .generate(province, quarter, previous, out);
    }

    /** The province's name as the warehouse knows it, its id when it does not. */
    public String provinceName(ProvinceId province) {
        return reference.provinces().find(province).map(Province::name).orElse(province.toString());
    }

    /** The file name the browser saves it under, as {@code lienket template} names it. */
    public static String fileName(ProvinceId province, Quarter quarter) {
        return province.era() + "-" + province.code() + "-" + quarter + ".xlsx";
    }
}
