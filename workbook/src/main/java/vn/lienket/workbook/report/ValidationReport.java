package vn.lienket.workbook.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything one check found. Counts are always complete, in total and per code; the problem list
 * keeps the first {@code maxStoredProblems} problems, and of each code only the first
 * {@code maxProblemsPerCode} (a 1M-row file with an error on every row must not need a gigabyte
 * of heap, nor one repeated problem crowd out the others), and says so in {@link #problemsTruncated()}.
 */
public final class ValidationReport {

    private final String contractVersion;
    private final String fileName;
    private final int maxStoredProblems;
    private final int maxProblemsPerCode;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Long> countsByCode = new TreeMap<>();
    private final Map<String, Counters> sheets = new LinkedHashMap<>();
    private long errors;
    private long warnings;
    private long infos;
    private String unreadableReason;
    private String unreadableDetail;
    private String numberConvention;

    public ValidationReport(String contractVersion, String fileName, int maxStoredProblems) {
        this(contractVersion, fileName, maxStoredProblems, maxStoredProblems);
    }

    public ValidationReport(String contractVersion, String fileName, int maxStoredProblems, int maxProblemsPerCode) {
        this.contractVersion = contractVersion;
        this.fileName = fileName;
        this.maxStoredProblems = maxStoredProblems;
        this.maxProblemsPerCode = maxProblemsPerCode;
    }

    /** A problem of the whole file (sheet "") counts in the totals but belongs to no sheet. */
    public void add(Problem problem) {
        if (count(problem.sheet(), problem.code(), problem.severity(), 1)) {
            problems.add(problem);
        }
    }

    /**
     * Whether the next problem of {@code code} would be kept in the list: when it would not, a caller
     * can {@link #countUnkept} it instead of building its messages (a million-row file may warn on a
     * hundred thousand rows, each message formatted twice for nothing).
     */
    public boolean keeps(String code) {
        return problems.size() < maxStoredProblems && countsByCode.getOrDefault(code, 0L) < maxProblemsPerCode;
    }

    /** The most problems of one code the list keeps. */
    public int maxProblemsPerCode() {
        return maxProblemsPerCode;
    }

    /**
     * Counts, as {@link #add} would, {@code times} problems of {@code code} that {@link #keeps} said the list does not
     * keep (its limit for the code is reached).
     */
    public void countUnkept(String sheet, String code, Severity severity, long times) {
        if (times > 0) {
            count(sheet, code, severity, times);
        }
    }

    private boolean count(String sheet, String code, Severity severity, long times) {
        Counters counters = sheet.isEmpty() ? new Counters("", "") : counters(sheet);
        switch (severity) {
            case ERROR -> { errors += times; counters.errors += times; }
            case WARNING -> { warnings += times; counters.warnings += times; }
            case INFO -> { infos += times; counters.infos += times; }
        }
        long ofThisCode = countsByCode.merge(code, times, Long::sum);
        return problems.size() < maxStoredProblems && ofThisCode <= maxProblemsPerCode;
    }

    /** Registers a sheet under its name in the file so that it is listed even when it has no problems. */
    public void sheet(String sheet, String key) {
        sheets.computeIfAbsent(sheet, name -> new Counters(name, key)).key = key;
    }

    public void rowRead(String sheet) {
        counters(sheet).rowsRead++;
    }

    public void factRow(String sheet) {
        counters(sheet).factRows++;
    }

    public void rejectedRow(String sheet) {
        counters(sheet).rejectedRows++;
    }

    public void skippedRow(String sheet) {
        counters(sheet).skippedRows++;
    }

    public void unreadable(String reason, String detail) {
        this.unreadableReason = reason;
        this.unreadableDetail = detail;
    }

    public void numberConvention(String convention) {
        this.numberConvention = convention;
    }

    public Verdict verdict() {
        if (unreadableReason != null) {
            return Verdict.UNREADABLE;
        }
        return errors > 0 ? Verdict.INVALID : Verdict.VALID;
    }

    public String contractVersion() {
        return contractVersion;
    }

    public String fileName() {
        return fileName;
    }

    public Optional<String> unreadableReason() {
        return Optional.ofNullable(unreadableReason);
    }

    public Optional<String> unreadableDetail() {
        return Optional.ofNullable(unreadableDetail);
    }

    public Optional<String> numberConvention() {
        return Optional.ofNullable(numberConvention);
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** How many problems of each code the file has, listed or not, by code. */
    public Map<String, Long> countsByCode() {
        return Collections.unmodifiableMap(countsByCode);
    }

    public boolean problemsTruncated() {
        return errors + warnings + infos > problems.size();
    }

    public long errors() {
        return errors;
    }

    public long warnings() {
        return warnings;
    }

    public long infos() {
        return infos;
    }

    public List<SheetSummary> sheets() {
        return sheets.values().stream().map(Counters::summary).toList();
    }

    public Optional<SheetSummary> sheet(String sheet) {
        return Optional.ofNullable(sheets.get(sheet)).map(Counters::summary);
    }

    private Counters counters(String sheet) {
        return sheets.computeIfAbsent(sheet, name -> new Counters(name, ""));
    }

    private static final class Counters {
        private final String sheet;
        private String key;
        private long rowsRead;
        private long factRows;
        private long rejectedRows;
        private long skippedRows;
        private long errors;
        private long warnings;
        private long infos;

        private Counters(String sheet, String key) {
            this.sheet = sheet;
            this.key = key;
        }

        private SheetSummary summary() {
            return new SheetSummary(sheet, key, rowsRead, factRows, rejectedRows, skippedRows, errors, warnings, infos);
        }
    }
}
