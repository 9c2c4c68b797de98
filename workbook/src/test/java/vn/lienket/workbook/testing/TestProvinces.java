package vn.lienket.workbook.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.reference.ProvinceAlias;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.reference.Succession;

/**
 * A handful of provinces of both eras (from the shared reference lists) standing in for the
 * warehouse in tests: enough for the Tây Nguyên / coastal cases, the reused code 52, and HCMC.
 */
public final class TestProvinces implements ProvinceDirectory {

    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final LocalDate FIRST_ERA = LocalDate.of(2008, 8, 1);

    private final Map<ProvinceId, Province> provinces = new LinkedHashMap<>();
    private final Map<ProvinceId, ProvinceId> successors = new LinkedHashMap<>();

    public TestProvinces() {
        p63("52", "Bình Định", "52");
        p63("60", "Bình Thuận", "68");
        p63("62", "Kon Tum", "51");
        p63("64", "Gia Lai", "52");
        p63("66", "Đắk Lắk", "66");
        p63("67", "Đắk Nông", "68");
        p63("68", "Lâm Đồng", "68");
        p63("77", "Bà Rịa - Vũng Tàu", "79");
        p63("79", "Hồ Chí Minh", "79");
        p63("95", "Bạc Liêu", "96");
        p63("96", "Cà Mau", "96");
        p34("46", "Huế");
        p34("51", "Quảng Ngãi");
        p34("52", "Gia Lai");
        p34("56", "Khánh Hòa");
        p34("66", "Đắk Lắk");
        p34("68", "Lâm Đồng");
        p34("79", "Hồ Chí Minh");
        p34("96", "Cà Mau");
    }

    private void p63(String code, String name, String successorCode) {
        ProvinceId id = new ProvinceId("P63", code);
        provinces.put(id, new Province(id, name));
        successors.put(id, new ProvinceId("P34", successorCode));
    }

    private void p34(String code, String name) {
        ProvinceId id = new ProvinceId("P34", code);
        provinces.put(id, new Province(id, name));
    }

    /** Like the warehouse: no era before the 63-province map of 1 August 2008. */
    @Override
    public List<Era> eras() {
        return List.of(new Era("P63", FIRST_ERA, MERGER.minusDays(1)), new Era("P34", MERGER, null));
    }

    @Override
    public List<Province> provinces(String era) {
        List<Province> inEra = new ArrayList<>();
        provinces.values().stream().filter(p -> p.id().era().equals(era)).forEach(inEra::add);
        return inEra;
    }

    @Override
    public Optional<Province> find(ProvinceId id) {
        return Optional.ofNullable(provinces.get(id));
    }

    /** The warehouse's alias table knows spellings folding cannot derive, such as the old name of Huế. */
    @Override
    public List<ProvinceAlias> aliases(String era) {
        return era.equals("P34") ? List.of(new ProvinceAlias(new ProvinceId("P34", "46"), "Thừa Thiên Huế")) : List.of();
    }

    @Override
    public Optional<Succession> successor(ProvinceId id) {
        return Optional.ofNullable(successors.get(id))
                .map(to -> new Succession(provinces.get(id), provinces.get(to), MERGER));
    }
}
