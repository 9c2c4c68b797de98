package vn.lienket.distribution;

import vn.lienket.domain.ProvinceId;

/**
 * Whose mail an address receives: a programme's (its leadership: the programme scorecard) or a
 * province's (its department: rejection reports, reminders, its own scorecard). Written
 * {@code programme:HCMC_TN} or {@code province:P34:68}.
 */
public sealed interface DistributionList {

    static DistributionList parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.startsWith("programme:") && trimmed.length() > "programme:".length()) {
            return new Programme(trimmed.substring("programme:".length()).toUpperCase(java.util.Locale.ROOT));
        }
        if (trimmed.startsWith("province:")) {
            return new Province(ProvinceId.parse(trimmed.substring("province:".length())));
        }
        throw new IllegalArgumentException("not a distribution list (expected programme:HCMC_TN or province:P34:68): " + text);
    }

    record Programme(String code) implements DistributionList {
        @Override
        public String toString() {
            return "programme:" + code;
        }
    }

    record Province(ProvinceId province) implements DistributionList {
        @Override
        public String toString() {
            return "province:" + province;
        }
    }
}
