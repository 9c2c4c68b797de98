package vn.lienket.intake.reference;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;
import vn.lienket.scorecard.data.ScorecardProvinces;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.reference.ProvinceAlias;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.reference.Succession;

/**
 * The workbook checker's and the scorecards' view of provinces, read once from the province dimension, the eras and
 * the crosswalk, the spellings of the alias table and each province's dimension key: the warehouse
 * stays the one place that knows which province existed when and how offices write it, and this
 * class the one that answers it (eras of quarters, keys of ids, names and aliases).
 */
public final class WarehouseProvinceDirectory implements ProvinceDirectory, ScorecardProvinces {

    private final List<Era> eras;
    private final Map<ProvinceId, Province> provinces = new LinkedHashMap<>();
    private final Map<ProvinceId, Integer> keys = new HashMap<>();
    private final Map<Integer, Province> byKey = new HashMap<>();
    private final Map<ProvinceId, Succession> successions = new LinkedHashMap<>();
    private final Map<String, List<ProvinceAlias>> aliases;

    public WarehouseProvinceDirectory(JdbcClient jdbc) {
        this.eras = jdbc.sql("SELECT era_code, valid_from, valid_to FROM dim_era ORDER BY valid_from")
                .query((row, n) -> new Era(row.getString(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class)))
                .list();
        jdbc.sql("SELECT era_code, code, name_vi, province_key FROM dim_province ORDER BY era_code, code")
                .query((row, n) -> {
                    Province province = new Province(new ProvinceId(row.getString(1), row.getString(2)), row.getString(3));
                    keys.put(province.id(), row.getInt(4));
                    byKey.put(row.getInt(4), province);
                    return province;
                })
                .list()
                .forEach(province -> provinces.put(province.id(), province));
        jdbc.sql("""
                        SELECT o.era_code, o.code, n.era_code, n.code, c.effective_date
                        FROM province_crosswalk c
                        JOIN dim_province o ON o.province_key = c.p63_province_key
                        JOIN dim_province n ON n.province_key = c.p34_province_key""")
                .query((row, n) -> new Succession(
                        provinces.get(new ProvinceId(row.getString(1), row.getString(2))),
                        provinces.get(new ProvinceId(row.getString(3), row.getString(4))),
                        row.getObject(5, LocalDate.class)))
                .list()
                .forEach(succession -> successions.put(succession.from().id(), succession));
        this.aliases = jdbc.sql("""
                        SELECT p.era_code, p.code, a.alias_normalised
                        FROM province_alias a JOIN dim_province p ON p.province_key = a.province_key
                        ORDER BY p.era_code, p.code, a.alias_normalised""")
                .query((row, n) -> new ProvinceAlias(new ProvinceId(row.getString(1), row.getString(2)), row.getString(3)))
                .list().stream()
                .collect(Collectors.groupingBy(alias -> alias.province().era()));
    }

    @Override
    public List<Era> eras() {
        return eras;
    }

    /** The province dimension's key of a province: the one lookup of it that staging, the registry and the recipients use. */
    public OptionalInt key(ProvinceId id) {
        Integer key = keys.get(id);
        return key == null ? OptionalInt.empty() : OptionalInt.of(key);
    }

    /** The province a dimension key stands for (the facts store host provinces by key). */
    public Optional<Province> byKey(int key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public Optional<NamedProvince> named(int provinceKey) {
        return byKey(provinceKey).map(province -> new NamedProvince(province.id(), province.name()));
    }

    @Override
    public List<Province> provinces(String era) {
        return provinces.values().stream().filter(province -> province.id().era().equals(era)).toList();
    }

    @Override
    public Optional<Province> find(ProvinceId id) {
        return Optional.ofNullable(provinces.get(id));
    }

    /** The warehouse's province_alias rows, in their normal form (which folds to itself). */
    @Override
    public List<ProvinceAlias> aliases(String era) {
        return aliases.getOrDefault(era, List.of());
    }

    @Override
    public Optional<Succession> successor(ProvinceId id) {
        return Optional.ofNullable(successions.get(id));
    }
}
