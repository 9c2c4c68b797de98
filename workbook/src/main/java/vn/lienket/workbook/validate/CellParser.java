package vn.lienket.workbook.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.workbook.contract.ColumnContract;
import vn.lienket.workbook.contract.ColumnType;
import vn.lienket.workbook.contract.EnumValue;
import vn.lienket.workbook.normalise.DateReader;
import vn.lienket.workbook.normalise.Folding;
import vn.lienket.workbook.normalise.LegacyEncoding;
import vn.lienket.workbook.normalise.NumberConvention;
import vn.lienket.workbook.normalise.NumberReader;
import vn.lienket.workbook.normalise.TextCleaner;
import vn.lienket.workbook.read.CellKind;
import vn.lienket.workbook.read.CellValue;
import vn.lienket.workbook.reference.OcopGroup;
import vn.lienket.workbook.report.Severity;

/**
 * Turns one cell into a typed value for its column, reporting what is wrong with it. Returns null
 * for a blank cell or an unusable value (the problem is then already reported). Checks that need
 * only the cell itself (ranges, dates against the quarter, enumerations) happen here.
 */
final class CellParser {

    /** How much of an over-long text a message repeats. */
    private static final int SHOWN_CHARACTERS = 40;
    private static final Pattern QUARTER_ISO = Pattern.compile("(\\d{4})\\s*-?\\s*q\\s*([1-4])");
    private static final Pattern QUARTER_VI = Pattern.compile("(?:quy\\s*|q\\s*)?(i{1,3}|iv|[1-4])\\s*(?:nam\\s*)?(\\d{4})");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;,\\n]+");
    private static final Pattern GROUP_PREFIX = Pattern.compile("\\s+[-–—:]\\s+");
    private static final int CACHE_LIMIT = 4096;
    /**
     * No Excel date cell can hold an earlier day, so an earlier date typed as text ("15/03/1899",
     * "15/03/0201") is a mistyped year, not a fact.
     */
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private final ValidationSession session;
    private final RowProblems problems;
    private final Map<String, Map<String, EnumValue>> enumerations = new HashMap<>();
    /**
     * Per enumeration, cell texts exactly as written that were found in it without any problem: a
     * column of a million rows repeats a handful of labels, which need no cleaning and folding again.
     */
    private final Map<String, Map<String, EnumValue>> recognised = new HashMap<>();
    private final Map<String, Object> lookups = new HashMap<>();
    private Map<String, OcopGroup> validGroups;
    private Map<String, OcopGroup> allGroups;

    CellParser(ValidationSession session, RowProblems problems) {
        this.session = session;
        this.problems = problems;
    }

    Object parse(int column, ColumnContract contract, CellValue cell) {
        if (cell == null) {
            return null;
        }
        if (cell.kind() == CellKind.ERROR) {
            problems.cell(column, contract, "VALUE_FORMULA_ERROR", Severity.ERROR, cell.text());
            return null;
        }
        return switch (contract.type()) {
            case TEXT -> withinLength(column, contract, text(column, contract, cell));
            case INTEGER, DECIMAL -> number(column, contract, cell);
            case DATE -> date(column, contract, cell);
            case ENUM -> enumeration(column, contract, cell);
            case PROVINCE -> province(column, contract, text(column, contract, cell));
            case PROVINCE_LIST -> provinces(column, contract, text(column, contract, cell));
            case OCOP_GROUP -> ocopGroup(column, contract, text(column, contract, cell));
            case QUARTER -> quarter(column, contract, text(column, contract, cell));
        };
    }

    String text(int column, ColumnContract contract, CellValue cell) {
        if (cell.kind() != CellKind.TEXT) {
            return cell.display();
        }
        String raw = cell.text();
        LegacyEncoding legacy = TextCleaner.detect(raw);
        if (legacy == LegacyEncoding.TCVN3) {
            String converted = TextCleaner.fromTcvn3(raw);
            if (session.firstLegacyText(problems.sheet())) {
                problems.cell(column, contract, "TEXT_TCVN3_CONVERTED", Severity.WARNING, raw, converted);
            }
            return converted;
        }
        if (legacy == LegacyEncoding.VNI) {
            problems.cell(column, contract, "TEXT_VNI_ENCODING", Severity.ERROR, raw);
        }
        return TextCleaner.clean(raw);
    }

    /** Text longer than its column allows (e.g. a project code, which the warehouse keys on) is an error. */
    private String withinLength(int column, ColumnContract contract, String text) {
        if (text != null && contract.maxLength() > 0 && text.length() > contract.maxLength()) {
            String shown = text.length() > SHOWN_CHARACTERS ? text.substring(0, SHOWN_CHARACTERS) + "…" : text;
            problems.cell(column, contract, contract.code("too_long", "VALUE_TOO_LONG"), Severity.ERROR, shown,
                    contract.maxLength(), text.length());
        }
        return text;
    }

    private BigDecimal number(int column, ColumnContract contract, CellValue cell) {
        BigDecimal value;
        if (cell.isNumber()) {
            value = cell.decimal();
        } else {
            String text = text(column, contract, cell);
            Optional<NumberReader.Reading> reading = session.numbers.read(text);
            if (reading.isEmpty()) {
                problems.cell(column, contract, "VALUE_NOT_NUMBER", Severity.ERROR, text);
                return null;
            }
            value = reading.get().value();
            switch (reading.get().certainty()) {
                case ASSUMED -> problems.cell(column, contract, "NUMBER_FORMAT_ASSUMED", Severity.WARNING, text,
                        value, convention(reading.get().convention()));
                case CONFLICTING -> problems.cell(column, contract, "NUMBER_FORMAT_MIXED", Severity.WARNING, text,
                        value, convention(reading.get().convention()));
                case CERTAIN -> { }
            }
        }
        if (contract.type() == ColumnType.INTEGER && hasFraction(cell, value)) {
            problems.cell(column, contract, "VALUE_NOT_INTEGER", Severity.ERROR, written(cell));
            return null;
        }
        if (contract.min() != null && value.compareTo(contract.min()) < 0) {
            problems.cell(column, contract, contract.code("below_min", "VALUE_BELOW_MIN"), Severity.ERROR, written(cell),
                    contract.min());
            return null;
        }
        if (contract.max() != null && value.compareTo(contract.max()) > 0) {
            problems.cell(column, contract, contract.code("above_max", "VALUE_ABOVE_MAX"), Severity.ERROR, written(cell),
                    contract.max());
            return null;
        }
        return value;
    }

    private static boolean hasFraction(CellValue cell, BigDecimal value) {
        return cell.isNumber() ? cell.number() != Math.rint(cell.number()) : value.stripTrailingZeros().scale() > 0;
    }

    /** The cell as its messages quote it; built only for a message, as most cells have none. */
    private static String written(CellValue cell) {
        return cell.isNumber() ? cell.display() : TextCleaner.clean(cell.text());
    }

    private static Localised convention(NumberConvention convention) {
        return convention == NumberConvention.VIETNAMESE
                ? new Localised("kiểu Việt Nam: dấu chấm phân cách hàng nghìn, dấu phẩy thập phân",
                        "Vietnamese style: dot for thousands, comma for decimals")
                : new Localised("kiểu quốc tế: dấu phẩy phân cách hàng nghìn, dấu chấm thập phân",
                        "English style: comma for thousands, dot for decimals");
    }

    private LocalDate date(int column, ColumnContract contract, CellValue cell) {
        Optional<LocalDate> date = cell.isNumber()
                ? DateReader.fromSerial(cell.number(), session.date1904)
                : DateReader.fromText(text(column, contract, cell));
        if (date.isEmpty()) {
            problems.cell(column, contract, "VALUE_NOT_DATE", Severity.ERROR, written(cell));
            return null;
        }
        Quarter quarter = session.quarter();
        LocalDate value = date.get();
        if (value.isBefore(EARLIEST_DATE)) {
            problems.cell(column, contract, "DATE_BEFORE_1900", Severity.ERROR, written(cell));
            return null;
        }
        if (quarter != null) {
            switch (contract.dateRule()) {
                case NOT_AFTER_QUARTER_END -> {
                    if (value.isAfter(quarter.lastDay())) {
                        problems.cell(column, contract, contract.code("date_rule", "DATE_AFTER_QUARTER_END"),
                                Severity.ERROR, VietnameseDates.DAY.format(value), quarter.toString(),
                                VietnameseDates.DAY.format(quarter.lastDay()));
                    }
                }
                case WITHIN_QUARTER -> {
                    if (value.isBefore(quarter.firstDay()) || value.isAfter(quarter.lastDay())) {
                        problems.cell(column, contract, contract.code("date_rule", "DATE_OUTSIDE_QUARTER"),
                                Severity.ERROR, VietnameseDates.DAY.format(value), quarter.toString(),
                                VietnameseDates.DAY.format(quarter.firstDay()), VietnameseDates.DAY.format(quarter.lastDay()));
                    }
                }
                case NONE -> { }
            }
        }
        return value;
    }

    private String enumeration(int column, ColumnContract contract, CellValue cell) {
        Map<String, EnumValue> known = recognised.computeIfAbsent(contract.enumeration(), name -> new HashMap<>());
        EnumValue recognisedBefore = cell.kind() == CellKind.TEXT ? known.get(cell.text()) : null;
        if (recognisedBefore != null) {
            return recognisedBefore.code();
        }
        String text = text(column, contract, cell);
        EnumValue value = index(contract.enumeration()).get(Folding.fold(text));
        if (value != null && cell.kind() == CellKind.TEXT && known.size() < CACHE_LIMIT
                && TextCleaner.detect(cell.text()) == LegacyEncoding.NONE) {
            known.put(cell.text(), value);
        }
        if (value == null) {
            List<EnumValue> values = session.contract.enumeration(contract.enumeration());
            problems.cell(column, contract, contract.code("not_in_list", "VALUE_NOT_IN_LIST"), Severity.ERROR, text,
                    new Localised(values.stream().map(EnumValue::labelVi).collect(Collectors.joining("; ")),
                            values.stream().map(EnumValue::labelEn).collect(Collectors.joining("; "))));
            return null;
        }
        return value.code();
    }

    private Map<String, EnumValue> index(String enumeration) {
        return enumerations.computeIfAbsent(enumeration, name -> {
            Map<String, EnumValue> byKey = new HashMap<>();
            for (EnumValue value : session.contract.enumeration(name)) {
                byKey.put(Folding.fold(value.code()), value);
                byKey.put(Folding.fold(value.labelVi()), value);
                byKey.put(Folding.fold(value.labelEn()), value);
                value.synonyms().forEach(s -> byKey.putIfAbsent(Folding.fold(s), value));
            }
            return byKey;
        });
    }

    ProvinceId province(int column, ColumnContract contract, String text) {
        String era = session.era();
        Object cached = lookups.get(era + "|" + text);
        ProvinceResolver.Resolution resolution = cached instanceof ProvinceResolver.Resolution r
                ? r : remember(era + "|" + text, session.provinces.resolve(text, era));
        if (resolution instanceof ProvinceResolver.Found found) {
            return found.province().id();
        }
        if (resolution instanceof ProvinceResolver.Merged merged) {
            problems.cell(column, contract, "PROVINCE_MERGED", Severity.ERROR, text,
                    merged.succession().from().name(), merged.succession().from().id().toString(),
                    merged.succession().to().name(), VietnameseDates.DAY.format(merged.succession().effective()),
                    merged.succession().to().id().toString());
        } else if (resolution instanceof ProvinceResolver.WrongCode wrong) {
            problems.cell(column, contract, "PROVINCE_WRONG_CODE", Severity.ERROR, text, wrong.asked().toString(), era,
                    wrong.meant().name(), wrong.meant().id().toString());
        } else if (resolution instanceof ProvinceResolver.NameAndIdDisagree disagree) {
            problems.cell(column, contract, "PROVINCE_NAME_CODE_MISMATCH", Severity.ERROR, text,
                    disagree.byId().id().toString(), disagree.byId().name(), disagree.byName().name(),
                    disagree.byName().id().toString());
        } else if (resolution instanceof ProvinceResolver.NotInEra other) {
            problems.cell(column, contract, "PROVINCE_NOT_IN_ERA", Severity.ERROR, text, other.province().name(), era);
        } else {
            problems.cell(column, contract, "PROVINCE_UNKNOWN", Severity.ERROR, text, era);
        }
        return null;
    }

    private List<ProvinceId> provinces(int column, ColumnContract contract, String text) {
        List<ProvinceId> ids = new ArrayList<>();
        boolean complete = true;
        for (String part : LIST_SEPARATOR.split(text)) {
            if (!part.isBlank()) {
                ProvinceId id = province(column, contract, part.trim());
                complete &= id != null;
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return complete ? ids : null;
    }

    private String ocopGroup(int column, ColumnContract contract, String text) {
        if (validGroups == null) {
            Quarter quarter = session.quarter();
            validGroups = groupIndex(quarter == null ? session.ocopGroups.all() : session.ocopGroups.validOn(quarter.lastDay()));
            allGroups = groupIndex(session.ocopGroups.all());
        }
        OcopGroup group = findGroup(validGroups, text);
        if (group != null) {
            return group.code();
        }
        OcopGroup outdated = findGroup(allGroups, text);
        if (outdated != null) {
            problems.cell(column, contract, "OCOP_GROUP_NOT_VALID", Severity.ERROR, text, outdated.code(),
                    String.valueOf(session.quarter()));
        } else {
            problems.cell(column, contract, "OCOP_GROUP_UNKNOWN", Severity.ERROR, text);
        }
        return null;
    }

    private static OcopGroup findGroup(Map<String, OcopGroup> index, String text) {
        OcopGroup group = index.get(Folding.fold(text));
        if (group == null) {
            String[] parts = GROUP_PREFIX.split(text, 2);
            group = parts.length == 2 ? index.get(Folding.fold(parts[0])) : null;
        }
        return group;
    }

    private static Map<String, OcopGroup> groupIndex(List<OcopGroup> groups) {
        Map<String, OcopGroup> index = new LinkedHashMap<>();
        for (OcopGroup g : groups) {
            index.put(Folding.fold(g.code()), g);
        }
        for (OcopGroup g : groups) {
            // several regimes reuse a name ("Thực phẩm"); the first group of the list wins for a bare name
            index.putIfAbsent(Folding.fold(g.name()), g);
        }
        return index;
    }

    private Quarter quarter(int column, ColumnContract contract, String text) {
        String folded = Folding.fold(text);
        try {
            Matcher iso = QUARTER_ISO.matcher(folded.replace(" ", ""));
            if (iso.matches()) {
                return new Quarter(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
            }
            Matcher vi = QUARTER_VI.matcher(folded);
            if (vi.matches()) {
                return new Quarter(Integer.parseInt(vi.group(2)), quarterNumber(vi.group(1)));
            }
        } catch (IllegalArgumentException e) {
            // a year out of range falls through to the same message as any other unreadable quarter
        }
        problems.cell(column, contract, "QUARTER_INVALID", Severity.ERROR, text);
        return null;
    }

    private static int quarterNumber(String written) {
        return switch (written) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(written);
        };
    }

    private ProvinceResolver.Resolution remember(String key, ProvinceResolver.Resolution resolution) {
        if (lookups.size() < CACHE_LIMIT) {
            lookups.put(key, resolution);
        }
        return resolution;
    }
}
