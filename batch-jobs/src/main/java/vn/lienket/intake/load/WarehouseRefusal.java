package vn.lienket.intake.load;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import org.postgresql.util.PSQLException;
import vn.lienket.workbook.CheckContext;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.report.Problem;
import vn.lienket.workbook.report.Severity;
import vn.lienket.workbook.report.ValidationReport;

/**
 * The last line of defence behind the workbook check: a value the contract let through but a
 * staging column cannot hold (text longer than the column, a number beyond its precision) makes
 * PostgreSQL refuse the COPY with a data exception (SQLSTATE class 22). That is the file's fault,
 * not the system's, and retrying cannot help; so instead of failing the load on every attempt, the
 * file is rejected with a report that says which column and value the warehouse refused.
 */
final class WarehouseRefusal {

    static final String CODE = "WAREHOUSE_VALUE_REFUSED";
    private static final int MAX_DETAIL_LENGTH = 160;

    private WarehouseRefusal() {
    }

    /** The data exception among the causes of a failed staging, if that is what it was. */
    static Optional<SQLException> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** A report with one error naming what was refused, for a file whose rows must not be loaded. */
    static CheckResult rejection(String contractVersion, String fileName, SQLException refusal) {
        String detail = detail(refusal);
        ValidationReport report = new ValidationReport(contractVersion, fileName, CheckContext.DEFAULT_MAX_STORED_PROBLEMS);
        report.add(new Problem("", "", 0, -1, CODE, Severity.ERROR, null,
                message(Locale.forLanguageTag("vi"), detail), message(Locale.ENGLISH, detail)));
        return new CheckResult(report, Optional.empty());
    }

    /** PostgreSQL's own words, e.g. {@code value too long for type character varying(64): COPY stg_investment, line 1, column project_code: "LD-…"}. */
    private static String detail(SQLException refusal) {
        String text = refusal.getMessage();
        if (refusal instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            var server = psql.getServerErrorMessage();
            text = server.getMessage() + (server.getWhere() == null ? "" : ": " + server.getWhere());
        }
        return text.length() > MAX_DETAIL_LENGTH ? text.substring(0, MAX_DETAIL_LENGTH) + "…" : text;
    }

    private static String message(Locale locale, String detail) {
        return ProblemMessages.text(locale, CODE, detail);
    }
}
