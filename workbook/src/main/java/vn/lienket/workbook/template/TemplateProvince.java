package vn.lienket.workbook.template;

import java.util.Optional;

import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.reference.Succession;

/**
 * The province a template is asked for, seen from the quarter's era: one that reports it, or why the id
 * cannot and which id to use instead, so the person asking is told where the province went, as the check
 * tells them for a cover.
 */
public sealed interface TemplateProvince {

    /** The province reports this quarter under this id. */
    record Reporting(Province province) implements TemplateProvince {
    }

    /** An id of an older era (P63:60 Bình Thuận) for a quarter of the newer: the unit it merged into (P34:68). */
    record Merged(Succession succession) implements TemplateProvince {
    }

    /**
     * A code the quarter's era does not have (P34:64) that another era gave a province (P63:64 Gia Lai), which
     * now has another code (P34:52).
     */
    record CodeOfAnotherEra(ProvinceId asked, Succession succession) implements TemplateProvince {
    }

    /** No province of the quarter's era answers to the id. */
    record NotInEra(ProvinceId asked, Era era) implements TemplateProvince {
    }

    static TemplateProvince of(ProvinceId asked, Quarter quarter, ProvinceDirectory provinces) {
        Era era = provinces.eraOf(quarter);
        Optional<Province> province = provinces.find(asked);
        if (asked.era().equals(era.code())) {
            if (province.isPresent()) {
                return new Reporting(province.get());
            }
            return provinces.eras().stream()
                    .filter(other -> !other.equals(era))
                    .map(other -> new ProvinceId(other.code(), asked.code()))
                    .flatMap(sameCode -> provinces.successor(sameCode).stream())
                    .filter(succession -> succession.to().id().era().equals(era.code()))
                    .findFirst()
                    .<TemplateProvince>map(succession -> new CodeOfAnotherEra(asked, succession))
                    .orElse(new NotInEra(asked, era));
        }
        return province.flatMap(p -> provinces.successor(p.id()))
                .filter(succession -> succession.to().id().era().equals(era.code()))
                .<TemplateProvince>map(Merged::new)
                .orElse(new NotInEra(asked, era));
    }
}
