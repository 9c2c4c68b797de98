package vn.lienket.workbook.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienket.domain.Era;
import vn.lienket.domain.ProvinceId;
import vn.lienket.workbook.normalise.Folding;
import vn.lienket.workbook.reference.Province;
import vn.lienket.workbook.reference.ProvinceAlias;
import vn.lienket.workbook.reference.ProvinceDirectory;
import vn.lienket.workbook.reference.Succession;

/**
 * Resolves what a user wrote for a province ({@code P34:68}, "Lâm Đồng (P34:68)", {@code 68}, "Lâm Đồng",
 * "Tỉnh Lâm Đồng", "TP.HCM") within one era; an id in the text must agree with a name beside it that
 * names a province of the era, or the text is refused. Names are only ever matched inside an era; a name or id from another era
 * is answered with its successor so the message can say "merged into … use code …".
 */
final class ProvinceResolver {

    sealed interface Resolution permits Found, Merged, NotInEra, WrongCode, Unknown, NameAndIdDisagree {
    }

    record Found(Province province) implements Resolution {
    }

    record Merged(Succession succession) implements Resolution {
    }

    record NotInEra(Province province) implements Resolution {
    }

    /**
     * An id the era does not have, for a province the era does: the one named beside it ("P34:64 Gia Lai" →
     * P34:52), or the successor of the province that had that code in another era (P34:64 → P63:64 Gia Lai →
     * P34:52).
     */
    record WrongCode(ProvinceId asked, Province meant) implements Resolution {
    }

    record Unknown() implements Resolution {
    }

    /** "Lâm Đồng (P34:86)": the id names one province of the era and the name beside it another. */
    record NameAndIdDisagree(Province byId, Province byName) implements Resolution {
    }

    /** An id anywhere in the text: "P34:68", "Lâm Đồng (P34:68)", "P34:68 - Lâm Đồng". */
    private static final Pattern ID = Pattern.compile("(?i)\\bp\\d{2}\\s*:\\s*\\d{2}\\b");
    private static final Pattern CODE = Pattern.compile("\\d{1,2}");
    private static final Pattern ID_PUNCTUATION = Pattern.compile("[()\\[\\]\\-–—:,;/]");
    private static final Pattern UNIT_PREFIX = Pattern.compile("^(tinh|thanh pho|tp)\\s+");

    private final ProvinceDirectory directory;
    private final Map<String, Map<String, Province>> namesByEra = new HashMap<>();

    ProvinceResolver(ProvinceDirectory directory) {
        this.directory = directory;
    }

    Resolution resolve(String text, String era) {
        String trimmed = text.trim();
        Matcher id = ID.matcher(trimmed);
        if (id.find()) {
            ProvinceId asked = ProvinceId.parse(id.group().replace(" ", ""));
            Resolution byId = resolveId(asked, era);
            String beside = ID_PUNCTUATION.matcher(trimmed.substring(0, id.start()) + " " + trimmed.substring(id.end()))
                    .replaceAll(" ").trim();
            if (byId instanceof Unknown && asked.era().equals(era)) {
                return meant(asked, beside, era);
            }
            if (byId instanceof Found found && !beside.isEmpty()
                    && resolveName(beside, era) instanceof Found named && !named.province().id().equals(found.province().id())) {
                return new NameAndIdDisagree(found.province(), named.province());
            }
            return byId;
        }
        if (CODE.matcher(trimmed).matches()) {
            String code = trimmed.length() == 1 ? "0" + trimmed : trimmed;
            return directory.find(new ProvinceId(era, code)).<Resolution>map(Found::new).orElse(new Unknown());
        }
        return resolveName(trimmed, era);
    }

    private Resolution resolveName(String trimmed, String era) {
        String key = key(trimmed);
        Province inEra = names(era).get(key);
        if (inEra != null) {
            return new Found(inEra);
        }
        for (Era other : directory.eras()) {
            Province elsewhere = other.code().equals(era) ? null : names(other.code()).get(key);
            if (elsewhere != null) {
                return outsideEra(elsewhere, era);
            }
        }
        return new Unknown();
    }

    private Resolution resolveId(ProvinceId id, String era) {
        Optional<Province> province = directory.find(id);
        if (province.isEmpty()) {
            return new Unknown();
        }
        return id.era().equals(era) ? new Found(province.get()) : outsideEra(province.get(), era);
    }

    private Resolution meant(ProvinceId asked, String nameBeside, String era) {
        Province named = names(era).get(key(nameBeside));
        if (named != null) {
            return new WrongCode(asked, named);
        }
        for (Era other : directory.eras()) {
            Optional<Province> successor = other.code().equals(era) ? Optional.empty()
                    : directory.successor(new ProvinceId(other.code(), asked.code()))
                            .map(Succession::to).filter(to -> to.id().era().equals(era));
            if (successor.isPresent()) {
                return new WrongCode(asked, successor.get());
            }
        }
        return new Unknown();
    }

    private Resolution outsideEra(Province province, String era) {
        return directory.successor(province.id())
                .filter(s -> s.to().id().era().equals(era))
                .<Resolution>map(Merged::new)
                .orElse(new NotInEra(province));
    }

    private Map<String, Province> names(String era) {
        return namesByEra.computeIfAbsent(era, e -> {
            Map<String, Province> byName = new HashMap<>();
            List<Province> provinces = directory.provinces(e);
            for (Province p : provinces) {
                byName.put(key(p.name()), p);
                String[] words = Folding.fold(p.name()).split(" ");
                if (words.length >= 3) {
                    // "TP.HCM", "HCM", "BR-VT": offices abbreviate long names to their initials
                    StringBuilder initials = new StringBuilder();
                    for (String w : words) {
                        initials.append(w.charAt(0));
                    }
                    byName.putIfAbsent(initials.toString(), p);
                }
            }
            for (ProvinceAlias alias : directory.aliases(e)) {
                directory.find(alias.province()).ifPresent(p -> byName.putIfAbsent(key(alias.alias()), p));
            }
            return byName;
        });
    }

    /** Folded, without the unit prefix and without spaces: "Daklak" = "Đắk Lắk", "Kontum" = "Kon Tum". */
    private static String key(String text) {
        String folded = Folding.fold(text);
        String withoutUnit = UNIT_PREFIX.matcher(folded).replaceFirst("");
        String name = withoutUnit.startsWith("tp") && !withoutUnit.contains(" ") ? withoutUnit.substring(2) : withoutUnit;
        return name.replace(" ", "");
    }
}
