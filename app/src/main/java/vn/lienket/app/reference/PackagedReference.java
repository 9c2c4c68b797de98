package vn.lienket.app.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import vn.lienket.domain.ProvinceId;
import vn.lienket.workbook.reference.OcopGroup;
import vn.lienket.workbook.reference.OcopGroupCatalogue;
import vn.lienket.workbook.reference.Province;
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
        Map<ProvinceId, Province> provinces = new LinkedHashMap<>();
        for (Era era : eras) {
            read(PROVINCE_FILES.get(era.code())).stream()
                    .map(row -> new Province(new ProvinceId(era.code(), row.get("code")), row.get("name_vi")))
                    .sorted(Comparator.comparing(province -> province.id().code()))
                    .forEach(province -> provinces.put(province.id(), province));
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
                groups.add(new DatedGroup(new OcopGroup(row.get("code_local"), row.get("name_vi")),
                        date(regime.get("valid_from")), date(regime.get("valid_to"))));
            }
        }
        groups.sort(Comparator.comparing(DatedGroup::validFrom).thenComparing(group -> group.group().code()));
        return new PackagedReference(new Directory(eras, provinces, successions), new Catalogue(groups));
    }

    public ProvinceDirectory provinces() {
        return provinces;
    }

    public OcopGroupCatalogue ocopGroups() {
        return ocopGroups;
    }

    private static List<Map<String, String>> read(String file) {
        CsvMapper mapper = new CsvMapper();
        try (InputStream in = PackagedReference.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + DIRECTORY + file + " is missing from the build");
            }
            try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                return rows.readAll();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DIRECTORY + file, e);
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    private static boolean covers(LocalDate validFrom, LocalDate validTo, LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    private record Era(String code, LocalDate validFrom, LocalDate validTo) {
    }

    private record DatedGroup(OcopGroup group, LocalDate validFrom, LocalDate validTo) {
    }

    private record Directory(List<Era> eraList, Map<ProvinceId, Province> byId, Map<ProvinceId, Succession> successions)
            implements ProvinceDirectory {

        @Override
        public String eraOn(LocalDate date) {
            return eraList.stream()
                    .filter(era -> covers(era.validFrom(), era.validTo(), date))
                    .map(Era::code)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No administrative era covers " + date));
        }

        @Override
        public List<String> eras() {
            return eraList.stream().map(Era::code).toList();
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
