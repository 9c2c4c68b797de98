package vn.lienket.intake.staging;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;

/**
 * One part of the workbook as the warehouse stores it: its fact table, the contract sheet it comes from,
 * its natural key and its columns in COPY order, each with the contract field it holds and the row
 * accessor that gives its value. This description is the one place that knows a part's columns: staging
 * COPYs in this order, the diff compares these columns on this key, the previous-quarter pre-fill selects
 * them, and {@code FactPartIT} compares it with {@code information_schema} and with the contract.
 *
 * @param part the part's name in {@code submission_diff.part}
 * @param keyExpression SQL over the table's columns naming a row within a submission (the diff's match)
 * @param columns the part's own columns after the lineage columns every fact row starts with
 */
public record FactPart<R>(String part, String table, String sheet, String keyExpression, List<Column<R>> columns) {

    /** What every fact row starts with: which submission, province and quarter, and which cell row it came from. */
    public static final List<LineageColumn> LINEAGE_COLUMNS = List.of(new LineageColumn("submission_id", PgType.INT8),
            new LineageColumn("province_key", PgType.INT4), new LineageColumn("quarter_key", PgType.INT4),
            new LineageColumn("source_sheet", PgType.TEXT), new LineageColumn("source_row", PgType.INT4));
    /** The names of the {@link #LINEAGE_COLUMNS}, in their order. */
    public static final List<String> LINEAGE = LINEAGE_COLUMNS.stream().map(LineageColumn::name).toList();

    /** Each column reads its contract field from the row by name: a new investment column is one line here. */
    public static final FactPart<InvestmentProjectRow> INVESTMENT = new FactPart<>("investment", "fact_investment_snapshot",
            WorkbookContract.INVESTMENT, "project_code", List.of(
            investmentKey("project_code", "project_code", PgType.TEXT),
            investment("project_name", "project_name", PgType.TEXT),
            investment("investor", "investor", PgType.TEXT),
            investment("sector_code", "sector", PgType.TEXT),
            investment("status_code", "status", PgType.TEXT),
            investment("registered_capital_bn", "registered_capital", PgType.NUMERIC),
            investment("disbursed_capital_bn", "disbursed_capital", PgType.NUMERIC),
            investment("area_ha", "area_ha", PgType.NUMERIC),
            investment("licensed_on", "licence_date", PgType.DATE),
            investment("completed_on", "operation_date", PgType.DATE),
            investment("jobs", "jobs", PgType.INT4),
            investment("note", "note", PgType.TEXT)));

    /** A blank count is stored as NULL, "not reported", never as 0 (see the scorecards' "blank is not zero"). */
    public static final FactPart<OcopCountRow> OCOP = new FactPart<>("ocop", "fact_ocop_snapshot",
            WorkbookContract.OCOP, "group_code || ' / ' || star || '*'", List.of(
            Column.key("group_code", "group", PgType.TEXT, OcopCountRow::groupCode),
            Column.key("star", "star", PgType.INT2, OcopCountRow::star),
            Column.of("products_recognised", "recognised", PgType.INT4, OcopCountRow::recognised),
            Column.of("newly_recognised", "newly_recognised", PgType.INT4, OcopCountRow::newlyRecognised),
            Column.of("re_recognised", "re_recognised", PgType.INT4, OcopCountRow::reRecognised),
            Column.of("producers", "producers", PgType.INT4, OcopCountRow::producers),
            Column.of("pending_five_star", "pending_five_star", PgType.INT4, OcopCountRow::pendingFiveStar)));

    /** Host and partner provinces are written as dimension keys (the partners as an array, not compared). */
    public static final FactPart<PromotionEventRow> EVENT = new FactPart<>("event", "fact_event",
            WorkbookContract.EVENTS, "event_name || ' (' || start_date || ')'", List.of(
            Column.key("event_name", "name", PgType.TEXT, PromotionEventRow::name),
            Column.of("event_type_code", "event_type", PgType.TEXT, PromotionEventRow::eventType),
            Column.of("level_code", "level", PgType.TEXT, PromotionEventRow::level),
            Column.key("start_date", "start_date", PgType.DATE, PromotionEventRow::startDate),
            Column.of("end_date", "end_date", PgType.DATE, PromotionEventRow::endDate),
            Column.of("host_province_key", "host_province", PgType.INT4, PromotionEventRow::hostProvince),
            new Column<>("partner_province_keys", "partner_provinces", PgType.INT4_ARRAY, PromotionEventRow::partnerProvinces, false),
            Column.of("organiser", "organiser", PgType.TEXT, PromotionEventRow::organiser),
            Column.of("businesses", "businesses", PgType.INT4, PromotionEventRow::businesses),
            Column.of("products_shown", "products", PgType.INT4, PromotionEventRow::products),
            Column.of("booths", "booths", PgType.INT4, PromotionEventRow::booths),
            Column.of("mous_signed", "mous", PgType.INT4, PromotionEventRow::mous),
            Column.of("deal_value_bn", "deal_value", PgType.NUMERIC, PromotionEventRow::dealValue),
            Column.of("visitors", "visitors", PgType.INT4, PromotionEventRow::visitors)));

    public static final List<FactPart<?>> ALL = List.of(INVESTMENT, OCOP, EVENT);

    public FactPart {
        columns = List.copyOf(columns);
    }

    /** An investment column holding the contract field {@code field}, read from the row by that name. */
    private static Column<InvestmentProjectRow> investment(String name, String field, PgType type) {
        return Column.of(name, field, type, row -> row.value(field));
    }

    /** As {@link #investment}, a column of the natural key. */
    private static Column<InvestmentProjectRow> investmentKey(String name, String field, PgType type) {
        return Column.key(name, field, type, row -> row.value(field));
    }

    /** Every column a COPY writes, lineage first. */
    public List<String> copyColumns() {
        return Stream.concat(LINEAGE.stream(), columns.stream().map(Column::name)).toList();
    }

    /** Every column's type as a COPY writes it, lineage first, in {@link #copyColumns}' order. */
    public List<PgType> copyTypes() {
        return Stream.concat(LINEAGE_COLUMNS.stream().map(LineageColumn::type), columns.stream().map(Column::type)).toList();
    }

    /** COPY's binary format ({@link BinaryCopyEncoder}), the columns in {@link #copyColumns}' order. */
    public String copyStatement() {
        return "COPY " + table + " (" + String.join(", ", copyColumns()) + ") FROM STDIN (FORMAT binary)";
    }

    /** The columns a resubmission's diff compares on matched rows. */
    public List<Column<R>> comparedColumns() {
        return columns.stream().filter(Column::compared).toList();
    }

    public Column<R> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name + " in " + table));
    }

    /** The name of the column that holds the contract field {@code field} (e.g. {@code registered_capital}). */
    public String columnOfField(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst().map(Column::name)
                .orElseThrow(() -> new IllegalArgumentException("no column of field " + field + " in " + table));
    }

    /** The part's columns as a SELECT list over a table alias, in order. */
    public String selectList(String alias) {
        return columns.stream().map(c -> alias + "." + c.name()).collect(Collectors.joining(", "));
    }


    /** A column every fact row starts with, and its type as staging writes it. */
    public record LineageColumn(String name, PgType type) {
    }

    /**
     * One column: its name in the table, the contract field of the sheet it holds, its type as staging writes it,
     * how a row gives its value (a province id is written as its dimension key), and whether the diff compares it.
     */
    public record Column<R>(String name, String field, PgType type, Function<R, ?> value, boolean compared) {

        static <R> Column<R> of(String name, String field, PgType type, Function<R, ?> value) {
            return new Column<>(name, field, type, value, true);
        }

        /** A column of the natural key: it matches rows and is not compared. */
        static <R> Column<R> key(String name, String field, PgType type, Function<R, ?> value) {
            return new Column<>(name, field, type, value, false);
        }
    }
}
