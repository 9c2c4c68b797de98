package vn.lienket.workbook.validate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.normalise.NumberReader;
import vn.lienket.workbook.reference.OcopGroupCatalogue;
import vn.lienket.workbook.reference.PreviousQuarterFigures;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.RowSink;

/**
 * State shared by all sheets of one check: the workbook's number convention, the quarter and era
 * fixed by the cover, reference lookups and the sink (null while the cover is not valid, so that no
 * row of an unidentifiable submission reaches the load job).
 */
final class ValidationSession {

    final WorkbookContract contract;
    final Findings findings;
    final NumberReader numbers;
    final boolean date1904;
    final ProvinceDirectory directory;
    final ProvinceResolver provinces;
    final OcopGroupCatalogue ocopGroups;
    final PreviousQuarterFigures previous;
    final LocalDate today;
    private final RowSink sink;
    private final Set<String> legacyReported = new HashSet<>();
    private Quarter quarter;
    private CoverInfo cover;

    ValidationSession(WorkbookContract contract, Findings findings, NumberReader numbers, boolean date1904,
                      ProvinceDirectory directory, OcopGroupCatalogue ocopGroups, PreviousQuarterFigures previous,
                      LocalDate today, RowSink sink) {
        this.contract = contract;
        this.findings = findings;
        this.numbers = numbers;
        this.date1904 = date1904;
        this.directory = directory;
        this.provinces = new ProvinceResolver(directory);
        this.ocopGroups = ocopGroups;
        this.previous = previous;
        this.today = today;
        this.sink = sink;
    }

    /** The quarter from the cover, or null when the cover did not name a readable one. */
    Quarter quarter() {
        return quarter;
    }

    void quarter(Quarter quarter) {
        this.quarter = quarter;
    }

    /** The era rows are checked in: the quarter's, or today's when the cover gave no quarter. */
    String era() {
        return (quarter == null ? directory.eraOn(today) : directory.eraOf(quarter)).code();
    }

    CoverInfo cover() {
        return cover;
    }

    void acceptCover(CoverInfo cover) {
        this.cover = cover;
        previous.prepare(cover.province(), cover.quarter());
        sink.cover(cover);
    }

    /** The sink when the cover is valid; rows of a submission nobody can identify go nowhere. */
    RowSink sink() {
        return cover == null ? null : sink;
    }

    /** True the first time a sheet shows legacy-encoded text, so that it is reported once, not per cell. */
    boolean firstLegacyText(String sheet) {
        return legacyReported.add(sheet);
    }
}
