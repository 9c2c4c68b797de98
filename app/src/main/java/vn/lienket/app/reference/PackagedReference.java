package vn.lienket.app.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;
import vn.lienket.workbook.reference.OcopGroup;
import vn.lienket.workbook.reference.OcopGroupCatalogue;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.reference.ProvinceAlias;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.reference.Succession;

/**
 * Eras, provinces, crosswalk and OCOP groups as the changesets {@code 0.1.0-eras},
 * {@code -provinces}, {@code -province-crosswalk} and {@code -ocop-groups} derive them from
 * {@code db/reference/*.csv}: the same files, the same joins, no database.
 */
public final class PackagedReference {

    private static final String DIRECTORY = "db/reference/";
    /** Which province list is which era, as changeset {@code 0.1.0-provinces} assigns them. */
    private static final Map<String, String> PROVINCE_FILES = Map.of("P63", "provinces_2008.csv", "P34", "provinces_2025.csv");
    private static final String MERGED_FROM = "P63";
    private static final String MERGED_INTO = "P34";
    /** The slug column of each era's province file, as changeset {@code 0.1.0-provinces} loads it. */
    private static final Map<String, String> SLUG_COLUMNS = Map.of("P63", "name_en_ascii", "P34", "name_ascii");
    /** Spellings loaded by changesets 0.1.0-province-alias and 0.2.0-thua-thien-hue. */
    private static final List<String> ALIAS_VARIANT_FILES = List.of("province_alias_variants.csv", "province_alias_variants_0.2.0.csv");

    private static final Pattern COMBINING_MARKS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private final Directory provinces;
    private final Catalogue ocopGroups;

    private PackagedReference(Directory provinces, Catalogue ocopGroups) {
        this.provinces = provinces;
        this.ocopGroups = ocopGroups;
    }

    /** Reads the reference files of this build. */
    public static PackagedReference load() {
        List<Era> eras = read("eras.csv").stream()
                .map(row -> new Era(row.get("era_code"), date(row.get("valid_from")), date(row.get("valid_to"))))
                .sorted(Comparator.comparing(Era::validFrom))
                .toList();
        Map<ProvinceId, String> renamed = new HashMap<>();
        read("province_renames.csv").forEach(row ->
                renamed.put(new ProvinceId(row.get("era_code"), row.get("code")), row.get("name_vi")));
        Map<String, Map<String, String>> extraNames = new HashMap<>();
        read("province_names_extra.csv").forEach(row ->
                extraNames.put("P" + row.get("era").split(" ")[0] + ":" + row.get("code"), row));
        Map<ProvinceId, Province> provinces = new LinkedHashMap<>();
        Map<String, List<ProvinceAlias>> aliases = new LinkedHashMap<>();
        for (Era era : eras) {
            Set<ProvinceAlias> ofEra = new LinkedHashSet<>();
            List<Map<String, String>> rows = new ArrayList<>(read(PROVINCE_FILES.get(era.code())));
            rows.sort(Comparator.comparing(row -> row.get("code")));
            for (Map<String, String> row : rows) {
                ProvinceId id = new ProvinceId(era.code(), row.get("code"));
                String name = row.get("name_vi");
                Map<String, String> extra = extraNames.getOrDefault(id.toString(), Map.of());
                // as changeset 0.1.0-province-alias generates them, from the names 0.1.0 loaded
                Stream.of(name, extra.get("full_name_vi"), row.get(SLUG_COLUMNS.get(era.code())),
                                "Thành phố Trung ương".equals(extra.get("unit_type_vi")) ? "TP " + name : null)
                        .filter(alias -> alias != null && !alias.isBlank())
                        .forEach(alias -> ofEra.add(new ProvinceAlias(id, normalise(alias))));
                provinces.put(id, new Province(id, renamed.getOrDefault(id, name)));
            }
            aliases.put(era.code(), new ArrayList<>(ofEra));
        }
        for (String file : ALIAS_VARIANT_FILES) {
            for (Map<String, String> row : read(file)) {
                ProvinceId id = new ProvinceId(row.get("era_code"), row.get("province_code"));
                List<ProvinceAlias> ofEra = aliases.get(id.era());
                ProvinceAlias alias = new ProvinceAlias(id, normalise(row.get("alias")));
                if (provinces.containsKey(id) && ofEra.stream().noneMatch(known -> known.alias().equals(alias.alias()))) {
                    ofEra.add(alias);
                }
            }
        }
        Map<ProvinceId, Succession> successions = new LinkedHashMap<>();
        for (Map<String, String> row : read("province_mergers_2025.csv")) {
            Province from = provinces.get(new ProvinceId(MERGED_FROM, row.get("old_code")));
            Province to = provinces.get(new ProvinceId(MERGED_INTO, row.get("new_code")));
            if (from != null && to != null) {
                successions.put(from.id(), new Succession(from, to, date(row.get("effective_date"))));
            }
        }
        Map<String, Map<String, String>> regimes = new LinkedHashMap<>();
        read("ocop_group_regimes.csv").forEach(row -> regimes.put(row.get("regime"), row));
        List<DatedGroup> groups = new ArrayList<>();
        for (Map<String, String> row : read("ocop_product_groups.csv")) {
            Map<String, String> regime = regimes.get(row.get("regime"));
            if (regime != null) {
                String parent = row.get("parent_code_local");
                groups.add(new DatedGroup(new OcopGroup(row.get("code_local"), row.get("name_vi"),
                        parent == null || parent.isBlank() ? null : parent),
                        date(regime.get("valid_from")), date(regime.get("valid_to"))));
            }
        }
        groups.sort(Comparator.comparing(DatedGroup::validFrom).thenComparing(group -> group.group().code()));
        return new PackagedReference(new Directory(eras, provinces, successions, aliases), new Catalogue(groups));
    }

    public ProvinceDirectory provinces() {
        return provinces;
    }

    public OcopGroupCatalogue ocopGroups() {
        return ocopGroups;
    }

    private static List<Map<String, String>> read(String file) {
        try (InputStream in = PackagedReference.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + DIRECTORY + file + " is missing from the build");
            }
            return ReferenceCsv.read(in, DIRECTORY + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DIRECTORY + file, e);
        }
    }

    /**
     * The SQL function {@code normalise_province_name} of changeset 0.1.0-province-alias, in Java: marks
     * dropped after NFD, Đ/đ as D/d, lower case, only a–z and 0–9 kept.
     */
    static String normalise(String name) {
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String ascii = withoutMarks.replace('Đ', 'D').replace('đ', 'd').replace('Ð', 'D');
        return NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static boolean covers(LocalDate validFrom, LocalDate validTo, LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    private record DatedGroup(OcopGroup group, LocalDate validFrom, LocalDate validTo) {
    }

    private record Directory(List<Era> eras, Map<ProvinceId, Province> byId, Map<ProvinceId, Succession> successions,
                             Map<String, List<ProvinceAlias>> aliasesByEra)
            implements ProvinceDirectory {

        @Override
        public List<ProvinceAlias> aliases(String era) {
            return aliasesByEra.getOrDefault(era, List.of());
        }

        @Override
        public List<Province> provinces(String era) {
            return byId.values().stream().filter(province -> province.id().era().equals(era)).toList();
        }

        @Override
        public Optional<Province> find(ProvinceId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Succession> successor(ProvinceId id) {
            return Optional.ofNullable(successions.get(id));
        }
    }

    private record Catalogue(List<DatedGroup> groups) implements OcopGroupCatalogue {

        @Override
        public List<OcopGroup> validOn(LocalDate date) {
            return groups.stream().filter(group -> covers(group.validFrom(), group.validTo(), date)).map(DatedGroup::group).toList();
        }

        @Override
        public List<OcopGroup> all() {
            return groups.stream().map(DatedGroup::group).toList();
        }
    }
}
