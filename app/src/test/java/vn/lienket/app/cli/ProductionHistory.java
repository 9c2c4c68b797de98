package vn.lienket.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

import vn.lienket.testsupport.TestPostgres;
import vn.lienket.workbook.testing.WorkbookFixtures;

/** What the auditors' tests find in "production" before they replay or reconcile it, and what goes wrong there. */
final class ProductionHistory {

    private ProductionHistory() {
    }

    /**
     * Lâm Đồng's department loads its 2026-Q1 workbook (submission 1), a 2026-Q2 workbook rejected for a negative
     * registered capital (2), then a correction of 2026-Q1 (3), and renders the province's 2026-Q1 scorecard into
     * {@code out-original}.
     */
    static void loadWithOneRejectionAndOneCorrection(CliRun department, Path work) throws Exception {
        department.run("load", WorkbookFixtures.valid().writeXlsx(Files.createDirectories(work.resolve("v1"))).toString());
        department.run("load", WorkbookFixtures.valid().cover("Kỳ báo cáo", "2026-Q2").set("DuAn", 2, "Vốn đăng ký (tỷ đồng)", -5)
                .writeXlsx(Files.createDirectories(work.resolve("rejected"))).toString());
        department.run("load", WorkbookFixtures.valid().set("DuAn", 3, "Vốn đăng ký (tỷ đồng)", 450)
                .writeXlsx(Files.createDirectories(work.resolve("v2"))).toString());
        department.run("report", "--quarter", "2026-Q1", "--province", "P34:68", "--out", work.resolve("out-original").toString());
    }

    /**
     * What a superuser can do behind the application's back: changes the registered capital of submission 3's first
     * investment row; returns that row's number in the workbook.
     */
    static int alterOneInvestmentRow(TestPostgres.Database database) throws Exception {
        try (var connection = database.connect(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("""
                     UPDATE fact_investment_snapshot SET registered_capital_bn = 12345
                      WHERE (submission_id, source_row) = (SELECT submission_id, min(source_row) FROM fact_investment_snapshot
                                                            WHERE submission_id = 3 GROUP BY submission_id)
                     RETURNING source_row""")) {
            result.next();
            return result.getInt(1);
        }
    }
}
